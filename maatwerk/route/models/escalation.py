"""Escalation after (or beside) the consultation: the internal ladder per kind of blockage, the
overlegtafel, and the national escalation to the Landelijk Maatwerkloket Multiproblematiek or
the Landelijk Escalatie Team (LET)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from maatwerk.accounts.roles import Role
from maatwerk.cases.domains import LifeDomain

# Roles that can hold a step in the app itself; any other step is held by a party outside it
# (the woningcorporatie, Werk & Inkomen, the wethouder), whose answer a case worker records.
STEP_ROLES = [
    (Role.TEAMLEIDER.value, Role.TEAMLEIDER.label),
    (Role.OMO_FUNCTIONARIS.value, Role.OMO_FUNCTIONARIS.label),
]


class EscalationLadder(models.Model):
    """The internal escalation route for one kind of blockage in one municipality. A ladder
    whose holder is not known ("bevoegde onbekend", e.g. PGB spent on education) has no steps:
    an escalation on it waits for the OMO-functionaris to find out who may decide."""

    municipality = models.ForeignKey(
        "accounts.Municipality",
        on_delete=models.CASCADE,
        related_name="escalation_ladders",
        verbose_name=_("gemeente"),
    )
    name = models.CharField(_("soort knelpunt"), max_length=100)
    domain = models.CharField(
        _("leefgebied"),
        max_length=30,
        choices=LifeDomain.choices,
        blank=True,
        help_text=_("Voorgesteld bij een casus met dit leefgebied."),
    )
    authority_unknown = models.BooleanField(
        _("bevoegde onbekend"),
        default=False,
        help_text=_(
            "Niemand weet nog wie hierover mag beslissen; de OMO-functionaris zoekt het uit."
        ),
    )

    class Meta:
        verbose_name = _("escalatieladder")
        verbose_name_plural = _("escalatieladders")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "name"], name="ladder_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class LadderStep(models.Model):
    ladder = models.ForeignKey(
        EscalationLadder, on_delete=models.CASCADE, related_name="steps", verbose_name=_("ladder")
    )
    number = models.PositiveSmallIntegerField(_("stap"), validators=[MinValueValidator(1)])
    title = models.CharField(_("wie"), max_length=120)
    holder_role = models.CharField(
        _("rol in Maatwerk"),
        max_length=30,
        choices=STEP_ROLES,
        blank=True,
        help_text=_(
            "Leeg: de stap ligt buiten Maatwerk (een partner, de wethouder); een "
            "casusmedewerker legt het antwoord vast, met wie het gaf."
        ),
    )
    term_working_days = models.PositiveSmallIntegerField(
        _("termijn (werkdagen)"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
    )

    class Meta:
        verbose_name = _("stap op de ladder")
        verbose_name_plural = _("stappen op de ladder")
        ordering = ["ladder", "number"]
        constraints = [
            models.UniqueConstraint(fields=["ladder", "number"], name="ladder_step_unique_number")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


class EscalationStatus(models.TextChoices):
    OPEN = "open", _("Loopt")
    BEVOEGDE_ONBEKEND = "bevoegde_onbekend", _("Bevoegde onbekend")
    OPGELOST = "opgelost", _("Opgelost")
    LADDER_OP = "ladder_op", _("Ladder doorlopen zonder oplossing")


class Escalation(models.Model):
    """A blockage taken up the ladder. Steps are taken one at a time, in order."""

    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="escalations", verbose_name=_("casus")
    )
    ladder = models.ForeignKey(
        EscalationLadder, on_delete=models.PROTECT, related_name="+", verbose_name=_("ladder")
    )
    blockage = models.ForeignKey(
        "cases.Blockage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("knelpunt"),
    )
    question = models.TextField(_("wat er nodig is"))
    status = models.CharField(
        _("stand"), max_length=20, choices=EscalationStatus.choices, db_index=True
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    started_at = models.DateTimeField(_("gestart op"))
    closed_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)

    class Meta:
        verbose_name = _("escalatie")
        verbose_name_plural = _("escalaties")
        ordering = ["-started_at", "-pk"]


class EscalationStep(models.Model):
    """One step of an escalation: who holds it, when the answer is due, and the answer."""

    class Result(models.TextChoices):
        OPGELOST = "opgelost", _("Opgelost")
        VOLGENDE = "volgende_stap", _("Niet opgelost: volgende stap")

    escalation = models.ForeignKey(
        Escalation, on_delete=models.CASCADE, related_name="steps", verbose_name=_("escalatie")
    )
    number = models.PositiveSmallIntegerField(_("stap"))
    title = models.CharField(_("wie"), max_length=120)
    holder_role = models.CharField(_("rol in Maatwerk"), max_length=30, blank=True)
    asked_at = models.DateTimeField(_("gevraagd op"))
    due_date = models.DateField(_("antwoord uiterlijk"), db_index=True)
    answered_at = models.DateTimeField(_("beantwoord op"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("vastgelegd door"),
    )
    answered_by_name = models.CharField(_("antwoord gegeven door"), max_length=150, blank=True)
    answer = models.TextField(_("antwoord"), blank=True)
    result = models.CharField(_("uitkomst"), max_length=20, choices=Result.choices, blank=True)

    class Meta:
        verbose_name = _("escalatiestap")
        verbose_name_plural = _("escalatiestappen")
        ordering = ["escalation", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["escalation", "number"], name="escalation_step_unique_number"
            )
        ]


class RoundTable(models.Model):
    """An overlegtafel: every discipline at one table, on a date, with what came of it."""

    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="round_tables", verbose_name=_("casus")
    )
    escalation = models.ForeignKey(
        Escalation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="round_tables",
        verbose_name=_("bij escalatie"),
    )
    held_on = models.DateField(_("datum"))
    parties = models.TextField(_("uitgenodigde partijen"))
    outcome = models.TextField(_("uitkomst"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    recorded_at = models.DateTimeField(_("vastgelegd op"))

    class Meta:
        verbose_name = _("overlegtafel")
        verbose_name_plural = _("overlegtafels")
        ordering = ["-held_on", "-pk"]


class NationalBody(models.TextChoices):
    MAATWERKLOKET = "maatwerkloket", _("Landelijk Maatwerkloket Multiproblematiek")
    LET = "let", _("Landelijk Escalatie Team (LET)")


class ExternalEscalation(models.Model):
    """The case put before a national body: what was sent (the export, kept as sent), when and
    by whom, and the answer."""

    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.CASCADE,
        related_name="external_escalations",
        verbose_name=_("casus"),
    )
    body = models.CharField(_("aan"), max_length=20, choices=NationalBody.choices)
    question = models.TextField(_("vraag"))
    with_personal_data = models.BooleanField(_("met persoonsgegevens (toestemming)"))
    export = models.JSONField(_("verzonden dossier"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    sent_at = models.DateTimeField(_("verzonden op"))
    their_reference = models.CharField(_("kenmerk van de ontvanger"), max_length=60, blank=True)
    answer = models.TextField(_("antwoord"), blank=True)
    answered_at = models.DateTimeField(_("antwoord vastgelegd op"), null=True, blank=True)
    answer_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("antwoord vastgelegd door"),
    )

    class Meta:
        verbose_name = _("landelijke escalatie")
        verbose_name_plural = _("landelijke escalaties")
        ordering = ["-sent_at", "-pk"]
