"""The per-case audit screen: the change history and the access log of one case file.

The functioneel beheerder (an anonymised role) sees who changed which field of what, when,
and who accessed the file — never the values. The OMO-functionaris (personal data, every
case) also sees the old and new values; that view is logged with its own purpose. Read-only:
nothing here can change or remove an audit row, and looking at it is itself logged."""

import datetime

from auditlog.models import LogEntry
from django.contrib.auth.decorators import login_required
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.dateformat import format as date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import Scope, capabilities_of
from maatwerk.audit.services import case_access_log, case_change_history, log_access

from .. import services

CHANNEL = "scherm:audit"
PURPOSE_OVERSIGHT = "toezicht"  # beheer: who, when, which field — no values
PURPOSE_WITH_VALUES = "toezicht met inhoud"  # the OMO-functionaris also reads the values


def _action_label(entry: LogEntry, model) -> str:
    subject = capfirst(model._meta.verbose_name) if model else entry.content_type.name
    # The templates are translated one by one so that makemessages finds them.
    labels = {
        LogEntry.Action.CREATE: _("%(subject)s toegevoegd"),
        LogEntry.Action.UPDATE: _("%(subject)s gewijzigd"),
        LogEntry.Action.DELETE: _("%(subject)s verwijderd"),
        LogEntry.Action.ACCESS: _("%(subject)s ingezien"),
    }
    return labels.get(entry.action, "%(subject)s") % {"subject": subject}


def _field(model, name: str):
    try:
        field = model._meta.get_field(name) if model else None
    except FieldDoesNotExist:
        return None
    # Only the model's own fields; a reverse relation of the same name has no label.
    return field if isinstance(field, models.Field) else None


def _related(field, raw, cache: dict) -> str:
    key = (field.related_model, str(raw))
    if key not in cache:
        found = field.related_model._default_manager.filter(pk=raw).first()
        cache[key] = str(found) if found is not None else str(raw)
    return cache[key]


def _value(field, raw, cache: dict) -> str:
    """A stored value as a person reads it: ja/nee, the choice's label, a Dutch date, the
    related record's name, — for nothing."""
    if isinstance(raw, dict):  # a many-to-many change: {"operation": ..., "objects": [...]}
        objects = ", ".join(str(item) for item in raw.get("objects", []))
        return objects or "—"
    if raw is None or raw in ("None", ""):
        return "—"
    text = str(raw)
    if isinstance(field, models.BooleanField):
        return {"True": _("ja"), "False": _("nee")}.get(text, text)
    labels = {str(key): str(label) for key, label in getattr(field, "flatchoices", None) or []}
    if labels:
        return labels.get(text, text)
    if field.many_to_one:
        return _related(field, raw, cache)
    try:
        if isinstance(field, models.DateTimeField):
            return date_format(datetime.datetime.fromisoformat(text), "j F Y H:i")
        if isinstance(field, models.DateField):
            return date_format(datetime.date.fromisoformat(text), "j F Y")
    except ValueError:
        pass
    return text


def _object(entry: LogEntry) -> str:
    """The record's own name ("Esther van Leeuwen"), not Django's "Blockage object (3)"."""
    return "" if entry.object_repr.endswith(f"object ({entry.object_pk})") else entry.object_repr


def _change_rows(entries, *, with_values: bool) -> list[dict]:
    rows, cache = [], {}
    for entry in entries:
        model = entry.content_type.model_class()
        fields = []
        for name, values in (entry.changes_dict or {}).items():
            field = _field(model, name)
            if field is None or field.primary_key:  # a reverse relation or the row's id
                continue
            item = {"label": capfirst(field.verbose_name)}
            if with_values:
                pair = [*values, None, None][:2] if isinstance(values, list) else [None, values]
                item |= {"old": _value(field, pair[0], cache), "new": _value(field, pair[1], cache)}
            fields.append(item)
        rows.append(
            {
                "timestamp": entry.timestamp,
                "actor": entry.actor,
                "action": _action_label(entry, model),
                "object": _object(entry) if with_values else "",
                "fields": fields,
            }
        )
    return rows


@login_required
def case_audit(request: HttpRequest, pk: int) -> HttpResponse:
    caps = capabilities_of(request.user)
    with_values = caps.personal_data and caps.case_scope is Scope.ALL
    if not (caps.view_audit or with_values):
        raise PermissionDenied
    case = services.get_case_for(request.user, pk, request=request, channel=CHANNEL)
    log_access(
        user=request.user,
        case=case,
        action="read",
        channel=CHANNEL,
        request=request,
        purpose=PURPOSE_WITH_VALUES if with_values else PURPOSE_OVERSIGHT,
        details={"inhoud_getoond": with_values},
    )
    changes = Paginator(case_change_history(case), 50).get_page(request.GET.get("wijzigingen"))
    accesses = Paginator(case_access_log(case), 50).get_page(request.GET.get("inzage"))
    context = {
        "case": case,
        "changes": changes,
        "change_rows": _change_rows(changes, with_values=with_values),
        "accesses": accesses,
        "with_values": with_values,
    }
    return render(request, "audit/case_audit.html", context)
