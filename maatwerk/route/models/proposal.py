from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class MandateLevel(models.TextChoices):
    BINNEN_KADERS = "binnen_kaders", _("Binnen bestaande kaders")
    BUITEN_KADERS = "buiten_kaders", _("Buiten bestaande kaders")
    COLLEGE = "college", _("College van B&W")


class LegalGround(models.TextChoices):
    HARDHEIDSCLAUSULE = "hardheidsclausule", _("Hardheidsclausule")
    AFWIJKINGSBEVOEGDHEID = "afwijkingsbevoegdheid", _("Afwijkingsbevoegdheid")
    DISCRETIONAIR = "discretionair", _("Discretionaire bevoegdheid")
    EXPERIMENTEERBEPALING = "experimenteerbepaling", _("Experimenteerbepaling")
    ANDERS = "anders", _("Anders (in de toelichting)")


SCORE = [MinValueValidator(1), MaxValueValidator(5)]

# The three values of the Waardendriehoek, with their labels and the question each asks.
VALUES: tuple[tuple[str, str, str], ...] = (
    (
        "rendement",
        _("Rendement"),
        _("Levert de oplossing op wat nodig is, tegen redelijke kosten?"),
    ),
    ("legitimiteit", _("Legitimiteit"), _("Is de oplossing rechtmatig en uit te leggen?")),
    ("betrokkenheid", _("Betrokkenheid"), _("Draagt het huishouden de oplossing mee?")),
)


class Proposal(models.Model):
    """A voorstel: the solution put forward for a decision, with its cost, its assessment in
    the Waardendriehoek and, when it deviates from a rule, which rule and on what ground. A
    proposal is not changed once made: a better one is a new proposal."""

    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="proposals", verbose_name=_("casus")
    )
    solution = models.TextField(_("oplossing"))
    cost_estimate = models.DecimalField(
        _("geraamde kosten (EUR)"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    within_frameworks = models.BooleanField(
        _("past binnen bestaande kaders"),
        help_text=_("Kan dit met de regels en budgetten die er al zijn?"),
    )
    fund_requested = models.BooleanField(_("geld uit een fonds gevraagd"), default=False)
    fund_amount = models.DecimalField(
        _("gevraagd uit een fonds (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    # Which fund is asked (the fund keeps the ledger; the route keeps the link) and why no
    # regular budget applies: the fund is for exceptional use only.
    fund = models.ForeignKey(
        "fund.Fund",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("fonds"),
    )
    regular_budget_reason = models.TextField(
        _("waarom geen regulier budget"),
        blank=True,
        help_text=_(
            "Waarom Wmo, Jeugdwet, Participatiewet, bijzondere bijstand of een ander regulier "
            "budget hier niet van toepassing is. Zonder namen: de controller leest dit."
        ),
    )
    rendement_score = models.PositiveSmallIntegerField(_("rendement"), validators=SCORE)
    rendement_motivation = models.TextField(_("motivering rendement"))
    legitimiteit_score = models.PositiveSmallIntegerField(_("legitimiteit"), validators=SCORE)
    legitimiteit_motivation = models.TextField(_("motivering legitimiteit"))
    betrokkenheid_score = models.PositiveSmallIntegerField(_("betrokkenheid"), validators=SCORE)
    betrokkenheid_motivation = models.TextField(_("motivering betrokkenheid"))
    # Pas toe en leg uit, of wijk af en leg uit.
    deviates = models.BooleanField(_("wijkt af van een regel"), default=False)
    deviation_rule = models.CharField(_("van welke regel"), max_length=200, blank=True)
    deviation_ground = models.CharField(
        _("grondslag"), max_length=30, choices=LegalGround.choices, blank=True
    )
    deviation_power_holder = models.CharField(
        _("wie heeft die bevoegdheid"), max_length=200, blank=True
    )
    deviation_motivation = models.TextField(_("motivering van de afwijking"), blank=True)
    mandate_level = models.CharField(
        _("mandaatniveau"), max_length=20, choices=MandateLevel.choices, editable=False
    )
    canvas_version = models.ForeignKey(
        "route.CanvasVersion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("canvas bij het voorstel"),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="route_proposals",
        verbose_name=_("ingediend door"),
    )
    proposed_at = models.DateTimeField(_("ingediend op"))

    class Meta:
        verbose_name = _("voorstel")
        verbose_name_plural = _("voorstellen")
        ordering = ["-proposed_at", "-pk"]
        # The list of proposals awaiting a decision walks them oldest first and stops at a
        # page: without this it sorts every candidate first.
        indexes = [models.Index(fields=["proposed_at", "id"], name="proposal_oldest_first")]

    def __str__(self) -> str:
        return f"Voorstel {self.pk}"

    def scores(self) -> dict[str, int]:
        return {name: getattr(self, f"{name}_score") for name, _l, _q in VALUES}


class Recommendation(models.TextChoices):
    AKKOORD = "akkoord", _("Akkoord")
    VOORWAARDEN = "akkoord_met_voorwaarden", _("Akkoord met voorwaarden")
    AFWIJZEN = "afwijzen", _("Afwijzen")


class Advice(models.Model):
    """The OMO-functionaris's advice on a proposal: a record of its own, apart from the
    decision (advies en besluit gescheiden)."""

    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="advices", verbose_name=_("voorstel")
    )
    recommendation = models.CharField(_("advies"), max_length=30, choices=Recommendation.choices)
    text = models.TextField(_("toelichting"))
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    given_at = models.DateTimeField(_("op"))

    class Meta:
        verbose_name = _("advies")
        verbose_name_plural = _("adviezen")
        ordering = ["given_at", "pk"]


class PortfolioConsultation(models.Model):
    """A proposal put before a portefeuillehouder, and the view they gave on it."""

    proposal = models.ForeignKey(
        Proposal,
        on_delete=models.CASCADE,
        related_name="portfolio_consultations",
        verbose_name=_("voorstel"),
    )
    portefeuillehouder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="portfolio_consultations",
        verbose_name=_("portefeuillehouder"),
    )
    question = models.TextField(_("vraag"))
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("voorgelegd door"),
    )
    asked_at = models.DateTimeField(_("voorgelegd op"))
    view = models.TextField(_("zienswijze"), blank=True)
    answered_at = models.DateTimeField(_("gegeven op"), null=True, blank=True)

    class Meta:
        verbose_name = _("consultatie portefeuillehouder")
        verbose_name_plural = _("consultaties portefeuillehouder")
        ordering = ["asked_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "portefeuillehouder"], name="one_consultation_per_alderman"
            )
        ]


class DecisionOutcome(models.TextChoices):
    AKKOORD = "akkoord", _("Akkoord")
    VOORWAARDEN = "akkoord_met_voorwaarden", _("Akkoord met voorwaarden")
    AFGEWEZEN = "afgewezen", _("Afgewezen")
    AANGEHOUDEN = "aangehouden", _("Aangehouden")
    # Only as a new decision that replaces a taken one.
    INGETROKKEN = "ingetrokken", _("Ingetrokken")


APPROVING = frozenset({DecisionOutcome.AKKOORD, DecisionOutcome.VOORWAARDEN})


class Decision(models.Model):
    """A besluit on a proposal by whoever holds the mandate for its level. A decision taken
    is never changed: it is withdrawn or replaced by a new decision that names it
    (`supersedes`) with a reason."""

    proposal = models.ForeignKey(
        Proposal, on_delete=models.PROTECT, related_name="decisions", verbose_name=_("voorstel")
    )
    outcome = models.CharField(_("besluit"), max_length=30, choices=DecisionOutcome.choices)
    motivation = models.TextField(_("motivering"))
    conditions = models.TextField(_("voorwaarden"), blank=True)
    level = models.CharField(_("mandaatniveau"), max_length=20, choices=MandateLevel.choices)
    awb_besluit = models.BooleanField(
        _("besluit in de zin van de Awb"),
        default=False,
        help_text=_("Dan staat in de brief dat en waar bezwaar kan worden gemaakt."),
    )
    college_date = models.DateField(_("datum collegebesluit"), null=True, blank=True)
    college_reference = models.CharField(_("kenmerk collegebesluit"), max_length=60, blank=True)
    supersedes = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="superseded_by",
        verbose_name=_("vervangt besluit"),
    )
    supersede_reason = models.TextField(_("reden van vervangen"), blank=True)
    # The reservation on the fund this decision made (approving, with a fund request).
    commitment = models.OneToOneField(
        "fund.LedgerEntry",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reservering op het fonds"),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="route_decisions",
        verbose_name=_("vastgelegd door"),
    )
    decided_at = models.DateTimeField(_("vastgelegd op"))

    class Meta:
        verbose_name = _("besluit")
        verbose_name_plural = _("besluiten")
        ordering = ["decided_at", "pk"]
        constraints = [
            # The first final decision on a proposal is taken once, even when two people
            # decide at the same moment; later ones replace it by name (`supersedes`).
            models.UniqueConstraint(
                fields=["proposal"],
                condition=models.Q(supersedes__isnull=True) & ~models.Q(outcome="aangehouden"),
                name="one_first_decision_per_proposal",
            )
        ]

    def __str__(self) -> str:
        return f"Besluit {self.pk}: {self.get_outcome_display()}"

    @property
    def approves(self) -> bool:
        return self.outcome in APPROVING


class DecisionLetter(models.Model):
    """The besluitbrief as it was sent: its text is kept, so the letter can be printed again
    exactly, whatever the template says later."""

    decision = models.OneToOneField(
        Decision, on_delete=models.PROTECT, related_name="letter", verbose_name=_("besluit")
    )
    text = models.TextField(_("tekst"))
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    made_at = models.DateTimeField(_("opgesteld op"))

    class Meta:
        verbose_name = _("besluitbrief")
        verbose_name_plural = _("besluitbrieven")
