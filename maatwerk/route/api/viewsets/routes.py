"""/routes/: where each case stands on the maatwerk route, and a move made by hand."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from maatwerk.audit.services import AccessLog
from maatwerk.cases.services import visible_cases

from ... import services
from ..filters import RouteFilter
from ..serializers.routes import MoveRequestSerializer, RouteSerializer
from .base import RouteRecordViewSet

_BY_CASE = _("Het id is dat van de casus.")


@extend_schema_view(
    list=extend_schema(summary=_("Fase per casus")),
    retrieve=extend_schema(summary=_("De fase van één casus"), description=_BY_CASE),
)
class RouteViewSet(RouteRecordViewSet):
    schema_tag = _("Route")
    filterset_class = RouteFilter

    def case_of(self, case):
        return case

    def get_queryset(self) -> QuerySet:
        return visible_cases(self.request.user).select_related("route").order_by("-pk")

    def get_serializer_class(self) -> type[BaseSerializer]:
        return MoveRequestSerializer if self.action == "move" else RouteSerializer

    @extend_schema(
        summary=_("Stap met de hand"),
        description=_(
            "Een stap in de route die met een knop wordt gezet (na het besluit: naar "
            "monitoring, afsluiten, terug naar de reguliere route), altijd met een reden. Een "
            "stap die de routetabel niet toestaat is 400. "
        )
        + _BY_CASE,
        request=MoveRequestSerializer,
        responses={200: RouteSerializer},
    )
    @action(detail=True, methods=["post"])
    def move(self, request: Request, pk: str | None = None) -> Response:
        case = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        services.move_by_hand(request.user, case, data["target"], data["reason"])
        case = self.get_queryset().get(pk=case.pk)
        return self.answer(case, RouteSerializer, AccessLog.Action.UPDATE, 200)
