"""How values are written into the access export, for every app that adds a section to it.
Keys are fixed Dutch words, so the document reads the same whatever language the screen is in;
choice values are written as their labels."""

from collections.abc import Iterable

from auditlog.models import LogEntry
from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.translation import gettext as _

__all__ = ["change_history", "person", "when"]


def when(value) -> str | None:
    """A date or moment as ISO 8601, moments in local time."""
    if value is None:
        return None
    if hasattr(value, "tzinfo"):
        return timezone.localtime(value).isoformat(timespec="seconds")
    return value.isoformat()


def person(user) -> dict | None:
    """A professional who acted: name and role, never their login name or address."""
    if user is None:
        return None
    return {"naam": user.get_full_name() or str(user), "rol": user.get_role_display()}


def _change_action(action: int) -> str:
    labels = {
        LogEntry.Action.CREATE: _("aangemaakt"),
        LogEntry.Action.UPDATE: _("gewijzigd"),
        LogEntry.Action.DELETE: _("verwijderd"),
        LogEntry.Action.ACCESS: _("ingezien"),
    }
    return labels.get(action, str(action))


def _subject_name(entry: LogEntry) -> str:
    model = entry.content_type.model_class()
    return str(model._meta.verbose_name) if model else entry.content_type.model


def _changes(entry: LogEntry) -> dict:
    """Old and new value per field, in full: auditlog's display helper shortens long text,
    and an export must not."""
    model = entry.content_type.model_class()
    result = {}
    for name, values in (entry.changes_dict or {}).items():
        try:
            field = model._meta.get_field(name) if model else None
        except FieldDoesNotExist:
            field = None
        if field is None:
            result[name] = values
            continue
        labels = {str(key): str(label) for key, label in getattr(field, "flatchoices", [])}
        shown = [labels.get(str(value), value) for value in values] if labels else values
        result[str(getattr(field, "verbose_name", name))] = shown
    return result


def change_history(entries: Iterable[LogEntry]) -> list[dict]:
    """django-auditlog rows as the export shows them; the caller chooses which rows are about
    the person (with `actor` and `content_type` selected)."""
    return [
        {
            "op": when(entry.timestamp),
            "door": person(entry.actor),
            "handeling": _change_action(entry.action),
            "onderwerp": _subject_name(entry),
            "object": entry.object_repr,
            "wijzigingen": _changes(entry),
        }
        for entry in entries
    ]
