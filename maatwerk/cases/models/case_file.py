"""The parts of a case file that are filled in at intake: life domains, organisations and
professionals involved, blockages, and the regular routes already tried."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from maatwerk.core.choices import label_of

from ..domains import LifeDomain


class CaseDetail(models.Model):
    """Common ground for the rows that hang under one case."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")

    class Meta:
        abstract = True

    @property
    def scope_team_id(self) -> int:
        return self.case.household.team_id

    def get_additional_data(self) -> dict:
        return {"case_id": self.case_id}


class CaseDomain(CaseDetail):
    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="domains", verbose_name=_("casus")
    )
    code = models.CharField(_("leefgebied"), max_length=30, choices=LifeDomain.choices)
    description = models.TextField(_("probleem"), blank=True)

    class Meta:
        verbose_name = _("leefgebied")
        verbose_name_plural = _("leefgebieden")
        ordering = ["code"]
        constraints = [models.UniqueConstraint(fields=["case", "code"], name="case_domain_unique")]

    def __str__(self) -> str:
        return self.get_code_display()

    def get_code_display(self) -> str:
        return label_of(LifeDomain, self.code)

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        self._copy_codes_to_case()

    def delete(self, *args, **kwargs):
        deleted = super().delete(*args, **kwargs)
        self._copy_codes_to_case()
        return deleted

    def _copy_codes_to_case(self) -> None:
        """Case.domain_codes follows every row saved or removed (with one UPDATE of that column
        alone, which leaves the case's change history and its `updated_at` alone)."""
        from .case import Case, domain_codes_value

        codes = domain_codes_value(
            CaseDomain.objects.filter(case_id=self.case_id).values_list("code", flat=True)
        )
        Case.objects.filter(pk=self.case_id).update(domain_codes=codes)
        if CaseDomain.case.is_cached(self):
            self.case.domain_codes = codes


class CaseOrganisation(CaseDetail):
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.CASCADE,
        related_name="organisations",
        verbose_name=_("casus"),
    )
    organisation = models.ForeignKey(
        "cases.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisatie"),
    )
    role = models.CharField(_("rol"), max_length=150, blank=True)

    class Meta:
        verbose_name = _("betrokken organisatie")
        verbose_name_plural = _("betrokken organisaties")
        constraints = [
            models.UniqueConstraint(fields=["case", "organisation"], name="case_org_unique")
        ]


class Professional(CaseDetail):
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.CASCADE,
        related_name="professionals",
        verbose_name=_("casus"),
    )
    name = models.CharField(_("naam"), max_length=120)
    organisation = models.ForeignKey(
        "cases.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("organisatie"),
    )
    role = models.CharField(_("rol"), max_length=150, blank=True)
    contact = models.CharField(_("contactgegevens"), max_length=150, blank=True)

    class Meta:
        verbose_name = _("betrokken professional")
        verbose_name_plural = _("betrokken professionals")


class Blockage(CaseDetail):
    """A knelpunt: a rule that stands in the way of what this household needs."""

    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="blockages", verbose_name=_("casus")
    )
    rule = models.ForeignKey(
        "cases.Rule", on_delete=models.PROTECT, related_name="blockages", verbose_name=_("regel")
    )
    owner = models.ForeignKey(
        "cases.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("eigenaar van de regel"),
        blank=True,
        help_text=_("Standaard de eigenaar van de regel."),
    )
    explanation = models.TextField(_("toelichting"))

    class Meta:
        verbose_name = _("knelpunt")
        verbose_name_plural = _("knelpunten")

    def save(self, *args, **kwargs) -> None:
        if self.owner_id is None and self.rule_id is not None:
            self.owner_id = self.rule.owner_id
        super().save(*args, **kwargs)


class RegularRoute(CaseDetail):
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.CASCADE,
        related_name="regular_routes",
        verbose_name=_("casus"),
    )
    description = models.TextField(_("wat is geprobeerd"))
    result = models.TextField(_("resultaat"), blank=True)

    class Meta:
        verbose_name = _("geprobeerde reguliere route")
        verbose_name_plural = _("geprobeerde reguliere routes")
