"""The cost catalogue (kengetallen), the kassabon of a case with its scenarios and lines, the
realised costs beside a frozen kassabon, and the settlement statements for partners."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .funds import MONEY, PayerKind


class Unit(models.TextChoices):
    ONCE = "once", _("eenmalig")
    HOUR = "hour", _("per uur")
    NIGHT = "night", _("per nacht")
    MONTH = "month", _("per maand")
    HALF_YEAR = "half_year", _("per half jaar")
    YEAR = "year", _("per jaar")
    CHILD = "child", _("per kind")
    TRAJECT = "traject", _("per traject")


# How many times a unit recurs in a year (None: it does not recur by itself; the number of
# periods then counts occurrences at the start).
PER_YEAR = {Unit.MONTH: 12, Unit.HALF_YEAR: 2, Unit.YEAR: 1}
MONTHS_PER_PERIOD = {Unit.MONTH: 1, Unit.HALF_YEAR: 6, Unit.YEAR: 12}


class CostItem(models.Model):
    """A kengetal: what one unit of a provision or an escalation costs, who bears it, and
    where the figure comes from. Changed by beheer; every change is in the history."""

    name = models.CharField(_("omschrijving"), max_length=150, unique=True)
    unit_cost = models.DecimalField(
        _("kosten per eenheid (EUR)"), **MONEY, validators=[MinValueValidator(Decimal("0.01"))]
    )
    unit = models.CharField(_("eenheid"), max_length=20, choices=Unit.choices)
    low = models.DecimalField(_("laag (EUR)"), **MONEY, null=True, blank=True)
    high = models.DecimalField(_("hoog (EUR)"), **MONEY, null=True, blank=True)
    payer = models.CharField(_("wie draagt het"), max_length=30, choices=PayerKind.choices)
    source = models.CharField(_("bron"), max_length=250)
    source_year = models.PositiveSmallIntegerField(_("jaar van de bron"))
    note = models.TextField(_("toelichting"), blank=True)
    is_active = models.BooleanField(_("in gebruik"), default=True)

    class Meta:
        verbose_name = _("kengetal")
        verbose_name_plural = _("kengetallen")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(unit_cost__gt=0), name="cost_item_positive"),
            models.CheckConstraint(
                condition=Q(low__isnull=True) | Q(low__lte=models.F("unit_cost")),
                name="cost_item_low_not_above",
            ),
            models.CheckConstraint(
                condition=Q(high__isnull=True) | Q(high__gte=models.F("unit_cost")),
                name="cost_item_high_not_below",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_unit_display()})"


class Kassabon(models.Model):
    """The costs of a custom solution set against the costs without it, for one case. A
    kassabon is worked on until the decision; then a frozen copy goes with the decision
    (`frozen_at`, `decision_id`) and is never changed."""

    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.CASCADE,
        related_name="kassabons",
        verbose_name=_("casus"),
    )
    title = models.CharField(_("titel"), max_length=150)
    horizon_years = models.PositiveSmallIntegerField(
        _("horizon (jaren)"), default=3, validators=[MinValueValidator(1), MaxValueValidator(30)]
    )
    discount_rate = models.DecimalField(
        _("discontovoet (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leeg: zonder disconteren."),
    )
    frozen_at = models.DateTimeField(_("bevroren op"), null=True, blank=True)
    decision_id = models.PositiveIntegerField(_("besluit"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(
        _("besluit ingetrokken op"),
        null=True,
        blank=True,
        help_text=_("Het besluit waarmee hij bevroren werd, is vervangen: telt niet meer mee."),
    )
    frozen_from = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="frozen_copies",
        verbose_name=_("bevroren uit"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    created_at = models.DateTimeField(_("gemaakt op"))

    class Meta:
        verbose_name = _("kassabon")
        verbose_name_plural = _("kassabonnen")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(discount_rate__isnull=True)
                | (Q(discount_rate__gte=0) & Q(discount_rate__lte=20)),
                name="kassabon_discount_rate_range",
            ),
            # One working kassabon per case; the frozen ones are per decision.
            models.UniqueConstraint(
                fields=["case"], condition=Q(frozen_at__isnull=True), name="one_open_kassabon"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def frozen(self) -> bool:
        return self.frozen_at is not None


class ScenarioKind(models.TextChoices):
    MET = "met", _("Met de maatwerkoplossing")
    NIETS = "niets", _("Zonder: niets doen")
    REGULIER = "regulier", _("Zonder: de reguliere route")
    ESCALATIE = "escalatie", _("Zonder: escalatie")


class Scenario(models.Model):
    kassabon = models.ForeignKey(
        Kassabon, on_delete=models.CASCADE, related_name="scenarios", verbose_name=_("kassabon")
    )
    kind = models.CharField(_("scenario"), max_length=20, choices=ScenarioKind.choices)
    note = models.CharField(_("toelichting"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("scenario")
        verbose_name_plural = _("scenario's")
        ordering = ["kassabon", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["kassabon", "kind"], name="one_scenario_per_kind")
        ]

    def __str__(self) -> str:
        return self.get_kind_display()


class Line(models.Model):
    """One line on the kassabon: a catalogue item or a free line, how many, for how many
    periods, from which year on, how likely (or a low/high range), and who pays."""

    scenario = models.ForeignKey(
        Scenario, on_delete=models.CASCADE, related_name="lines", verbose_name=_("scenario")
    )
    item = models.ForeignKey(
        CostItem,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("kengetal"),
    )
    description = models.CharField(_("omschrijving"), max_length=200)
    unit_cost = models.DecimalField(_("kosten per eenheid (EUR)"), **MONEY)
    unit = models.CharField(_("eenheid"), max_length=20, choices=Unit.choices)
    low = models.DecimalField(_("laag per eenheid (EUR)"), **MONEY, null=True, blank=True)
    high = models.DecimalField(_("hoog per eenheid (EUR)"), **MONEY, null=True, blank=True)
    quantity = models.DecimalField(_("aantal"), max_digits=10, decimal_places=2, default=1)
    periods = models.PositiveIntegerField(_("aantal perioden"), default=1)
    start_month = models.PositiveIntegerField(
        _("vanaf maand"), default=0, help_text=_("0: meteen; 12: na een jaar.")
    )
    probability = models.DecimalField(
        _("kans (%)"),
        max_digits=5,
        decimal_places=2,
        default=100,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    payer = models.CharField(_("wie betaalt"), max_length=30, choices=PayerKind.choices)
    payer_name = models.CharField(_("naam partner"), max_length=150, blank=True)
    investment = models.BooleanField(
        _("de maatwerkinvestering"),
        default=False,
        help_text=_("De kosten van de oplossing zelf (waartegen de baten worden afgezet)."),
    )

    class Meta:
        verbose_name = _("regel")
        verbose_name_plural = _("regels")
        ordering = ["scenario", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(unit_cost__gt=0), name="line_cost_positive"),
            models.CheckConstraint(condition=Q(quantity__gt=0), name="line_quantity_positive"),
            models.CheckConstraint(condition=Q(periods__gt=0), name="line_periods_positive"),
            models.CheckConstraint(
                condition=Q(probability__gte=0) & Q(probability__lte=100),
                name="line_probability_range",
            ),
        ]

    def __str__(self) -> str:
        return self.description


class RealisedCost(models.Model):
    """What a line really cost, entered from monitoring beside the frozen estimate."""

    kassabon = models.ForeignKey(
        Kassabon, on_delete=models.CASCADE, related_name="realised", verbose_name=_("kassabon")
    )
    scenario_kind = models.CharField(_("scenario"), max_length=20, choices=ScenarioKind.choices)
    description = models.CharField(_("omschrijving"), max_length=200)
    payer = models.CharField(_("wie betaalde"), max_length=30, choices=PayerKind.choices)
    amount = models.DecimalField(_("bedrag (EUR)"), **MONEY)
    period_end = models.DateField(_("tot en met"))
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    entered_at = models.DateTimeField(_("ingevoerd op"))

    class Meta:
        verbose_name = _("gerealiseerde kosten")
        verbose_name_plural = _("gerealiseerde kosten")
        ordering = ["period_end", "pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="realised_positive")]


class SettlementStatement(models.Model):
    """A statement for the financiële verrekening with one partner over a period: the
    municipal investments whose benefits landed with that partner, from the frozen
    kassabons. Its figures are kept as they were made (`lines`, `totals`)."""

    municipality = models.ForeignKey(
        "accounts.Municipality",
        on_delete=models.PROTECT,
        related_name="settlement_statements",
        verbose_name=_("gemeente"),
    )
    partner_kind = models.CharField(_("soort partner"), max_length=30, choices=PayerKind.choices)
    partner_name = models.CharField(_("partner"), max_length=150, blank=True)
    period_start = models.DateField(_("van"))
    period_end = models.DateField(_("tot en met"))
    investment = models.DecimalField(_("investering gemeente (EUR)"), **MONEY)
    benefit = models.DecimalField(_("baten bij de partner (EUR)"), **MONEY)
    lines = models.JSONField(_("regels"), default=list)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    made_at = models.DateTimeField(_("opgesteld op"))

    class Meta:
        verbose_name = _("verrekenoverzicht")
        verbose_name_plural = _("verrekenoverzichten")
        ordering = ["-made_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_partner_kind_display()} {self.period_start}–{self.period_end}"
