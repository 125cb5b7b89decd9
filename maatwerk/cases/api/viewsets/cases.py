"""/cases/: case files, and their status transitions."""

from django.db.models import Count, QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import (
    PolymorphicProxySerializer,
    extend_schema,
    extend_schema_view,
)
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from maatwerk.accounts.api_permissions import sees_personal_data
from maatwerk.audit.services import AccessLog

from ... import services
from ...access import visible_cases
from ...models import Case, Household
from ..access_log import log_case_files
from ..filters import CaseFilter
from ..serializers.cases import AnonymisedCaseSerializer, CaseSerializer, TransitionSerializer
from .base import CaseFileViewSet

_ANONYMISED_NOTE = _(
    "Rollen zonder toegang tot persoonsgegevens (controller, beleidsmedewerker, beheerder) "
    "krijgen de geanonimiseerde vorm: geen omschrijving, namen, adressen of vrije tekst."
)


def _either(many: bool = False) -> PolymorphicProxySerializer:
    return PolymorphicProxySerializer(
        component_name="CaseOrAnonymisedCase",
        serializers=[CaseSerializer, AnonymisedCaseSerializer],
        resource_type_field_name=None,
        many=many,
    )


@extend_schema_view(
    list=extend_schema(
        summary=_("Casussen"), description=_ANONYMISED_NOTE, responses=_either(True)
    ),
    retrieve=extend_schema(
        summary=_("Eén casus"), description=_ANONYMISED_NOTE, responses=_either()
    ),
    create=extend_schema(summary=_("Casus aanmelden")),
    update=extend_schema(summary=_("Casus wijzigen")),
    partial_update=extend_schema(summary=_("Casus deels wijzigen")),
)
class CaseViewSet(CaseFileViewSet):
    schema_tag = _("Casussen")
    filterset_class = CaseFilter

    def get_queryset(self) -> QuerySet[Case]:
        queryset = visible_cases(self.request.user).order_by("-signal_date", "-pk")
        if sees_personal_data(self):
            # domains and regular_routes feed the eligibility check without a query per case.
            return queryset.prefetch_related("domains", "regular_routes")
        return queryset.prefetch_related("domains", "blockages").annotate(
            member_count=Count("household__members", distinct=True)
        )

    def get_serializer_class(self) -> type[BaseSerializer]:
        if self.action == "transition":
            return TransitionSerializer
        return CaseSerializer if sees_personal_data(self) else AnonymisedCaseSerializer

    def cases_of(self, instance: Case) -> list[Case | Household]:
        return [instance]

    @extend_schema(
        summary=_("Status wijzigen"),
        description=_("Verplaatst de casus volgens de tabel van toegestane statuswijzigingen."),
        request=TransitionSerializer,
        responses=CaseSerializer,
    )
    @action(detail=True, methods=["post"])
    def transition(self, request: Request, pk: str | None = None) -> Response:
        case = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.transition_case(request.user, case, **serializer.validated_data)
        log_case_files(request, [case], AccessLog.Action.UPDATE)
        case = self.get_queryset().get(pk=case.pk)
        return Response(CaseSerializer(case, context=self.get_serializer_context()).data)
