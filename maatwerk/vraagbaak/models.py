"""A precedent (vraagbaak entry) and the synonym list of the field's vocabulary. A precedent
holds no personal data: it is written in general terms or made from a case by the
anonymisation pass and approved by the OMO-functionaris before it is published."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class SolutionType(models.TextChoices):
    """The kinds of solution. The codes are stable: import, export and the API use them."""

    MAATWERKBUDGET = "maatwerkbudget", _("Maatwerkbudget")
    RUIMTE_TUSSEN_REGELS = "ruimte_tussen_regels", _("Ruimte tussen de regels")
    AFWIJKING_REGEL = "afwijking_regel", _("Afwijking van een regel")
    AFSPRAKEN_TUSSEN_INSTANTIES = "afspraken_tussen_instanties", _("Afspraken tussen instanties")
    OPSCHALEN = "opschalen", _("Opschalen")
    REGULIERE_ROUTE_ALSNOG = "reguliere_route_alsnog", _("Reguliere route alsnog")
    GEEN_OPLOSSING = "geen_oplossing", _("Geen oplossing")


class Precedent(models.Model):
    class Status(models.TextChoices):
        CONCEPT = "concept", _("Concept")
        GEPUBLICEERD = "gepubliceerd", _("Gepubliceerd")

    external_id = models.CharField(
        _("extern kenmerk"),
        max_length=100,
        unique=True,
        help_text=_("Het kenmerk bij import en export; een nieuwe import werkt dit record bij."),
    )
    title = models.CharField(_("titel"), max_length=200)
    summary = models.TextField(_("situatie (geanonimiseerd)"))
    household = models.TextField(_("huishouden in algemene termen"), blank=True)
    life_domains = models.JSONField(_("leefgebieden"), default=list, blank=True)
    rules = models.ManyToManyField(
        "cases.Rule", blank=True, related_name="+", verbose_name=_("knellende regels")
    )
    organisations = models.ManyToManyField(
        "cases.Organisation", blank=True, related_name="+", verbose_name=_("organisaties")
    )
    # Names from an import that are not (yet) on the reference lists: shown and searched,
    # marked "nog niet beoordeeld" until beheer adds them to the list.
    unreviewed_rules = models.JSONField(_("regels nog niet beoordeeld"), default=list, blank=True)
    unreviewed_organisations = models.JSONField(
        _("organisaties nog niet beoordeeld"), default=list, blank=True
    )
    blockage = models.TextField(_("knelpunt"), blank=True)
    solution = models.TextField(_("oplossing"), blank=True)
    solution_types = models.JSONField(_("soort oplossing"), default=list, blank=True)
    decided_by = models.CharField(_("wie besliste"), max_length=200, blank=True)
    legal_ground = models.CharField(_("op welke grond"), max_length=200, blank=True)
    cost_eur = models.DecimalField(
        _("kosten van de oplossing (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    outcome = models.TextField(_("uitkomst"), blank=True)
    lessons = models.TextField(_("lessen"), blank=True)
    source = models.CharField(_("bron"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONCEPT
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt"), auto_now=True)

    class Meta:
        verbose_name = _("precedent")
        verbose_name_plural = _("precedenten")
        ordering = ["title", "pk"]
        indexes = [
            models.Index(fields=["status", "updated_at"], name="precedent_status_updated"),
            # The search index's fingerprint asks for the latest change.
            models.Index(fields=["updated_at"], name="precedent_updated"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def published(self) -> bool:
        return self.status == self.Status.GEPUBLICEERD

    def domain_labels(self) -> list[str]:
        from maatwerk.cases.domains import LifeDomain

        labels = dict(LifeDomain.choices)
        return [str(labels.get(code, code)) for code in self.life_domains]

    def solution_type_labels(self) -> list[str]:
        labels = dict(SolutionType.choices)
        return [str(labels.get(code, code)) for code in self.solution_types]


class Synonym(models.Model):
    """A group of words and phrases that mean the same in the field ("schuldsanering, wsnp,
    schuldregeling, saneringstraject"). A search for one finds precedents using any other."""

    terms = models.TextField(
        _("termen"),
        help_text=_("Woorden of woordgroepen met dezelfde betekenis, gescheiden door komma's."),
    )
    note = models.CharField(_("toelichting"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("bijgewerkt"), auto_now=True)

    class Meta:
        verbose_name = _("synoniemengroep")
        verbose_name_plural = _("synoniemen")
        ordering = ["terms"]

    def __str__(self) -> str:
        return self.terms[:80]

    def term_list(self) -> list[str]:
        return [term.strip().lower() for term in self.terms.split(",") if term.strip()]


class IndexSnapshot(models.Model):
    """The search index as last built in full, stored so that every app server loads the same
    index instead of building its own (a build of 50,000 precedents takes many seconds).
    Edits made after `built_upto` are searched from a small side index next to it until
    the next full build (`manage.py rebuild_vraagbaak_index`). A cache: it can be deleted
    at any time and is rebuilt on the next search."""

    use_synonyms = models.BooleanField(_("met synoniemen"), unique=True)
    synonyms_stamp = models.CharField(_("stand van de synoniemenlijst"), max_length=100)
    built_upto = models.DateTimeField(_("laatste wijziging in de index"), null=True)
    top_pk = models.BigIntegerField(_("hoogste precedentnummer in de index"), default=0)
    data = models.BinaryField(_("index"))
    created_at = models.DateTimeField(_("gebouwd"), auto_now=True)

    class Meta:
        verbose_name = _("zoekindex")
        verbose_name_plural = _("zoekindexen")

    def __str__(self) -> str:
        return f"zoekindex ({'met' if self.use_synonyms else 'zonder'} synoniemen)"
