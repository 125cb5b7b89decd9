"""Writing and reading the audit trail. Views, API views and commands call these; the access
log is never written from a signal, so each call site shows what it logs."""

from auditlog.models import LogEntry
from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from .models import AccessLog, AccessLogHead

__all__ = ["AccessLog", "case_access_log", "case_change_history", "log_access", "verify_chain"]

_GENESIS = ""


def _origin(request: HttpRequest | None) -> str:
    if request is None:
        return ""
    return request.META.get("REMOTE_ADDR", "")[:45]


def log_access(
    *,
    user,
    case,
    action: str,
    channel: str,
    request: HttpRequest | None = None,
    result: str = AccessLog.Result.ALLOWED,
    purpose: str = "casusregie",
) -> AccessLog:
    """Append one row to the access log, chained to the row before it."""
    with transaction.atomic():
        head, _ = AccessLogHead.objects.select_for_update().get_or_create(pk=1)
        entry = AccessLog(
            at=timezone.now(),
            user=user if user is not None and user.is_authenticated else None,
            action=action,
            result=result,
            case=case,
            case_reference=getattr(case, "reference", ""),
            channel=channel,
            origin=_origin(request),
            purpose=purpose,
            previous_hash=head.last_hash,
        )
        entry.row_hash = entry.compute_hash()
        entry.save()
        head.last_hash = entry.row_hash
        head.save(update_fields=["last_hash"])
    return entry


def verify_chain() -> AccessLog | None:
    """Return the first row whose hash or link does not match, or None when all is intact."""
    previous = _GENESIS
    for entry in AccessLog.objects.order_by("pk").iterator(chunk_size=2000):
        if entry.previous_hash != previous or entry.compute_hash() != entry.row_hash:
            return entry
        previous = entry.row_hash
    return None


def case_access_log(case) -> QuerySet[AccessLog]:
    return AccessLog.objects.filter(case=case).select_related("user")


def case_change_history(case) -> QuerySet[LogEntry]:
    """Every change to the case, its household and members, and the rows under the case."""
    return (
        LogEntry.objects.filter(
            Q(additional_data__case_id=case.pk)
            | (
                Q(additional_data__household_id=case.household_id)
                & ~Q(additional_data__has_key="case_id")
            )
        )
        .select_related("actor", "content_type")
        .order_by("-timestamp", "-pk")
    )
