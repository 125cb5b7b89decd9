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


class SignalStatus(models.TextChoices):
    GESIGNALEERD = "gesignaleerd", _("Gesignaleerd")
    BIJ_BELEID = "bij_beleid", _("Bij beleid")
    OPGELOST = "opgelost", _("Opgelost")
    NIET_OP_TE_LOSSEN = "niet_op_te_lossen", _("Niet op te lossen")


OPEN_SIGNAL = (SignalStatus.GESIGNALEERD, SignalStatus.BIJ_BELEID)


class PolicySignal(models.Model):
    """A signal to policy (omgekeerd beleid): a structural bottleneck that cases keep running
    into, the cases and precedents that show it, who owns the rule, and what policy did."""

    title = models.CharField(_("knelpunt"), max_length=200)
    description = models.TextField(_("toelichting"), blank=True)
    rule = models.ForeignKey(
        "cases.Rule",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("regel"),
    )
    owner = models.ForeignKey(
        "cases.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("eigenaar"),
    )
    municipality = models.ForeignKey(
        "accounts.Municipality",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("gemeente"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=SignalStatus.choices, default=SignalStatus.GESIGNALEERD
    )
    cases = models.ManyToManyField(
        "cases.Case", blank=True, related_name="+", verbose_name=_("casussen")
    )
    precedents = models.ManyToManyField(
        "vraagbaak.Precedent", blank=True, related_name="+", verbose_name=_("precedenten")
    )
    response = models.TextField(_("reactie van beleid"), blank=True)
    response_date = models.DateField(_("datum reactie"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    created_at = models.DateTimeField(_("gesignaleerd op"))
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("signaal aan beleid")
        verbose_name_plural = _("signalen aan beleid")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title
