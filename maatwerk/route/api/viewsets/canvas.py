"""/canvas-versions/: the maatwerkcanvas of a case, every saved version kept."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from maatwerk.audit.services import AccessLog

from ... import services
from ...models import CanvasVersion
from ..filters import CanvasVersionFilter
from ..serializers.canvas import CanvasVersionSerializer, SaveCanvasSerializer
from .base import RouteRecordViewSet


@extend_schema_view(
    list=extend_schema(summary=_("Versies van het maatwerkcanvas")),
    retrieve=extend_schema(summary=_("Eén versie van het maatwerkcanvas")),
)
class CanvasVersionViewSet(mixins.CreateModelMixin, RouteRecordViewSet):
    schema_tag = _("Maatwerkcanvas")
    filterset_class = CanvasVersionFilter

    def get_queryset(self) -> QuerySet[CanvasVersion]:
        versions = CanvasVersion.objects.select_related("case").prefetch_related("blockages")
        return self.scoped(versions).order_by("case_id", "-number")

    def get_serializer_class(self) -> type[BaseSerializer]:
        return SaveCanvasSerializer if self.action == "create" else CanvasVersionSerializer

    @extend_schema(
        summary=_("Canvas opslaan"),
        description=_(
            "Slaat het canvas op als nieuwe versie; eerdere versies blijven zoals ze waren. "
            "Velden die niet zijn meegestuurd houden de tekst van de vorige versie. Verandert "
            "er niets, dan komt er geen nieuwe versie: het antwoord is dan 200 met de laatste."
        ),
        request=SaveCanvasSerializer,
        responses={201: CanvasVersionSerializer, 200: CanvasVersionSerializer},
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        case = data.pop("case")
        blockages = data.pop("blockages", None)
        before = services.latest_canvas(case)
        version = services.save_canvas(request.user, case, data, blockages)
        new = before is None or version.pk != before.pk
        return self.answer(
            self.get_queryset().get(pk=version.pk),
            CanvasVersionSerializer,
            AccessLog.Action.CREATE if new else AccessLog.Action.READ,
            201 if new else 200,
        )
