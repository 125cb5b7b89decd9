"""/agenda-items/: cases on the agenda of the weekly casusoverleg, and their outcome."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from maatwerk.audit.services import AccessLog

from ... import services
from ...models import AgendaItem
from ..filters import AgendaItemFilter
from ..serializers.agenda import AgendaItemSerializer, OutcomeSerializer, PutOnAgendaSerializer
from .base import RouteRecordViewSet


@extend_schema_view(
    list=extend_schema(summary=_("Agendapunten")),
    retrieve=extend_schema(summary=_("Eén agendapunt")),
)
class AgendaItemViewSet(mixins.CreateModelMixin, RouteRecordViewSet):
    schema_tag = _("Casusoverleg")
    filterset_class = AgendaItemFilter

    def get_queryset(self) -> QuerySet[AgendaItem]:
        items = AgendaItem.objects.select_related("consultation", "case").prefetch_related("tasks")
        return self.scoped(items).order_by("consultation__date", "pk")

    def get_serializer_class(self) -> type[BaseSerializer]:
        return {"create": PutOnAgendaSerializer, "outcome": OutcomeSerializer}.get(
            self.action, AgendaItemSerializer
        )

    @extend_schema(
        summary=_("Casus agenderen"),
        description=_(
            "Zet de casus met een vraag op de agenda van het eerstvolgende casusoverleg (of "
            "dat op de gegeven datum). De casus gaat naar de fase geagendeerd."
        ),
        request=PutOnAgendaSerializer,
        responses={201: AgendaItemSerializer},
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        item = services.put_on_agenda(
            request.user, data["case"], data["question"], date=data.get("date")
        )
        return self.answer(self.get_queryset().get(pk=item.pk), AgendaItemSerializer)

    @extend_schema(
        summary=_("Uitkomst vastleggen"),
        description=_(
            "Wat het casusoverleg over deze casus besloot. Alleen de OMO-functionaris. Bij een "
            "bezinningsperiode de taken (wat, wie, wanneer); bij terug naar de reguliere route "
            "de reden."
        ),
        request=OutcomeSerializer,
        responses={200: AgendaItemSerializer},
    )
    @action(detail=True, methods=["post"])
    def outcome(self, request: Request, pk: str | None = None) -> Response:
        item = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        tasks = [services.NewTask(**task) for task in data.get("tasks", [])]
        services.record_outcome(
            request.user, item, data["outcome"], data.get("outcome_notes", ""), tasks
        )
        item = self.get_queryset().get(pk=item.pk)
        return self.answer(item, AgendaItemSerializer, AccessLog.Action.UPDATE, 200)
