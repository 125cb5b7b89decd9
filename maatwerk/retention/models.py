"""Retention terms per kind of case file, the destruction list, and the lock that keeps two
retention runs from overlapping."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class FileKind(models.TextChoices):
    """The kinds of case file that have their own retention term. The app that owns a case
    file sorts it into a kind (cases/retention.py): today a case is `jeugd` when it touches
    the life domain jeugd en opvoeding, and otherwise `zonder ondersteuning`, as Maatwerk
    does not yet record granted support. The issues that add decisions and the fund will sort
    cases with granted support into `met ondersteuning`."""

    JEUGD = "jeugd", _("Jeugd (casus met leefgebied jeugd en opvoeding)")
    MAATWERK_MET_ONDERSTEUNING = (
        "maatwerk_met_ondersteuning",
        _("Maatwerk met toegekende ondersteuning"),
    )
    MAATWERK_ZONDER_ONDERSTEUNING = (
        "maatwerk_zonder_ondersteuning",
        _("Maatwerk zonder toegekende ondersteuning"),
    )


class RetentionAction(models.TextChoices):
    ANONYMISE = "anonymise", _("Anonimiseren (feiten blijven, personen verdwijnen)")
    DESTROY = "destroy", _("Vernietigen (alles verdwijnt)")


class RetentionRule(models.Model):
    """How long a kind of case file is kept after closure, and what happens then. Maintained
    by the functioneel beheerder, after checking with the municipality's archivist."""

    kind = models.CharField(
        _("soort dossier"), max_length=40, choices=FileKind.choices, unique=True
    )
    years = models.PositiveSmallIntegerField(
        _("bewaartermijn (jaren)"),
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Gerekend vanaf de laatste keer dat de casus is afgesloten."),
    )
    action = models.CharField(
        _("na de termijn"),
        max_length=20,
        choices=RetentionAction.choices,
        default=RetentionAction.ANONYMISE,
    )
    legal_source = models.TextField(
        _("wettelijke bron"),
        help_text=_("Wet, artikel en selectielijstcategorie waarop deze termijn berust."),
    )
    explanation = models.TextField(
        _("toelichting"),
        blank=True,
        help_text=_("Waarom deze termijn en handeling, en wie ze heeft bevestigd."),
    )
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("bewaartermijn")
        verbose_name_plural = _("bewaartermijnen")
        ordering = ["kind"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(years__gte=1) & models.Q(years__lte=100),
                name="retention_rule_years_range",
            )
        ]

    def __str__(self) -> str:
        return _("%(kind)s – %(years)s jaar") % {
            "kind": self.get_kind_display(),
            "years": self.years,
        }


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("De vernietigingslijst kan niet worden gewijzigd.")

    def delete(self):
        raise PermissionError("De vernietigingslijst kan niet worden verwijderd.")


class DestructionRecord(models.Model):
    """One line of the destruction list: which case file was anonymised or destroyed, under
    which rule, when. Holds the reference and the former id only, never personal data.
    Append-only: like the access log it is never changed or removed by the application."""

    run_id = models.CharField(_("run"), max_length=40, db_index=True)
    case_id = models.BigIntegerField(_("casus-id (voormalig)"))
    case_reference = models.CharField(_("kenmerk"), max_length=20, db_index=True)
    kind = models.CharField(_("soort dossier"), max_length=40, choices=FileKind.choices)
    rule_name = models.CharField(_("toegepaste regel"), max_length=200)
    rule_years = models.PositiveSmallIntegerField(_("bewaartermijn (jaren)"))
    rule_legal_source = models.TextField(_("wettelijke bron"))
    action = models.CharField(_("handeling"), max_length=20, choices=RetentionAction.choices)
    closed_at = models.DateTimeField(_("afgesloten op"))
    due_on = models.DateField(_("termijn verstreken op"))
    executed_at = models.DateTimeField(_("uitgevoerd op"))

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("regel van de vernietigingslijst")
        verbose_name_plural = _("vernietigingslijst")
        ordering = ["-executed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.case_reference} ({self.get_action_display()})"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise PermissionError("De vernietigingslijst kan niet worden gewijzigd.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("De vernietigingslijst kan niet worden verwijderd.")


class RetentionLock(models.Model):
    """The single row that marks a running retention run on databases without advisory
    locks (SQLite). PostgreSQL uses `pg_try_advisory_lock` and leaves this row alone."""

    holder = models.CharField(max_length=40, blank=True)
    acquired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("vergrendeling bewaartermijnrun")
