import hashlib
import json

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .fields import IdListField, from_tokens

HASH_LEGACY = 1
HASH_HMAC = 2


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
        SEAL = "seal", _("Verzegelen")

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
    # Plain ids, no foreign keys: the log must not depend on (or cascade from) case files
    # that retention later destroys, and the audit app knows nothing of the cases app.
    case_id = models.BigIntegerField(
        _("casus"),
        null=True,
        blank=True,
        help_text=_("De casus, als de regel over precies één casus gaat."),
    )
    case_ids = IdListField(
        _("casussen"), blank=True, default="", help_text=_("Alle casussen, als ,12,15,.")
    )
    case_reference = models.CharField(_("kenmerk"), max_length=20, blank=True)
    household_id = models.BigIntegerField(_("huishouden"), null=True, blank=True)
    # The data subjects (NEN 7513): every household member concerned, in one row.
    subjects = IdListField(
        _("betrokkenen (gezinsleden)"),
        blank=True,
        default="",
        help_text=_("De gezinsleden om wie het gaat, als ,12,15,."),
    )
    channel = models.CharField(_("scherm of API-aanroep"), max_length=120)
    origin = models.CharField(_("herkomst (IP)"), max_length=45, blank=True)
    purpose = models.CharField(_("doel"), max_length=100, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    # 1: plain SHA-256, rows written before the keyed chain (checked as they were written,
    # allowed only before the row that sealed them); 2: HMAC-SHA256 with AUDIT_LOG_KEY.
    hash_version = models.PositiveSmallIntegerField(default=HASH_HMAC, editable=False)
    key_id = models.CharField(max_length=16, blank=True, editable=False)
    previous_hash = models.CharField(max_length=64, blank=True, editable=False)
    row_hash = models.CharField(max_length=64, editable=False)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("toegangslogregel")
        verbose_name_plural = _("toegangslogboek")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["case_id", "-at"], name="accesslog_case_at")]

    def _canonical(self, values: list) -> bytes:
        return json.dumps(values, separators=(",", ":"), sort_keys=True, default=str).encode()

    def payload(self) -> bytes:
        """Everything a row says, in a fixed order: what the keyed hash covers."""
        return self._canonical(
            [
                self.hash_version,
                self.key_id,
                self.at.isoformat(),
                self.user_id,
                self.on_behalf_of_id,
                self.action,
                self.result,
                self.case_id,
                self.case_ids,
                self.case_reference,
                self.household_id,
                self.subjects,
                self.channel,
                self.origin,
                self.purpose,
                self.details,
                self.previous_hash,
            ]
        )

    def legacy_hash(self) -> str | None:
        """The plain SHA-256 of a row written before the keyed chain, computed as it was then
        (one subject per row, no list of cases); None if the row cannot be such a row."""
        subjects = from_tokens(self.subjects)
        if self.key_id or self.case_ids or len(subjects) > 1:
            return None
        payload = self._canonical(
            [
                self.at.isoformat(),
                self.user_id,
                self.on_behalf_of_id,
                self.action,
                self.result,
                self.case_id,
                self.case_reference,
                self.household_id,
                subjects[0] if subjects else None,
                self.channel,
                self.origin,
                self.purpose,
                self.details,
                self.previous_hash,
            ]
        )
        return hashlib.sha256(payload).hexdigest()

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
