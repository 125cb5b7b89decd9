"""/decisions/: besluiten by mandate. Never changed: replaced by a new, linked decision."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema, extend_schema_view
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from maatwerk.accounts.api_permissions import sees_personal_data

from ... import services
from ...models import Decision
from ..filters import DecisionFilter
from ..serializers.decisions import (
    AnonymisedDecisionSerializer,
    DecisionSerializer,
    SupersedeSerializer,
)
from .base import RouteRecordViewSet
from .proposals import CONFLICT

_ANONYMISED_NOTE = _(
    "Rollen zonder toegang tot persoonsgegevens (controller, beleidsmedewerker) krijgen geen "
    "motivering, voorwaarden of kenmerk en niet wie besloot."
)


def _either(many: bool = False) -> PolymorphicProxySerializer:
    return PolymorphicProxySerializer(
        component_name="DecisionOrAnonymisedDecision",
        serializers=[DecisionSerializer, AnonymisedDecisionSerializer],
        resource_type_field_name=None,
        many=many,
    )


@extend_schema_view(
    list=extend_schema(
        summary=_("Besluiten"), description=_ANONYMISED_NOTE, responses=_either(True)
    ),
    retrieve=extend_schema(
        summary=_("Eén besluit"), description=_ANONYMISED_NOTE, responses=_either()
    ),
)
class DecisionViewSet(RouteRecordViewSet):
    schema_tag = _("Besluiten")
    filterset_class = DecisionFilter
    case_path = "proposal__case"

    def get_queryset(self) -> QuerySet[Decision]:
        decisions = Decision.objects.select_related("proposal__case", "superseded_by")
        return self.scoped(decisions).order_by("decided_at", "pk")

    def get_serializer_class(self) -> type[BaseSerializer]:
        if self.action == "supersede":
            return SupersedeSerializer
        return DecisionSerializer if sees_personal_data(self) else AnonymisedDecisionSerializer

    @extend_schema(
        summary=_("Besluit vervangen"),
        description=_(
            "Een genomen besluit wordt niet gewijzigd: een nieuw besluit vervangt het, met een "
            "reden (na bezwaar, of ‘ingetrokken’). Dezelfde mandaatregels als bij besluiten."
        ),
        request=SupersedeSerializer,
        responses={201: DecisionSerializer, 409: CONFLICT},
    )
    @action(detail=True, methods=["post"])
    def supersede(self, request: Request, pk: str | None = None) -> Response:
        decision = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        reason = data.pop("supersede_reason", "")
        new = services.supersede_decision(request.user, decision, reason=reason, **data)
        return self.answer(self.get_queryset().get(pk=new.pk), DecisionSerializer)
