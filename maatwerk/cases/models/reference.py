"""Reference lists the functioneel beheerder maintains: organisations and blocking rules."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    class Kind(models.TextChoices):
        GEMEENTE = "gemeente", _("Gemeente")
        WONINGCORPORATIE = "woningcorporatie", _("Woningcorporatie")
        UWV = "uwv", _("UWV")
        BELASTINGDIENST = "belastingdienst", _("Belastingdienst")
        CAK = "cak", _("CAK")
        CJIB = "cjib", _("CJIB")
        DUO = "duo", _("DUO")
        IND = "ind", _("IND")
        SVB = "svb", _("SVB")
        ZORGVERZEKERAAR = "zorgverzekeraar", _("Zorgverzekeraar")
        ZORGAANBIEDER = "zorgaanbieder", _("Zorgaanbieder")
        ONDERWIJS = "onderwijs", _("Onderwijs")
        SCHULDHULP = "schuldhulp", _("Schuldhulpverlening")
        BEWINDVOERING = "bewindvoering", _("Bewindvoering")
        POLITIE = "politie", _("Politie")
        VEILIG_THUIS = "veilig_thuis", _("Veilig Thuis")
        OVERIG = "overig", _("Overig")

    name = models.CharField(_("naam"), max_length=150, unique=True)
    kind = models.CharField(_("soort"), max_length=30, choices=Kind.choices)

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Rule(models.Model):
    """A law, regulation or rule that can block what a household needs (e.g.
    "Participatiewet – kostendelersnorm"). Kept as a list so blockages can be counted."""

    name = models.CharField(_("naam"), max_length=150, unique=True)
    law = models.CharField(_("wet of regeling"), max_length=100)
    owner = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="rules",
        verbose_name=_("eigenaar"),
        help_text=_("De organisatie die over deze regel gaat."),
    )
    description = models.TextField(_("toelichting"), blank=True)
    active = models.BooleanField(_("in gebruik"), default=True)

    class Meta:
        verbose_name = _("regel")
        verbose_name_plural = _("regels")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ReferenceCounter(models.Model):
    """Hands out case references (MW-2026-00001) without gaps or duplicates under load."""

    year = models.PositiveIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("kenmerkteller")
