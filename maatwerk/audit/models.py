import hashlib
import json

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("Het toegangslogboek kan niet worden gewijzigd.")

    def delete(self):
        raise PermissionError("Het toegangslogboek kan niet worden verwijderd.")


class AccessLog(models.Model):
    """Who looked at or touched which case file, when, through which screen or API call.
    Append-only: rows are never changed or removed by the application, and each row carries
    a hash over its content and the previous row's hash, so tampering shows."""

    class Action(models.TextChoices):
        READ = "read", _("Inzien")
        CREATE = "create", _("Aanmaken")
        UPDATE = "update", _("Wijzigen")
        DELETE = "delete", _("Verwijderen")
        SEARCH = "search", _("Zoeken")
        EXPORT = "export", _("Exporteren")

    class Result(models.TextChoices):
        ALLOWED = "allowed", _("Toegestaan")
        DENIED = "denied", _("Geweigerd")

    at = models.DateTimeField(_("tijdstip (UTC)"), db_index=True)
    # Foreign keys without database constraints: removing a user or destroying a case after
    # its retention term must never change or cascade into this log.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        related_name="+",
        null=True,
        db_constraint=False,
        verbose_name=_("gebruiker"),
    )
    on_behalf_of = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        related_name="+",
        null=True,
        blank=True,
        db_constraint=False,
        verbose_name=_("namens"),
    )
    action = models.CharField(_("handeling"), max_length=10, choices=Action.choices)
    result = models.CharField(
        _("resultaat"), max_length=10, choices=Result.choices, default=Result.ALLOWED
    )
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.DO_NOTHING,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
        verbose_name=_("casus"),
    )
    case_reference = models.CharField(_("kenmerk"), max_length=20, blank=True)
    household_id = models.BigIntegerField(_("huishouden"), null=True, blank=True)
    # The data subject: one row per household member concerned (NEN 7513).
    subject_id = models.BigIntegerField(
        _("betrokkene (gezinslid)"), null=True, blank=True, db_index=True
    )
    channel = models.CharField(_("scherm of API-aanroep"), max_length=120)
    origin = models.CharField(_("herkomst (IP)"), max_length=45, blank=True)
    purpose = models.CharField(_("doel"), max_length=100, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    previous_hash = models.CharField(max_length=64, blank=True, editable=False)
    row_hash = models.CharField(max_length=64, editable=False)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("toegangslogregel")
        verbose_name_plural = _("toegangslogboek")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["case", "-at"], name="accesslog_case_at")]

    def compute_hash(self) -> str:
        payload = json.dumps(
            [
                self.at.isoformat(),
                self.user_id,
                self.on_behalf_of_id,
                self.action,
                self.result,
                self.case_id,
                self.case_reference,
                self.household_id,
                self.subject_id,
                self.channel,
                self.origin,
                self.purpose,
                self.details,
                self.previous_hash,
            ],
            separators=(",", ":"),
            sort_keys=True,
            default=str,
        )
        return hashlib.sha256(payload.encode()).hexdigest()

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise PermissionError("Het toegangslogboek kan niet worden gewijzigd.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Het toegangslogboek kan niet worden verwijderd.")


class AccessLogHead(models.Model):
    """The single row that holds the hash of the newest access-log row. Writers lock it, so
    rows are chained one after another even when many requests log at the same moment."""

    last_hash = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("kop van het toegangslogboek")
