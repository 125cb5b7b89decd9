from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Findings(models.Model):
    """What the OMO-functionaris concludes from a period's figures: the main findings and the
    lessons, written in the report screen and printed with the report. One text per period."""

    municipality = models.ForeignKey(
        "accounts.Municipality",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("gemeente"),
    )
    start = models.DateField(_("van"))
    end = models.DateField(_("tot en met"))
    text = models.TextField(_("bevindingen en lessen"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("bevindingen bij een rapportage")
        verbose_name_plural = _("bevindingen bij rapportages")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "start", "end"], name="findings_one_per_period"
            )
        ]
