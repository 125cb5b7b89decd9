"""A fund (or stelpost) of a municipality for one budget year, its rules in plain words, the
mandate limits per role, and its append-only ledger."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from maatwerk.accounts.roles import Role

MONEY = {"max_digits": 14, "decimal_places": 2}
POSITIVE = [MinValueValidator(Decimal("0.01"))]


class FundKind(models.TextChoices):
    FONDS = "fonds", _("Fonds (flexibel, meerdere keren te gebruiken)")
    STELPOST = "stelpost", _("Stelpost (niet geoormerkt, per jaar)")


class MoneySource(models.TextChoices):
    FDSD = "fdsd", _("Fonds Decentralisaties Sociaal Domein")
    POK = "pok", _("POK-middelen")
    GEMEENTEFONDS = "gemeentefonds", _("Gemeentefonds (algemene uitkering)")
    EIGEN = "eigen", _("Eigen middelen van de gemeente")
    PARTNERS = "partners", _("Bijdragen van partners")
    ANDERS = "anders", _("Anders (in de toelichting)")


class Fund(models.Model):
    """Money set aside for custom solutions where no regular budget applies. The running
    totals live on the ledger's entries (each carries the balances after it), so this row
    only describes the fund and is the lock every booking takes."""

    municipality = models.ForeignKey(
        "accounts.Municipality",
        on_delete=models.PROTECT,
        related_name="funds",
        verbose_name=_("gemeente"),
    )
    name = models.CharField(_("naam"), max_length=120)
    kind = models.CharField(_("soort"), max_length=20, choices=FundKind.choices)
    year = models.PositiveSmallIntegerField(_("begrotingsjaar"))
    source = models.CharField(
        _("herkomst van het geld"), max_length=20, choices=MoneySource.choices
    )
    source_note = models.CharField(_("toelichting herkomst"), max_length=200, blank=True)
    rules = models.TextField(
        _("regels in gewone woorden"),
        help_text=_(
            "Wat de consulent leest die om geld vraagt: waarvoor het fonds is en waarvoor niet."
        ),
    )
    is_open = models.BooleanField(_("open voor aanvragen"), default=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("fonds")
        verbose_name_plural = _("fondsen")
        ordering = ["-year", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "name", "year"], name="fund_one_per_name_and_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.year}"


# Roles that may hold a fund mandate: those who decide proposals (route.models.MANDATE_ROLES).
LIMIT_ROLES = [
    (Role.TEAMLEIDER.value, Role.TEAMLEIDER.label),
    (Role.OMO_FUNCTIONARIS.value, Role.OMO_FUNCTIONARIS.label),
    (Role.CONSULENT.value, Role.CONSULENT.label),
]


class MandateLimit(models.Model):
    """Up to which amount a role may commit this fund. Above every limit the College
    decides (the route's mandate levels ask `services.limit_for`)."""

    fund = models.ForeignKey(
        Fund, on_delete=models.CASCADE, related_name="limits", verbose_name=_("fonds")
    )
    role = models.CharField(_("rol"), max_length=30, choices=LIMIT_ROLES)
    up_to = models.DecimalField(_("tot en met (EUR)"), **MONEY, validators=POSITIVE)

    class Meta:
        verbose_name = _("mandaatgrens")
        verbose_name_plural = _("mandaatgrenzen")
        ordering = ["up_to"]
        constraints = [
            models.UniqueConstraint(fields=["fund", "role"], name="fund_one_limit_per_role"),
            models.CheckConstraint(condition=Q(up_to__gt=0), name="fund_limit_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.up_to}"


class EntryKind(models.TextChoices):
    ALLOCATION = "allocation", _("Budget toegekend")
    TOPUP = "topup", _("Aanvulling")
    COMMITMENT = "commitment", _("Reservering")
    PAYMENT = "payment", _("Betaling")
    PREFINANCING = "prefinancing", _("Voorfinanciering")
    RELEASE = "release", _("Vrijval")
    REPAYMENT = "repayment", _("Terugbetaling")
    WRITE_OFF = "write_off", _("Afgeboekt")
    CORRECTION = "correction", _("Correctie")


class TopUpSource(models.TextChoices):
    SAVINGS = "savings", _("Gemonitorde besparing elders")
    PARTNER = "partner", _("Bijdrage van een partner")
    BUDGET = "budget", _("Extra budget (raads- of collegebesluit)")


class PayerKind(models.TextChoices):
    """Who bears a cost or owes a pre-financed amount (the kassabon's payers too)."""

    GEMEENTE_JEUGD = "gemeente_jeugd", _("Gemeente – Jeugd")
    GEMEENTE_WMO = "gemeente_wmo", _("Gemeente – Wmo")
    GEMEENTE_PARTICIPATIE = "gemeente_participatie", _("Gemeente – Participatie")
    GEMEENTE_SCHULDHULP = "gemeente_schuldhulp", _("Gemeente – Schuldhulp")
    GEMEENTE_ONDERWIJS = "gemeente_onderwijs", _("Gemeente – Onderwijs/leerlingenvervoer")
    GEMEENTE_FONDS = "gemeente_fonds", _("Gemeente – maatwerkfonds")
    WONINGCORPORATIE = "woningcorporatie", _("Woningcorporatie")
    ZORGVERZEKERAAR = "zorgverzekeraar", _("Zorgverzekeraar")
    WLZ = "wlz", _("Wlz-uitvoerder")
    RIJK = "rijk", _("Rijk / UWV")
    SCHOOL = "school", _("School / samenwerkingsverband")
    ANDERE_GEMEENTE = "andere_gemeente", _("Andere gemeente")
    HUISHOUDEN = "huishouden", _("Het huishouden zelf")
    OVERIG = "overig", _("Overig")


MUNICIPAL_PAYERS = frozenset(p for p in PayerKind.values if p.startswith("gemeente_"))


class LedgerEntry(models.Model):
    """One booking on a fund, never changed or deleted: a mistake is corrected by a new entry.

    Every entry carries the fund's totals *after* it (`available_after`, …) and its place
    in the fund's sequence. Two bookings computed from the same predecessor collide on
    (fund, sequence); a booking that would take the fund (or a commitment, or a receivable)
    below zero fails the CHECK constraints. Those are the database's last line of defence
    behind the row lock the services take on the fund."""

    fund = models.ForeignKey(
        Fund, on_delete=models.PROTECT, related_name="entries", verbose_name=_("fonds")
    )
    sequence = models.PositiveIntegerField(_("volgnummer"))
    kind = models.CharField(_("soort"), max_length=20, choices=EntryKind.choices)
    amount = models.DecimalField(_("bedrag (EUR)"), **MONEY)
    # The totals after this entry.
    budget_after = models.DecimalField(_("budget na"), **MONEY)
    available_after = models.DecimalField(_("beschikbaar na"), **MONEY)
    committed_after = models.DecimalField(_("gereserveerd na"), **MONEY)
    paid_after = models.DecimalField(_("betaald na"), **MONEY)
    receivable_after = models.DecimalField(_("te ontvangen na"), **MONEY)
    topped_up_after = models.DecimalField(_("aangevuld na"), **MONEY)
    # What this entry belongs to: the commitment it draws on (payments, releases,
    # pre-financing), the pre-financing it settles (repayments, write-offs), and what is
    # left open on that commitment or receivable after it.
    commitment = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="drawings",
        verbose_name=_("reservering"),
    )
    commitment_open_after = models.DecimalField(
        _("open op de reservering na"), **MONEY, null=True, blank=True
    )
    receivable = models.ForeignKey(
        "fund.Receivable",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="entries",
        verbose_name=_("vordering"),
    )
    receivable_open_after = models.DecimalField(
        _("open op de vordering na"), **MONEY, null=True, blank=True
    )
    corrects = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="corrections",
        verbose_name=_("corrigeert"),
    )
    # The case it is for (kept as a reference when the case file is destroyed) and the
    # decision, as the route's id: the fund knows nothing of the route's models.
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="fund_entries",
        verbose_name=_("casus"),
    )
    case_reference = models.CharField(_("casusnummer"), max_length=30, blank=True)
    decision_id = models.PositiveIntegerField(_("besluit"), null=True, blank=True)
    top_up_source = models.CharField(
        _("herkomst aanvulling"), max_length=20, choices=TopUpSource.choices, blank=True
    )
    statement = models.ForeignKey(
        "fund.SettlementStatement",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="contributions",
        verbose_name=_("verrekenoverzicht"),
    )
    payee = models.CharField(_("aan / van wie"), max_length=200, blank=True)
    reference = models.CharField(_("kenmerk"), max_length=100, blank=True)
    reason = models.TextField(_("reden"), blank=True)
    value_date = models.DateField(_("datum"))
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="fund_entries",
        verbose_name=_("geboekt door"),
    )
    booked_at = models.DateTimeField(_("geboekt op"))

    class Meta:
        verbose_name = _("boeking")
        verbose_name_plural = _("boekingen")
        ordering = ["fund", "sequence"]
        indexes = [
            models.Index(fields=["case", "sequence"], name="fund_entry_by_case"),
            # The worklist's commitments without a payment, oldest first.
            models.Index(fields=["fund", "kind", "value_date"], name="fund_entry_by_kind"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["fund", "sequence"], name="fund_entry_sequence"),
            models.CheckConstraint(condition=Q(amount__gt=0), name="fund_entry_amount_positive"),
            models.CheckConstraint(
                condition=Q(available_after__gte=0), name="fund_never_over_committed"
            ),
            models.CheckConstraint(
                condition=Q(committed_after__gte=0)
                & Q(paid_after__gte=0)
                & Q(receivable_after__gte=0)
                & Q(budget_after__gte=0)
                & Q(topped_up_after__gte=0),
                name="fund_totals_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(commitment_open_after__isnull=True) | Q(commitment_open_after__gte=0),
                name="fund_commitment_not_overdrawn",
            ),
            models.CheckConstraint(
                condition=Q(receivable_open_after__isnull=True) | Q(receivable_open_after__gte=0),
                name="fund_receivable_not_overpaid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.fund} #{self.sequence}: {self.get_kind_display()} {self.amount}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not kwargs.pop("_erasure", False):
            raise RuntimeError("Een boeking wordt nooit gewijzigd: boek een correctie.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise RuntimeError("Een boeking wordt nooit verwijderd: boek een correctie.")


class Receivable(models.Model):
    """Overbruggingsprocedure: money pre-financed now that another party is expected to pay
    back. What is repaid or written off is booked on the ledger; this row only says who owes
    it and when (it is not changed either)."""

    fund = models.ForeignKey(
        Fund, on_delete=models.PROTECT, related_name="receivables", verbose_name=_("fonds")
    )
    debtor_kind = models.CharField(_("soort partij"), max_length=30, choices=PayerKind.choices)
    debtor = models.CharField(_("partij die terugbetaalt"), max_length=200)
    amount = models.DecimalField(_("bedrag (EUR)"), **MONEY, validators=POSITIVE)
    due_date = models.DateField(_("terug te betalen uiterlijk"))
    agreement = models.CharField(_("afspraak / kenmerk"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    created_at = models.DateTimeField(_("vastgelegd op"))

    class Meta:
        verbose_name = _("vordering (voorfinanciering)")
        verbose_name_plural = _("vorderingen (voorfinanciering)")
        ordering = ["due_date", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="fund_receivable_positive")
        ]

    def __str__(self) -> str:
        return f"{self.debtor}: {self.amount}"


class Reminder(models.Model):
    """A reminder sent to the party that owes a pre-financed amount."""

    receivable = models.ForeignKey(
        Receivable, on_delete=models.PROTECT, related_name="reminders", verbose_name=_("vordering")
    )
    note = models.CharField(_("notitie"), max_length=300, blank=True)
    sent_on = models.DateField(_("verstuurd op"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )

    class Meta:
        verbose_name = _("herinnering")
        verbose_name_plural = _("herinneringen")
        ordering = ["sent_on", "pk"]
