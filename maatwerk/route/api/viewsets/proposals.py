"""/proposals/: voorstellen, with the advice on them, the consultation of a portefeuillehouder
and the decision by mandate."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import (
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from maatwerk.accounts.api_permissions import sees_personal_data
from maatwerk.core.serializers import ErrorSerializer

from ... import services
from ...models import Proposal
from ..filters import ProposalFilter
from ..serializers.decisions import DecideSerializer, DecisionSerializer
from ..serializers.proposals import (
    AdviceRequestSerializer,
    AdviceSerializer,
    AnonymisedProposalSerializer,
    ConsultRequestSerializer,
    PortfolioConsultationSerializer,
    ProposalSerializer,
    SubmitProposalSerializer,
)
from .base import RouteRecordViewSet

_ANONYMISED_NOTE = _(
    "Rollen zonder toegang tot persoonsgegevens (controller, beleidsmedewerker) krijgen geen "
    "vrije tekst en niet wie het voorstel deed: alleen bedragen, scores en het mandaatniveau."
)

CONFLICT = OpenApiResponse(
    ErrorSerializer,
    description=_("Iemand anders besloot intussen over dit voorstel (of verving het besluit)."),
)


def _either(many: bool = False) -> PolymorphicProxySerializer:
    return PolymorphicProxySerializer(
        component_name="ProposalOrAnonymisedProposal",
        serializers=[ProposalSerializer, AnonymisedProposalSerializer],
        resource_type_field_name=None,
        many=many,
    )


@extend_schema_view(
    list=extend_schema(
        summary=_("Voorstellen"), description=_ANONYMISED_NOTE, responses=_either(True)
    ),
    retrieve=extend_schema(
        summary=_("Eén voorstel"), description=_ANONYMISED_NOTE, responses=_either()
    ),
)
class ProposalViewSet(mixins.CreateModelMixin, RouteRecordViewSet):
    schema_tag = _("Voorstellen")
    filterset_class = ProposalFilter

    def get_queryset(self) -> QuerySet[Proposal]:
        proposals = Proposal.objects.select_related("case", "proposed_by").prefetch_related(
            "advices", "portfolio_consultations", "decisions"
        )
        return self.scoped(proposals).order_by("-proposed_at", "-pk")

    def get_serializer_class(self) -> type[BaseSerializer]:
        writes = {
            "create": SubmitProposalSerializer,
            "advice": AdviceRequestSerializer,
            "consult": ConsultRequestSerializer,
            "decide": DecideSerializer,
        }
        if self.action in writes:
            return writes[self.action]
        return ProposalSerializer if sees_personal_data(self) else AnonymisedProposalSerializer

    @extend_schema(
        summary=_("Voorstel indienen"),
        description=_(
            "Legt een oplossing voor ter besluitvorming, met de kosten en de Waardendriehoek "
            "(een score en een motivering per waarde). Het mandaatniveau volgt uit de "
            "instellingen van de gemeente. Kan als de casus geagendeerd is of in "
            "besluitvorming, en er nog geen voorstel op een besluit wacht."
        ),
        request=SubmitProposalSerializer,
        responses={201: ProposalSerializer},
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        fields = dict(serializer.validated_data)
        case = fields.pop("case")
        proposal = services.submit_proposal(request.user, case, **fields)
        return self.answer(self.get_queryset().get(pk=proposal.pk), ProposalSerializer)

    @extend_schema(
        summary=_("Advies geven"),
        description=_(
            "Het advies van de OMO-functionaris, een eigen record naast het besluit. Niet op "
            "een eigen voorstel."
        ),
        request=AdviceRequestSerializer,
        responses={201: AdviceSerializer},
    )
    @action(detail=True, methods=["post"])
    def advice(self, request: Request, pk: str | None = None) -> Response:
        proposal = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        advice = services.give_advice(request.user, proposal, **serializer.validated_data)
        return self.answer(advice, AdviceSerializer, case=proposal.case)

    @extend_schema(
        summary=_("Voorleggen aan de portefeuillehouder"),
        description=_(
            "Buiten bestaande kaders besluit de OMO-functionaris pas na consultatie van de "
            "portefeuillehouder; die geeft de zienswijze op een eigen scherm."
        ),
        request=ConsultRequestSerializer,
        responses={201: PortfolioConsultationSerializer},
    )
    @action(detail=True, methods=["post"])
    def consult(self, request: Request, pk: str | None = None) -> Response:
        proposal = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        consultation = services.put_before_portefeuillehouder(
            request.user, proposal, data["portefeuillehouder"], data["question"]
        )
        return self.answer(consultation, PortfolioConsultationSerializer, case=proposal.case)

    @extend_schema(
        summary=_("Besluiten"),
        description=_(
            "Het besluit op het voorstel, door wie het mandaat heeft voor het niveau. Wie het "
            "voorstel deed besluit niet (403, met de reden). Boven het drempelbedrag legt de "
            "ingestelde rol het besluit van het College vast, met datum en kenmerk. Een "
            "afwijzing of ander besluit zonder motivering is 400; besloot iemand anders "
            "intussen, dan 409 en blijft het eerste besluit staan."
        ),
        request=DecideSerializer,
        responses={201: DecisionSerializer, 409: CONFLICT},
    )
    @action(detail=True, methods=["post"])
    def decide(self, request: Request, pk: str | None = None) -> Response:
        proposal = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        decision = services.decide(request.user, proposal, **serializer.validated_data)
        return self.answer(decision, DecisionSerializer, case=proposal.case)
