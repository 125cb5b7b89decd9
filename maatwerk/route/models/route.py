from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..workflow import Phase


class Route(models.Model):
    """Where a case stands on the maatwerk route, once it has entered it (see `workflow`)."""

    case = models.OneToOneField(
        "cases.Case", on_delete=models.CASCADE, related_name="route", verbose_name=_("casus")
    )
    phase = models.CharField(_("fase"), max_length=20, choices=Phase.choices, db_index=True)
    # Part 2 of the route (the escalation ladder) sets and clears this marker.
    escalated = models.BooleanField(_("opgeschaald"), default=False)
    # When the decision is due (week 1, or week 2 after a bezinningsperiode), in working days
    # after the consultation; kept so the worklists need no calendar arithmetic in SQL.
    decision_due = models.DateField(_("besluit uiterlijk"), null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("route")
        verbose_name_plural = _("routes")

    def __str__(self) -> str:
        return f"{self.case_id}: {self.get_phase_display()}"


class PhaseChange(models.Model):
    """Every move on the route, kept: how long cases spend in each phase is what the
    municipality learns from."""

    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.CASCADE,
        related_name="phase_changes",
        verbose_name=_("casus"),
    )
    source = models.CharField(_("van"), max_length=20, choices=Phase.choices)
    target = models.CharField(_("naar"), max_length=20, choices=Phase.choices)
    reason = models.TextField(_("reden"), blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("door"),
    )
    changed_at = models.DateTimeField(_("op"))

    class Meta:
        verbose_name = _("faseovergang")
        verbose_name_plural = _("faseovergangen")
        ordering = ["changed_at", "pk"]
