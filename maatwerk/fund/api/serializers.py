"""The fund's API shapes. Requests carry only what the services need; the rules are the
services' (the same as on the screens)."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from maatwerk.cases.api.fields import VisibleRecordField
from maatwerk.cases.services import visible_cases

from .. import compute, services
from ..models import (
    CostItem,
    Fund,
    Kassabon,
    LedgerEntry,
    Line,
    MandateLimit,
    PayerKind,
    RealisedCost,
    Receivable,
    Reminder,
    ScenarioKind,
    SettlementStatement,
    TopUpSource,
    Unit,
)

MONEY = {"max_digits": 14, "decimal_places": 2}


AMOUNT = _("bedrag (EUR)")


def _amount(label=AMOUNT, required: bool = True) -> serializers.CharField:
    # A string, parsed by the service: it says in Dutch what is wrong with "0", "-5" or "1.005".
    return serializers.CharField(
        label=label,
        required=required,
        allow_null=not required,
        help_text=_('In euro\'s, hoogstens twee decimalen, bijvoorbeeld "3080.00".'),
    )


class TotalsSerializer(serializers.Serializer):
    budget = serializers.DecimalField(**MONEY, label=_("budget"))
    available = serializers.DecimalField(**MONEY, label=_("beschikbaar"))
    committed = serializers.DecimalField(**MONEY, label=_("gereserveerd"))
    paid = serializers.DecimalField(**MONEY, label=_("betaald"))
    receivable = serializers.DecimalField(**MONEY, label=_("te ontvangen"))
    topped_up = serializers.DecimalField(**MONEY, label=_("aangevuld"))
    sequence = serializers.IntegerField(label=_("aantal boekingen"))


class MandateLimitSerializer(serializers.ModelSerializer):
    role = serializers.CharField(
        read_only=True, label=_("rol"), help_text=_("De rol die tot dit bedrag besluit.")
    )

    class Meta:
        model = MandateLimit
        fields = ["role", "up_to"]
        read_only_fields = fields


class FundSerializer(serializers.ModelSerializer):
    limits = MandateLimitSerializer(many=True, read_only=True, label=_("mandaatgrenzen"))
    totals = serializers.SerializerMethodField(label=_("stand"))

    class Meta:
        model = Fund
        fields = [
            "id",
            "municipality",
            "name",
            "kind",
            "year",
            "source",
            "source_note",
            "rules",
            "is_open",
            "limits",
            "totals",
        ]
        read_only_fields = fields

    @extend_schema_field(TotalsSerializer)
    def get_totals(self, fund: Fund) -> dict:
        return TotalsSerializer(services.totals(fund)).data


class LedgerEntrySerializer(serializers.ModelSerializer):
    # Empty on every entry but a top-up: the schema must allow the empty value.
    top_up_source = serializers.ChoiceField(
        choices=TopUpSource.choices,
        allow_blank=True,
        read_only=True,
        label=_("herkomst aanvulling"),
    )

    class Meta:
        model = LedgerEntry
        fields = [
            "id",
            "fund",
            "sequence",
            "kind",
            "amount",
            "budget_after",
            "available_after",
            "committed_after",
            "paid_after",
            "receivable_after",
            "topped_up_after",
            "commitment",
            "commitment_open_after",
            "receivable",
            "receivable_open_after",
            "corrects",
            "case",
            "case_reference",
            "decision_id",
            "top_up_source",
            "statement",
            "reference",
            "reason",
            "payee",
            "value_date",
            "booked_at",
        ]
        read_only_fields = fields


class TopUpSerializer(serializers.Serializer):
    amount = _amount()
    source = serializers.ChoiceField(choices=TopUpSource.choices, label=_("herkomst"))
    reference = serializers.CharField(label=_("afspraak of besluit (kenmerk)"), max_length=100)
    payee = serializers.CharField(
        label=_("van wie"), max_length=200, required=False, allow_blank=True
    )
    reason = serializers.CharField(label=_("toelichting"), required=False, allow_blank=True)
    statement = serializers.PrimaryKeyRelatedField(
        queryset=SettlementStatement.objects.all(),
        required=False,
        allow_null=True,
        label=_("verrekenoverzicht"),
        help_text=_("Bij een bijdrage van een partner: het overzicht waarop die antwoordt."),
    )


class PaymentSerializer(serializers.Serializer):
    amount = _amount()
    payee = serializers.CharField(label=_("aan wie"), max_length=200)
    reference = serializers.CharField(label=_("kenmerk"), max_length=100)
    value_date = serializers.DateField(label=_("datum"), required=False, allow_null=True)


class ReleaseSerializer(serializers.Serializer):
    amount = _amount(_("bedrag (EUR); leeg: alles wat open staat"), required=False)
    reason = serializers.CharField(label=_("reden"))


class CorrectionSerializer(ReleaseSerializer):
    pass


class PrefinanceSerializer(serializers.Serializer):
    amount = _amount()
    debtor_kind = serializers.ChoiceField(choices=PayerKind.choices, label=_("soort partij"))
    debtor = serializers.CharField(label=_("partij die terugbetaalt"), max_length=200)
    due_date = serializers.DateField(label=_("terug uiterlijk"))
    payee = serializers.CharField(label=_("betaald aan"), max_length=200)
    reference = serializers.CharField(label=_("kenmerk betaling"), max_length=100)
    agreement = serializers.CharField(
        label=_("afspraak"), max_length=200, required=False, allow_blank=True
    )


class ReminderSerializer(serializers.ModelSerializer):
    class Meta:
        model = Reminder
        fields = ["id", "note", "sent_on"]
        read_only_fields = fields


class ReceivableSerializer(serializers.ModelSerializer):
    open_amount = serializers.SerializerMethodField(label=_("open"))
    next_reminder = serializers.SerializerMethodField(label=_("volgende herinnering"))
    overdue = serializers.SerializerMethodField(label=_("verlopen"))
    case_reference = serializers.SerializerMethodField(label=_("casusnummer"))
    reminders = ReminderSerializer(many=True, read_only=True, label=_("herinneringen"))

    class Meta:
        model = Receivable
        fields = [
            "id",
            "fund",
            "debtor_kind",
            "debtor",
            "amount",
            "open_amount",
            "due_date",
            "agreement",
            "case_reference",
            "next_reminder",
            "overdue",
            "created_at",
            "reminders",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.DecimalField(**MONEY))
    def get_open_amount(self, receivable: Receivable) -> str:
        # As every other amount: a string of euros and cents (DRF would send a bare Decimal
        # as a float).
        return serializers.DecimalField(**MONEY).to_representation(
            services.receivable_open(receivable)
        )

    @extend_schema_field(serializers.DateField(allow_null=True))
    def get_next_reminder(self, receivable: Receivable):
        return services.next_reminder(receivable)

    @extend_schema_field(serializers.BooleanField())
    def get_overdue(self, receivable: Receivable) -> bool:
        from django.utils import timezone

        return (
            receivable.due_date < timezone.localdate() and services.receivable_open(receivable) > 0
        )

    @extend_schema_field(serializers.CharField())
    def get_case_reference(self, receivable: Receivable) -> str:
        first = receivable.entries.order_by("sequence").first()
        return first.case_reference if first else ""


class RepaySerializer(serializers.Serializer):
    amount = _amount()
    reference = serializers.CharField(label=_("kenmerk terugbetaling"), max_length=100)
    value_date = serializers.DateField(label=_("datum"), required=False, allow_null=True)


class WriteOffSerializer(serializers.Serializer):
    amount = _amount(_("bedrag (EUR); leeg: wat nog open staat"), required=False)
    reason = serializers.CharField(label=_("reden"))


class ReminderRequestSerializer(serializers.Serializer):
    note = serializers.CharField(label=_("notitie"), required=False, allow_blank=True)


class CostItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = CostItem
        fields = [
            "id",
            "name",
            "unit_cost",
            "unit",
            "low",
            "high",
            "payer",
            "source",
            "source_year",
            "note",
            "is_active",
        ]
        read_only_fields = fields


# --- The kassabon's computed receipt.


class LineResultSerializer(serializers.Serializer):
    description = serializers.CharField(label=_("omschrijving"))
    payer = serializers.ChoiceField(choices=PayerKind.choices, label=_("wie betaalt"))
    payer_name = serializers.CharField(label=_("naam partner"))
    investment = serializers.BooleanField(label=_("de maatwerkinvestering"))
    nominal = serializers.DecimalField(**MONEY, label=_("nominaal"))
    total = serializers.DecimalField(**MONEY, label=_("totaal (contante waarde)"))
    low = serializers.DecimalField(**MONEY, label=_("laag"))
    high = serializers.DecimalField(**MONEY, label=_("hoog"))
    arithmetic = serializers.CharField(label=_("de berekening"))


class PayerAmountSerializer(serializers.Serializer):
    payer = serializers.ChoiceField(choices=PayerKind.choices, label=_("betaler"))
    payer_name = serializers.CharField(label=_("naam partner"))
    amount = serializers.DecimalField(**MONEY, label=_("bedrag"))


class ScenarioResultSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=ScenarioKind.choices, label=_("scenario"))
    label = serializers.CharField(label=_("naam"))
    total = serializers.DecimalField(**MONEY, label=_("totaal"))
    low = serializers.DecimalField(**MONEY, label=_("laag"))
    high = serializers.DecimalField(**MONEY, label=_("hoog"))
    investment = serializers.DecimalField(**MONEY, label=_("investering"))
    lines = LineResultSerializer(many=True, label=_("regels"))
    by_payer = PayerAmountSerializer(many=True, label=_("per betaler"))


class ComparisonSerializer(serializers.Serializer):
    without = serializers.ChoiceField(choices=ScenarioKind.choices, label=_("zonder"))
    investment = serializers.DecimalField(**MONEY, label=_("investering"))
    benefit = serializers.DecimalField(**MONEY, label=_("vermeden kosten"))
    net_benefit = serializers.DecimalField(**MONEY, label=_("netto baten"))
    net_low = serializers.DecimalField(**MONEY, label=_("netto baten laag"))
    net_high = serializers.DecimalField(**MONEY, label=_("netto baten hoog"))
    ratio = serializers.DecimalField(
        max_digits=12, decimal_places=2, allow_null=True, label=_("baten/kosten")
    )
    payback_months = serializers.IntegerField(allow_null=True, label=_("terugverdiend in maand"))
    benefit_by_payer = PayerAmountSerializer(many=True, label=_("baten per betaler"))


class ReceiptSerializer(serializers.Serializer):
    horizon_years = serializers.IntegerField(label=_("horizon (jaren)"))
    discount_rate = serializers.DecimalField(
        max_digits=5, decimal_places=2, allow_null=True, label=_("discontovoet (%)")
    )
    scenarios = ScenarioResultSerializer(many=True, label=_("scenario's"))
    comparisons = ComparisonSerializer(many=True, label=_("vergelijkingen"))


def _payers(amounts: dict) -> list[dict]:
    return [
        {"payer": payer, "payer_name": name, "amount": compute.cents(amount)}
        for (payer, name), amount in amounts.items()
    ]


def receipt_data(receipt: compute.Receipt) -> dict:
    return {
        "horizon_years": receipt.horizon_years,
        "discount_rate": receipt.discount_rate,
        "scenarios": [
            {
                "kind": s.kind,
                "label": str(s.label),
                "total": compute.cents(s.total),
                "low": compute.cents(s.low),
                "high": compute.cents(s.high),
                "investment": compute.cents(s.investment),
                "lines": [
                    {
                        "description": r.line.description,
                        "payer": r.line.payer,
                        "payer_name": r.line.payer_name,
                        "investment": r.line.investment,
                        "nominal": r.nominal,
                        "total": r.total,
                        "low": r.low,
                        "high": r.high,
                        "arithmetic": r.arithmetic,
                    }
                    for r in s.lines
                ],
                "by_payer": _payers(s.by_payer),
            }
            for s in receipt.scenarios
        ],
        "comparisons": [
            {
                "without": c.without.kind,
                "investment": compute.cents(c.investment),
                "benefit": compute.cents(c.benefit),
                "net_benefit": compute.cents(c.net_benefit),
                "net_low": compute.cents(c.net_low),
                "net_high": compute.cents(c.net_high),
                "ratio": c.ratio,
                "payback_months": c.payback_months,
                "benefit_by_payer": _payers(c.benefit_by_payer),
            }
            for c in receipt.comparisons
        ],
    }


class LineSerializer(serializers.ModelSerializer):
    scenario = serializers.CharField(source="scenario.kind", read_only=True, label=_("scenario"))

    class Meta:
        model = Line
        fields = [
            "id",
            "scenario",
            "item",
            "description",
            "unit_cost",
            "unit",
            "low",
            "high",
            "quantity",
            "periods",
            "start_month",
            "probability",
            "payer",
            "payer_name",
            "investment",
        ]
        read_only_fields = fields


class RealisedCostSerializer(serializers.ModelSerializer):
    class Meta:
        model = RealisedCost
        fields = ["id", "scenario_kind", "payer", "amount", "period_end", "entered_at"]
        read_only_fields = fields


class _KassabonBase(serializers.ModelSerializer):
    receipt = serializers.SerializerMethodField(label=_("de berekening"))
    realised = RealisedCostSerializer(many=True, read_only=True, label=_("gerealiseerd"))
    anonymised = False

    @extend_schema_field(ReceiptSerializer)
    def get_receipt(self, kassabon: Kassabon) -> dict:
        return ReceiptSerializer(
            receipt_data(services.computed(kassabon, anonymised=self.anonymised))
        ).data


class KassabonSerializer(_KassabonBase):
    lines = serializers.SerializerMethodField(label=_("regels"))

    class Meta:
        model = Kassabon
        fields = [
            "id",
            "case",
            "title",
            "horizon_years",
            "discount_rate",
            "frozen_at",
            "withdrawn_at",
            "decision_id",
            "lines",
            "receipt",
            "realised",
            "created_by",
            "created_at",
        ]
        read_only_fields = fields

    @extend_schema_field(LineSerializer(many=True))
    def get_lines(self, kassabon: Kassabon) -> list:
        lines = Line.objects.filter(scenario__kassabon=kassabon).select_related("scenario")
        return LineSerializer(lines.order_by("pk"), many=True).data


class AnonymisedKassabonSerializer(_KassabonBase):
    # Figures only: no title and no free line's text (a comment: the schema publishes a
    # docstring).

    closed_shape = True
    anonymised = True

    class Meta:
        model = Kassabon
        fields = [
            "id",
            "case",
            "horizon_years",
            "discount_rate",
            "frozen_at",
            "withdrawn_at",
            "decision_id",
            "receipt",
            "realised",
            "created_at",
        ]
        read_only_fields = fields


class CreateKassabonSerializer(serializers.Serializer):
    # Looked up among the cases the user may see: another team's case is "does not exist",
    # a 400 like every other record made for a case.
    case = VisibleRecordField(
        scope=visible_cases,
        not_found=_("Deze casus bestaat niet."),
        label=_("casus"),
        help_text=_("De casus (id)."),
        error_messages={"incorrect_type": _("Geef het id van de casus (een getal).")},
    )
    title = serializers.CharField(label=_("titel"), max_length=150)
    horizon_years = serializers.IntegerField(label=_("horizon (jaren)"), required=False)
    discount_rate = serializers.CharField(
        label=_("discontovoet (%)"),
        required=False,
        allow_null=True,
        allow_blank=True,
        help_text=_(
            "Standaard 2.25: de discontovoet van het Rijk voor MKBA's (Werkgroep "
            "Discontovoet 2020). Leeg of null: niet disconteren."
        ),
    )
    without = serializers.ChoiceField(
        choices=[c for c in ScenarioKind.choices if c[0] != ScenarioKind.MET],
        required=False,
        label=_("scenario zonder"),
    )


class AddLineSerializer(serializers.Serializer):
    scenario = serializers.ChoiceField(choices=ScenarioKind.choices, label=_("scenario"))
    item = serializers.PrimaryKeyRelatedField(
        queryset=CostItem.objects.filter(is_active=True),
        required=False,
        allow_null=True,
        label=_("kengetal"),
    )
    description = serializers.CharField(
        label=_("omschrijving"), max_length=200, required=False, allow_blank=True
    )
    unit_cost = _amount(_("kosten per eenheid (EUR)"), required=False)
    unit = serializers.ChoiceField(choices=Unit.choices, required=False, label=_("eenheid"))
    low = _amount(_("laag per eenheid (EUR)"), required=False)
    high = _amount(_("hoog per eenheid (EUR)"), required=False)
    quantity = serializers.CharField(label=_("aantal"), required=False)
    periods = serializers.CharField(label=_("aantal perioden"), required=False, allow_null=True)
    start_month = serializers.CharField(label=_("vanaf maand"), required=False)
    probability = serializers.CharField(label=_("kans (%)"), required=False)
    payer = serializers.ChoiceField(
        choices=PayerKind.choices, required=False, allow_null=True, label=_("wie betaalt")
    )
    payer_name = serializers.CharField(
        label=_("naam partner"), max_length=150, required=False, allow_blank=True
    )
    investment = serializers.BooleanField(
        label=_("de maatwerkinvestering"), required=False, default=False
    )


class RemoveLineSerializer(serializers.Serializer):
    line = serializers.IntegerField(label=_("regel"))


class RealisedRequestSerializer(serializers.Serializer):
    scenario_kind = serializers.ChoiceField(choices=ScenarioKind.choices, label=_("scenario"))
    description = serializers.CharField(label=_("omschrijving"), max_length=200)
    payer = serializers.ChoiceField(choices=PayerKind.choices, label=_("wie betaalde"))
    amount = _amount()
    period_end = serializers.DateField(label=_("tot en met"))


class SettlementStatementSerializer(serializers.ModelSerializer):
    contributions = serializers.PrimaryKeyRelatedField(
        many=True, read_only=True, label=_("bijdragen (boekingen)")
    )
    lines = serializers.ListField(child=serializers.DictField(), read_only=True, label=_("regels"))

    class Meta:
        model = SettlementStatement
        fields = [
            "id",
            "partner_kind",
            "partner_name",
            "period_start",
            "period_end",
            "investment",
            "benefit",
            "lines",
            "made_at",
            "contributions",
        ]
        read_only_fields = fields


class MakeStatementSerializer(serializers.Serializer):
    partner_kind = serializers.ChoiceField(choices=PayerKind.choices, label=_("partner"))
    partner_name = serializers.CharField(
        label=_("naam (leeg: alle)"), max_length=150, required=False, allow_blank=True
    )
    period_start = serializers.DateField(label=_("van"))
    period_end = serializers.DateField(label=_("tot en met"))


class ContributionSerializer(serializers.Serializer):
    fund = serializers.IntegerField(label=_("fonds"))
    amount = _amount()
    reference = serializers.CharField(label=_("afspraak (kenmerk)"), max_length=100)
