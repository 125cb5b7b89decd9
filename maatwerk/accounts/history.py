"""The record of every change to an account: a django-auditlog entry written explicitly with
the acting user (old → new per field, readable values, never a password hash), and a row in
the access log. The services call `record_account_change`; nothing is written from signals."""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from maatwerk.audit.services import log_access

from .models import User
from .roles import Role

__all__ = [
    "EVENT_LABELS",
    "account_changes",
    "describe",
    "field_label",
    "read_account_changes",
    "record_account_change",
    "reset_by_since_last_sign_in",
]

EVENT_CREATED = "account_created"
EVENT_UPDATED = "account_updated"
EVENT_PASSWORD_RESET = "password_reset"  # noqa: S105  an event name
EVENT_OWN_PASSWORD = "own_password_changed"  # noqa: S105  an event name
EVENT_SECOND_FACTOR_RESET = "second_factor_reset"
EVENT_GRANT_REQUESTED = "role_grant_requested"
EVENT_GRANT_APPROVED = "role_grant_approved"
EVENT_GRANT_REFUSED = "role_grant_refused"

EVENT_LABELS = {
    EVENT_CREATED: gettext_lazy("Account aangemaakt"),
    EVENT_UPDATED: gettext_lazy("Account gewijzigd"),
    EVENT_PASSWORD_RESET: gettext_lazy("Wachtwoord opnieuw ingesteld door beheer"),
    EVENT_OWN_PASSWORD: gettext_lazy("Wachtwoord gewijzigd door de gebruiker"),
    EVENT_SECOND_FACTOR_RESET: gettext_lazy("Tweede factor hersteld"),
    EVENT_GRANT_REQUESTED: gettext_lazy("Rol aangevraagd"),
    EVENT_GRANT_APPROVED: gettext_lazy("Rol goedgekeurd en toegekend"),
    EVENT_GRANT_REFUSED: gettext_lazy("Rolaanvraag afgewezen"),
}
_ACCESS_ACTION = {EVENT_CREATED: "create"}
_EXTRA_LABELS = {
    "password": gettext_lazy("wachtwoord"),
    "second_factor": gettext_lazy("tweede factor"),
    "request": gettext_lazy("aanvraag"),
}
PURPOSE = "accountbeheer"


def field_label(name: str) -> str:
    if name in _EXTRA_LABELS:
        return str(_EXTRA_LABELS[name])
    try:
        model_field = User._meta.get_field(name)
    except FieldDoesNotExist:
        return name
    # A reverse relation of the same name (another app's model) has no label of its own.
    return str(getattr(model_field, "verbose_name", name))


def describe(name: str, value) -> str:
    """A readable value for the history: role labels, team names, ja/nee."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if name in ("role", "requested_role"):
        return str(Role(value).label) if value in Role.values else str(value)
    return str(value)


def record_account_change(
    actor,
    account: User,
    event: str,
    changes: dict[str, list[str]],
    *,
    request: HttpRequest | None = None,
    grant=None,
    channel: str = "beheer:accounts",
) -> LogEntry:
    action = LogEntry.Action.CREATE if event == EVENT_CREATED else LogEntry.Action.UPDATE
    extra = {"event": event}
    if grant is not None:
        extra["grant_id"] = grant.pk
    entry = LogEntry.objects.log_create(
        account,
        force_log=True,
        action=action,
        changes=changes,
        actor=actor,
        additional_data=extra,
        remote_addr=(request.META.get("REMOTE_ADDR") or None) if request is not None else None,
    )
    log_access(
        user=actor,
        action=_ACCESS_ACTION.get(event, "update"),
        channel=channel,
        request=request,
        purpose=PURPOSE,
        details={"account_id": account.pk, "event": event, "fields": sorted(changes)}
        | ({"grant_id": grant.pk} if grant is not None else {}),
    )
    return entry


def _user_entries() -> QuerySet[LogEntry]:
    return LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(User))


def reset_by_since_last_sign_in(actor, account: User, event: str) -> bool:
    """Did this actor record this event for the account since its owner last signed in?"""
    entries = _user_entries().filter(
        object_pk=str(account.pk), actor=actor, additional_data__event=event
    )
    if account.last_login is not None:
        entries = entries.filter(timestamp__gt=account.last_login)
    return entries.exists()


def account_changes() -> QuerySet[LogEntry]:
    """Every recorded change to an account, newest first."""
    return _user_entries().select_related("actor").order_by("-timestamp", "-pk")


def _shown(name: str, values, index: int) -> str:
    value = values[index] if values and len(values) > index else ""
    # Entries written outside the services hold raw values: show a role by its label.
    return describe(name, value) if name == "role" and value in Role.values else value


def read_account_changes(user, *, page: str | None = None, request: HttpRequest | None = None):
    """One page of account changes for the review screen; looking at it is logged too."""
    from django.core.paginator import Paginator

    entries = Paginator(account_changes(), 50).get_page(page)
    rows = [
        {
            "entry": entry,
            "event": EVENT_LABELS.get((entry.additional_data or {}).get("event"), ""),
            "changes": [
                (field_label(name), _shown(name, values, 0), _shown(name, values, 1))
                for name, values in (entry.changes_dict or {}).items()
            ],
        }
        for entry in entries
    ]
    log_access(
        user=user,
        action="read",
        channel="scherm:accounts:changes",
        request=request,
        purpose=PURPOSE,
        details={"account_ids": sorted({int(row["entry"].object_pk) for row in rows})},
    )
    return entries, rows
