"""/funds/, /ledger-entries/, /receivables/, /cost-items/, /kassabons/ and
/settlement-statements/: the fund through the same services as its screens. Read and act,
never edit: a booking is corrected by a new booking."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import (
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
)
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from maatwerk.accounts.api_permissions import PolicyPermission, sees_personal_data
from maatwerk.audit.services import AccessLog
from maatwerk.cases.api.access_log import log_case_files, log_refusal
from maatwerk.cases.services import visible_cases
from maatwerk.core.serializers import ErrorSerializer

from .. import selectors, services
from ..models import CostItem, Kassabon, LedgerEntry, Line, Receivable, SettlementStatement
from . import serializers as s
from .filters import LedgerEntryFilter

BUDGET_OP = OpenApiResponse(
    ErrorSerializer,
    description=_("Budget op: het fonds (of de reservering) kan deze boeking niet dragen."),
)


class _ReadOnly(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsAuthenticated, PolicyPermission]

    def _funds(self):
        return selectors.funds_for(self.request.user)

    def _answer(self, instance, serializer_class, code=status.HTTP_201_CREATED) -> Response:
        case = getattr(instance, "case", None)
        if isinstance(instance, LedgerEntry) and instance.case_id:
            log_case_files(self.request, [case], AccessLog.Action.UPDATE)
        return Response(
            serializer_class(instance, context=self.get_serializer_context()).data, code
        )

    def _data(self, serializer_class) -> dict:
        serializer = serializer_class(data=self.request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)


@extend_schema(tags=[_("Fondsen")])
class FundViewSet(_ReadOnly):
    schema_tag = _("Fondsen")
    serializer_class = s.FundSerializer

    def get_queryset(self) -> QuerySet:
        return self._funds().prefetch_related("limits")

    @extend_schema(summary=_("Fondsen van de gemeente"))
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary=_("Eén fonds, met de stand"))
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(
        summary=_("Stand van het fonds"),
        description=_(
            "Budget, gereserveerd, betaald, beschikbaar, te ontvangen en aangevuld: de stand "
            "die de laatste boeking draagt."
        ),
        responses={200: s.TotalsSerializer},
    )
    @action(detail=True, methods=["get"])
    def balance(self, request: Request, pk: str | None = None) -> Response:
        return Response(s.TotalsSerializer(services.totals(self.get_object())).data)

    @extend_schema(
        summary=_("Aanvulling boeken"),
        description=_(
            "Geld erbij: uit een gemonitorde besparing, een bijdrage van een partner (met het "
            "verrekenoverzicht) of extra budget, met het kenmerk van de afspraak."
        ),
        request=s.TopUpSerializer,
        responses={201: s.LedgerEntrySerializer},
    )
    @action(detail=True, methods=["post"], url_path="top-up")
    def top_up(self, request: Request, pk: str | None = None) -> Response:
        fund = self.get_object()
        data = self._data(s.TopUpSerializer)
        entry = services.top_up(request.user, fund, data.pop("amount"), **data)
        return self._answer(entry, s.LedgerEntrySerializer)


@extend_schema(tags=[_("Fondsen")])
class LedgerEntryViewSet(_ReadOnly):
    schema_tag = _("Fondsen")
    serializer_class = s.LedgerEntrySerializer
    filterset_class = LedgerEntryFilter

    def get_queryset(self) -> QuerySet:
        entries = LedgerEntry.objects.filter(fund__in=self._funds())
        return entries.order_by("-fund_id", "-sequence")

    @extend_schema(summary=_("Boekingen"))
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary=_("Eén boeking"))
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(
        summary=_("Betaling binnen een reservering"),
        description=_("Aan wie, met welk kenmerk, op welke datum; nooit meer dan er open staat."),
        request=s.PaymentSerializer,
        responses={201: s.LedgerEntrySerializer},
    )
    @action(detail=True, methods=["post"])
    def payment(self, request: Request, pk: str | None = None) -> Response:
        data = self._data(s.PaymentSerializer)
        entry = services.book_payment(request.user, self.get_object(), data.pop("amount"), **data)
        return self._answer(entry, s.LedgerEntrySerializer)

    @extend_schema(
        summary=_("Vrijval"),
        description=_("Wat van een reservering niet wordt besteed, terug naar het fonds."),
        request=s.ReleaseSerializer,
        responses={201: s.LedgerEntrySerializer},
    )
    @action(detail=True, methods=["post"])
    def release(self, request: Request, pk: str | None = None) -> Response:
        data = self._data(s.ReleaseSerializer)
        entry = services.release(
            request.user, self.get_object(), data.get("amount") or None, reason=data["reason"]
        )
        return self._answer(entry, s.LedgerEntrySerializer)

    @extend_schema(
        summary=_("Voorfinanciering (overbruggingsprocedure)"),
        description=_(
            "Nu betalen uit een reservering; de verantwoordelijke partij betaalt uiterlijk op "
            "de terugbetaaldatum terug. Het bedrag staat open als vordering."
        ),
        request=s.PrefinanceSerializer,
        responses={201: s.ReceivableSerializer},
    )
    @action(detail=True, methods=["post"])
    def prefinance(self, request: Request, pk: str | None = None) -> Response:
        data = self._data(s.PrefinanceSerializer)
        receivable = services.prefinance(
            request.user, self.get_object(), data.pop("amount"), **data
        )
        entry = receivable.entries.get()
        if entry.case_id:
            log_case_files(request, [entry.case], AccessLog.Action.UPDATE)
        return Response(s.ReceivableSerializer(receivable).data, status.HTTP_201_CREATED)

    @extend_schema(
        summary=_("Correctie"),
        description=_(
            "Maakt (een deel van) een betaling, aanvulling, toekenning of terugbetaling "
            "ongedaan met een nieuwe boeking; de oorspronkelijke blijft staan."
        ),
        request=s.CorrectionSerializer,
        responses={201: s.LedgerEntrySerializer, 409: BUDGET_OP},
    )
    @action(detail=True, methods=["post"])
    def correction(self, request: Request, pk: str | None = None) -> Response:
        data = self._data(s.CorrectionSerializer)
        entry = services.correct_entry(
            request.user, self.get_object(), data.get("amount") or None, reason=data["reason"]
        )
        return self._answer(entry, s.LedgerEntrySerializer)


@extend_schema(tags=[_("Fondsen")])
class ReceivableViewSet(_ReadOnly):
    schema_tag = _("Fondsen")
    serializer_class = s.ReceivableSerializer

    def get_queryset(self) -> QuerySet:
        return (
            Receivable.objects.filter(fund__in=self._funds())
            .prefetch_related("reminders")
            .order_by("due_date", "pk")
        )

    @extend_schema(summary=_("Vorderingen (voorfinanciering)"))
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary=_("Eén vordering"))
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(
        summary=_("Verlopen vorderingen"),
        description=_("De werklijst van de controller: open en over de terugbetaaldatum."),
        responses={200: s.ReceivableSerializer(many=True)},
    )
    @action(detail=False, methods=["get"], pagination_class=None)  # the whole worklist
    def overdue(self, request: Request) -> Response:
        rows = [row.receivable for row in selectors.open_receivables(self._funds()) if row.overdue]
        return Response(s.ReceivableSerializer(rows, many=True).data)

    @extend_schema(
        summary=_("Terugbetaling boeken"),
        description=_("Nooit meer dan er open staat."),
        request=s.RepaySerializer,
        responses={201: s.LedgerEntrySerializer},
    )
    @action(detail=True, methods=["post"])
    def repay(self, request: Request, pk: str | None = None) -> Response:
        data = self._data(s.RepaySerializer)
        entry = services.repay(request.user, self.get_object(), data.pop("amount"), **data)
        return self._answer(entry, s.LedgerEntrySerializer)

    @extend_schema(
        summary=_("Afboeken"),
        description=_("Een vordering (of wat ervan open staat) opgeven, met een reden."),
        request=s.WriteOffSerializer,
        responses={201: s.LedgerEntrySerializer},
    )
    @action(detail=True, methods=["post"], url_path="write-off")
    def write_off(self, request: Request, pk: str | None = None) -> Response:
        data = self._data(s.WriteOffSerializer)
        entry = services.write_off(
            request.user, self.get_object(), data.get("amount") or None, reason=data["reason"]
        )
        return self._answer(entry, s.LedgerEntrySerializer)

    @extend_schema(
        summary=_("Herinnering vastleggen"),
        description=_("Een herinnering aan de partij is verstuurd (na de terugbetaaldatum)."),
        request=s.ReminderRequestSerializer,
        responses={201: s.ReminderSerializer},
    )
    @action(detail=True, methods=["post"])
    def reminder(self, request: Request, pk: str | None = None) -> Response:
        data = self._data(s.ReminderRequestSerializer)
        reminder = services.record_reminder(request.user, self.get_object(), data.get("note", ""))
        return Response(s.ReminderSerializer(reminder).data, status.HTTP_201_CREATED)


@extend_schema(tags=[_("Kengetallen")])
class CostItemViewSet(_ReadOnly):
    schema_tag = _("Kengetallen")
    serializer_class = s.CostItemSerializer
    queryset = CostItem.objects.order_by("name")

    @extend_schema(summary=_("Kengetallen"))
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary=_("Eén kengetal"))
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


def _kassabon(many: bool = False) -> PolymorphicProxySerializer:
    """A kassabon as the caller's role gets it: in full, or figures only (no title, no free
    line's text) for a role without personal data."""
    return PolymorphicProxySerializer(
        component_name="KassabonOrAnonymisedKassabon",
        serializers=[s.KassabonSerializer, s.AnonymisedKassabonSerializer],
        resource_type_field_name=None,
        many=many,
    )


@extend_schema(tags=[_("Kassabonnen")])
class KassabonViewSet(mixins.CreateModelMixin, _ReadOnly):
    schema_tag = _("Kassabonnen")

    def get_queryset(self) -> QuerySet:
        return (
            Kassabon.objects.filter(case__in=visible_cases(self.request.user))
            .select_related("case")
            .prefetch_related("realised")
            .order_by("-created_at", "-pk")
        )

    def get_serializer_class(self):
        if sees_personal_data(self):
            return s.KassabonSerializer
        return s.AnonymisedKassabonSerializer

    def log_refusal(self, request: Request) -> None:
        log_refusal(request, self)

    def case_of(self, kassabon: Kassabon):
        return kassabon.case

    def _kassabon_answer(self, kassabon: Kassabon, code=status.HTTP_201_CREATED) -> Response:
        kassabon = self.get_queryset().get(pk=kassabon.pk)
        log_case_files(self.request, [kassabon.case], AccessLog.Action.UPDATE)
        return Response(self.get_serializer_class()(kassabon).data, code)

    @extend_schema(summary=_("Kassabonnen"), responses=_kassabon(many=True))
    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        log_case_files(request, [k.case for k in page], AccessLog.Action.READ)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        summary=_("Eén kassabon, met de berekening regel voor regel"), responses=_kassabon()
    )
    def retrieve(self, request, *args, **kwargs):
        kassabon = self.get_object()
        log_case_files(request, [kassabon.case], AccessLog.Action.READ)
        return Response(self.get_serializer(kassabon).data)

    @extend_schema(
        summary=_("Kassabon maken"),
        description=_(
            "Een kassabon met het scenario met de maatwerkoplossing en één zonder. "
            "Discontovoet standaard 2.25% (Werkgroep Discontovoet 2020), tussen 0 en 20."
        ),
        request=s.CreateKassabonSerializer,
        responses={201: _kassabon()},
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        data = self._data(s.CreateKassabonSerializer)
        kassabon = services.create_kassabon(request.user, data.pop("case"), **data)
        return self._kassabon_answer(kassabon)

    @extend_schema(
        summary=_("Regel toevoegen"),
        description=_(
            "Een kengetal (de bedragen worden overgenomen) of een vrije regel; elke regel "
            "heeft een betaler en een aantal perioden."
        ),
        request=s.AddLineSerializer,
        responses={201: _kassabon()},
    )
    @action(detail=True, methods=["post"])
    def lines(self, request: Request, pk: str | None = None) -> Response:
        kassabon = self.get_object()
        data = self._data(s.AddLineSerializer)
        services.add_line(request.user, kassabon, data.pop("scenario"), **data)
        return self._kassabon_answer(kassabon)

    @extend_schema(
        summary=_("Regel weghalen"),
        request=s.RemoveLineSerializer,
        responses={200: _kassabon()},
    )
    @action(detail=True, methods=["post"], url_path="remove-line")
    def remove_line(self, request: Request, pk: str | None = None) -> Response:
        kassabon = self.get_object()
        data = self._data(s.RemoveLineSerializer)
        line = get_object_or_404(Line, pk=data["line"], scenario__kassabon=kassabon)
        services.remove_line(request.user, line)
        return self._kassabon_answer(kassabon, status.HTTP_200_OK)

    @extend_schema(
        summary=_("Gerealiseerde kosten"),
        description=_("Uit de monitoring, naast de bij het besluit bevroren raming."),
        request=s.RealisedRequestSerializer,
        responses={201: _kassabon()},
    )
    @action(detail=True, methods=["post"])
    def realised(self, request: Request, pk: str | None = None) -> Response:
        kassabon = self.get_object()
        data = self._data(s.RealisedRequestSerializer)
        services.record_realised(request.user, kassabon, **data)
        return self._kassabon_answer(kassabon)


@extend_schema(tags=[_("Verrekening")])
class SettlementStatementViewSet(mixins.CreateModelMixin, _ReadOnly):
    schema_tag = _("Verrekening")
    serializer_class = s.SettlementStatementSerializer

    def get_queryset(self) -> QuerySet:
        return SettlementStatement.objects.filter(
            municipality_id=services.user_municipality_id(self.request.user)
        ).order_by("-made_at", "-pk")

    @extend_schema(summary=_("Verrekenoverzichten"))
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary=_("Eén verrekenoverzicht"))
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(
        summary=_("Verrekenoverzicht opstellen"),
        description=_(
            "Per partner en periode: de investeringen van de gemeente waarvan de baten bij "
            "die partner terechtkwamen (uit de bevroren kassabonnen)."
        ),
        request=s.MakeStatementSerializer,
        responses={201: s.SettlementStatementSerializer},
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        statement = services.make_statement(request.user, **self._data(s.MakeStatementSerializer))
        return Response(s.SettlementStatementSerializer(statement).data, status.HTTP_201_CREATED)

    @extend_schema(
        summary=_("Bijdrage van de partner boeken"),
        description=_("Als aanvulling op een fonds, gekoppeld aan dit overzicht."),
        request=s.ContributionSerializer,
        responses={201: s.LedgerEntrySerializer},
    )
    @action(detail=True, methods=["post"])
    def contribution(self, request: Request, pk: str | None = None) -> Response:
        statement = self.get_object()
        data = self._data(s.ContributionSerializer)
        fund = get_object_or_404(self._funds(), pk=data["fund"])
        entry = services.top_up(
            request.user,
            fund,
            data["amount"],
            source="partner",
            reference=data["reference"],
            statement=statement,
        )
        return self._answer(entry, s.LedgerEntrySerializer)
