from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Consultation(models.Model):
    """One weekly casusoverleg of a municipality (made when the first case is put on it)."""

    municipality = models.ForeignKey(
        "accounts.Municipality",
        on_delete=models.PROTECT,
        related_name="consultations",
        verbose_name=_("gemeente"),
    )
    date = models.DateField(_("datum"))
    time = models.TimeField(_("tijd"))
    place = models.CharField(_("plaats"), max_length=150)

    class Meta:
        verbose_name = _("casusoverleg")
        verbose_name_plural = _("casusoverleggen")
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "date"], name="one_consultation_per_day"
            )
        ]

    def __str__(self) -> str:
        return f"Casusoverleg {self.date:%d-%m-%Y}"


class Outcome(models.TextChoices):
    BESLUIT_NU = "besluit_nu", _("Besluit nu")
    BEZINNING = "bezinningsperiode", _("Bezinningsperiode")
    OPSCHALEN = "opschalen", _("Opschalen")
    REGULIER = "regulier", _("Terug naar reguliere route")


class AgendaItem(models.Model):
    """A case on the agenda of a consultation, with the question put, and what came of it."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.PROTECT, related_name="items", verbose_name=_("overleg")
    )
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.CASCADE,
        related_name="agenda_items",
        verbose_name=_("casus"),
    )
    question = models.TextField(_("vraag aan het overleg"))
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("geagendeerd door"),
    )
    added_at = models.DateTimeField(_("geagendeerd op"))
    outcome = models.CharField(_("uitkomst"), max_length=20, choices=Outcome.choices, blank=True)
    outcome_notes = models.TextField(_("toelichting bij de uitkomst"), blank=True)
    outcome_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("uitkomst vastgelegd door"),
    )
    outcome_at = models.DateTimeField(_("uitkomst vastgelegd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("agendapunt")
        verbose_name_plural = _("agendapunten")
        ordering = ["consultation__date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "case"], name="a_case_once_per_consultation"
            )
        ]


class Task(models.Model):
    """An alternative to examine during the bezinningsperiode, with an owner and a due date."""

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="tasks", verbose_name=_("agendapunt")
    )
    description = models.CharField(_("uit te zoeken"), max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="route_tasks",
        verbose_name=_("eigenaar"),
    )
    due_date = models.DateField(_("uiterlijk"))
    done_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)

    class Meta:
        verbose_name = _("taak")
        verbose_name_plural = _("taken")
        ordering = ["due_date", "pk"]
