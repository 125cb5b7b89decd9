"""What functioneel beheer configures per municipality for the route: the weekly consultation
slot, the mandate (who decides at which level, and the College threshold) and the decision
letter."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from maatwerk.accounts.roles import Role


def parse_monitoring_months(value: str) -> list[int]:
    """ "6,12" → [6, 12]; refuses anything but rising whole months from 1 to 60."""
    try:
        months = [int(part) for part in value.replace(" ", "").split(",") if part]
    except ValueError:
        months = []
    if not months or months != sorted(set(months)) or not all(1 <= m <= 60 for m in months):
        raise ValidationError(
            _("Geef oplopende aantallen maanden tussen 1 en 60, gescheiden door komma's.")
        )
    return months


def validate_monitoring_months(value: str) -> None:
    parse_monitoring_months(value)


class Weekday(models.IntegerChoices):
    MAANDAG = 0, _("maandag")
    DINSDAG = 1, _("dinsdag")
    WOENSDAG = 2, _("woensdag")
    DONDERDAG = 3, _("donderdag")
    VRIJDAG = 4, _("vrijdag")


# Roles that may hold a decision mandate or enter the College's decision: they see the case
# with its personal data, so an anonymised role can never be chosen.
MANDATE_ROLES = [
    (Role.TEAMLEIDER.value, Role.TEAMLEIDER.label),
    (Role.OMO_FUNCTIONARIS.value, Role.OMO_FUNCTIONARIS.label),
    (Role.CONSULENT.value, Role.CONSULENT.label),
]


class RouteSettings(models.Model):
    """One row per municipality. Defaults are the ones the demo and a new municipality start
    with; beheer changes them in the beheer screens."""

    municipality = models.OneToOneField(
        "accounts.Municipality",
        on_delete=models.CASCADE,
        related_name="route_settings",
        verbose_name=_("gemeente"),
    )
    consultation_weekday = models.PositiveSmallIntegerField(
        _("dag van het casusoverleg"), choices=Weekday.choices, default=Weekday.DINSDAG
    )
    consultation_time = models.TimeField(_("tijd"), default=datetime.time(10, 0))
    consultation_place = models.CharField(
        _("plaats"), max_length=150, default="Stadskantoor, spreekkamer OMO"
    )
    within_frameworks_role = models.CharField(
        _("besluit binnen bestaande kaders door"),
        max_length=30,
        choices=MANDATE_ROLES,
        default=Role.TEAMLEIDER,
        help_text=_("De ambtelijke rol die besluit als de oplossing binnen de kaders past."),
    )
    college_threshold = models.DecimalField(
        _("drempelbedrag College (EUR)"),
        max_digits=12,
        decimal_places=2,
        default=Decimal("25000.00"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Boven dit bedrag besluit het College van B&W."),
    )
    college_recorder_role = models.CharField(
        _("College-besluit vastgelegd door"),
        max_length=30,
        choices=MANDATE_ROLES,
        default=Role.OMO_FUNCTIONARIS,
        help_text=_("Legt het besluit van het College vast, met datum en kenmerk."),
    )
    objection_body = models.CharField(
        _("bezwaar richten aan"),
        max_length=200,
        default="het college van burgemeester en wethouders",
    )
    letter_template = models.TextField(
        _("sjabloon besluitbrief"),
        blank=True,
        help_text=_(
            "Leeg: de standaardbrief. Velden tussen dubbele accolades, bijvoorbeeld "
            "{{ besluit }}; de lijst staat onder het veld."
        ),
    )

    decision_term_working_days = models.PositiveSmallIntegerField(
        _("besluittermijn na het casusoverleg (werkdagen)"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text=_(
            "Week 1: besluit binnen zoveel werkdagen na het overleg. Een bezinningsperiode "
            "geeft dezelfde termijn nog eens (week 2)."
        ),
    )
    reminder_working_days = models.PositiveSmallIntegerField(
        _("herinnering vooraf (werkdagen)"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text=_(
            "Zoveel werkdagen voor het einde van een time-out of een monitoringsmoment "
            "krijgt de regisseur een melding."
        ),
    )
    monitoring_months = models.CharField(
        _("monitoringsmomenten (maanden na uitvoering)"),
        max_length=40,
        default="6,12",
        validators=[validate_monitoring_months],
        help_text=_("Gescheiden door komma's, oplopend; bijvoorbeeld 6,12 of 3,6,12."),
    )

    class Meta:
        verbose_name = _("instellingen route")
        verbose_name_plural = _("instellingen route")

    def __str__(self) -> str:
        return str(self.municipality)
