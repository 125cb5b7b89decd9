"""After the decision: the time-out that protects the household's livelihood meanwhile, the
plan (1Gezin1Plan1Regisseur), the monitoring moments and the evaluation that closes the route."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from maatwerk.cases.domains import LifeDomain


class TimeOut(models.Model):
    """A decision or a collection suspended because it threatens the household's livelihood,
    while the parties look for an alternative (the time-out bevoegdheid)."""

    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="time_outs", verbose_name=_("casus")
    )
    organisation = models.CharField(_("organisatie"), max_length=150)
    subject = models.CharField(_("welk besluit of welke vordering"), max_length=300)
    starts_on = models.DateField(_("ingang"))
    ends_on = models.DateField(_("einde"), db_index=True)
    reason = models.TextField(_("reden"))
    agreed_with = models.CharField(_("afgesproken met"), max_length=150)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    registered_at = models.DateTimeField(_("vastgelegd op"))
    ended_early_on = models.DateField(_("eerder beëindigd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("time-out")
        verbose_name_plural = _("time-outs")
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="time_out_ends_after_it_starts",
            )
        ]


class Plan(models.Model):
    """One plan for the household, under the decision it carries out."""

    case = models.OneToOneField(
        "cases.Case", on_delete=models.CASCADE, related_name="plan", verbose_name=_("casus")
    )
    decision = models.ForeignKey(
        "route.Decision", on_delete=models.PROTECT, related_name="plans", verbose_name=_("besluit")
    )
    summary = models.TextField(_("wat we samen gaan doen"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    created_at = models.DateTimeField(_("opgesteld op"))
    carried_out_at = models.DateTimeField(_("oplossing uitgevoerd op"), null=True, blank=True)
    carried_out_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uitgevoerd gemeld door"),
    )

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plannen")


class GoalStatus(models.TextChoices):
    OPEN = "open", _("Nog niet begonnen")
    BEZIG = "bezig", _("Bezig")
    BEHAALD = "behaald", _("Behaald")
    NIET_BEHAALD = "niet_behaald", _("Niet behaald")


class Goal(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="goals")
    description = models.CharField(_("doel"), max_length=300)
    owner = models.CharField(_("wie"), max_length=150)
    due_date = models.DateField(_("uiterlijk"), db_index=True)
    status = models.CharField(
        _("stand"), max_length=20, choices=GoalStatus.choices, default=GoalStatus.OPEN
    )

    class Meta:
        verbose_name = _("doel")
        verbose_name_plural = _("doelen")
        ordering = ["due_date", "pk"]


class HouseholdCommitment(models.Model):
    """What the household itself takes on: the plan is made with them, not about them."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="commitments")
    description = models.CharField(_("afspraak"), max_length=300)

    class Meta:
        verbose_name = _("afspraak van het huishouden")
        verbose_name_plural = _("afspraken van het huishouden")
        ordering = ["pk"]


class Change(models.TextChoices):
    BETER = "beter", _("Beter")
    GELIJK = "gelijk", _("Gelijk")
    SLECHTER = "slechter", _("Slechter")


class YesNoUnknown(models.TextChoices):
    JA = "ja", _("Ja")
    NEE = "nee", _("Nee")
    ONBEKEND = "onbekend", _("Onbekend")


class MonitoringMoment(models.Model):
    """A follow-up moment after the solution was carried out (by default 6 and 12 months)."""

    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.CASCADE,
        related_name="monitoring_moments",
        verbose_name=_("casus"),
    )
    number = models.PositiveSmallIntegerField(_("moment"))
    months = models.PositiveSmallIntegerField(_("maanden na uitvoering"))
    due_date = models.DateField(_("gepland op"), db_index=True)
    answered_at = models.DateTimeField(_("beantwoord op"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("door"),
    )
    regular_care_reduced = models.CharField(
        _("reguliere zorg afgenomen"), max_length=10, choices=YesNoUnknown.choices, blank=True
    )
    debts = models.CharField(_("schulden"), max_length=10, choices=Change.choices, blank=True)
    housing_stable = models.CharField(
        _("wonen stabiel"), max_length=10, choices=YesNoUnknown.choices, blank=True
    )
    costs_avoided = models.DecimalField(
        _("vermeden kosten (EUR)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    household_judgement = models.TextField(_("oordeel van het huishouden"), blank=True)
    notes = models.TextField(_("toelichting"), blank=True)

    class Meta:
        verbose_name = _("monitoringsmoment")
        verbose_name_plural = _("monitoringsmomenten")
        ordering = ["case", "number"]
        constraints = [
            models.UniqueConstraint(fields=["case", "number"], name="monitoring_moment_unique")
        ]
        indexes = [
            models.Index(
                fields=["due_date"],
                condition=models.Q(answered_at__isnull=True),
                name="monitoring_open_by_due_date",
            )
        ]


class DomainResult(models.Model):
    moment = models.ForeignKey(
        MonitoringMoment, on_delete=models.CASCADE, related_name="domain_results"
    )
    domain = models.CharField(_("leefgebied"), max_length=30, choices=LifeDomain.choices)
    change = models.CharField(_("situatie"), max_length=10, choices=Change.choices)

    class Meta:
        verbose_name = _("uitkomst per leefgebied")
        verbose_name_plural = _("uitkomsten per leefgebied")
        ordering = ["moment", "domain"]
        constraints = [
            models.UniqueConstraint(fields=["moment", "domain"], name="one_result_per_domain")
        ]


class Evaluation(models.Model):
    """The last word on the route: is the solution embedded in the regular processes, and what
    did we learn. Recording it closes the route and the case file."""

    case = models.OneToOneField(
        "cases.Case", on_delete=models.CASCADE, related_name="evaluation", verbose_name=_("casus")
    )
    embedded = models.BooleanField(_("geborgd in de reguliere processen"))
    lessons = models.TextField(_("geleerde lessen"))
    evaluated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    evaluated_at = models.DateTimeField(_("op"))

    class Meta:
        verbose_name = _("evaluatie")
        verbose_name_plural = _("evaluaties")
