"""Writing and reading the audit trail. Views, API views and commands call these; the access
log is never written from a signal, so each call site shows what it logs."""

from auditlog.models import LogEntry
from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from .models import AccessLog, AccessLogHead

__all__ = [
    "AccessLog",
    "case_access_log",
    "case_change_history",
    "log_access",
    "log_denied",
    "verify_chain",
]


def _origin(request: HttpRequest | None) -> str:
    if request is None:
        return ""
    return request.META.get("REMOTE_ADDR", "")[:45]


def _subjects(household_id: int | None) -> list[int | None]:
    """The household members a case file is about; a row without subject when there are none."""
    if household_id is None:
        return [None]
    from maatwerk.cases.models import Member  # the audit app is used by the cases app

    ids = list(Member.objects.filter(household_id=household_id).values_list("pk", flat=True))
    return ids or [None]


def log_access(
    *,
    user,
    case=None,
    household=None,
    action: str,
    channel: str,
    request: HttpRequest | None = None,
    result: str = AccessLog.Result.ALLOWED,
    purpose: str = "casusregie",
    on_behalf_of=None,
    details: dict | None = None,
) -> list[AccessLog]:
    """Append rows to the access log — one per household member concerned (NEN 7513) — each
    chained to the row before it."""
    household_id = household.pk if household is not None else getattr(case, "household_id", None)
    now = timezone.now()
    entries = []
    with transaction.atomic():
        head, _ = AccessLogHead.objects.select_for_update().get_or_create(pk=1)
        for subject_id in _subjects(household_id):
            entry = AccessLog(
                at=now,
                user=user if user is not None and user.is_authenticated else None,
                on_behalf_of=on_behalf_of,
                action=action,
                result=result,
                case_id=getattr(case, "pk", None),
                case_reference=getattr(case, "reference", ""),
                household_id=household_id,
                subject_id=subject_id,
                channel=channel,
                origin=_origin(request),
                purpose=purpose,
                details=details or {},
                previous_hash=entries[-1].row_hash if entries else head.last_hash,
            )
            entry.row_hash = entry.compute_hash()
            entries.append(entry)
        # One insert whatever the household's size, so reading a dossier costs the same.
        AccessLog.objects.bulk_create(entries)
        head.last_hash = entries[-1].row_hash
        head.save(update_fields=["last_hash"])
    return entries


def log_denied(
    *,
    user,
    channel: str,
    request: HttpRequest | None = None,
    case_id: int | None = None,
    action: str = AccessLog.Action.READ,
    requested: dict | None = None,
) -> None:
    """A refused attempt. Only the id that was asked for is kept: nothing about whether such a
    record exists is written where the requester could learn it."""
    log_access(
        user=user,
        action=action,
        channel=channel,
        request=request,
        result=AccessLog.Result.DENIED,
        details=requested if requested is not None else {"requested_case_id": case_id},
    )


def verify_chain() -> AccessLog | None:
    """Return the first row whose hash or link does not match, or None when all is intact.
    The head must also point at the newest row, so removing rows at the end shows too."""
    previous = ""
    last = None
    for entry in AccessLog.objects.order_by("pk").iterator(chunk_size=2000):
        if entry.previous_hash != previous or entry.compute_hash() != entry.row_hash:
            return entry
        previous = entry.row_hash
        last = entry
    head = AccessLogHead.objects.filter(pk=1).first()
    if head is not None and head.last_hash and head.last_hash != previous:
        return last or AccessLog(pk=0, row_hash="", previous_hash=head.last_hash)
    return None


def case_access_log(case) -> QuerySet[AccessLog]:
    return AccessLog.objects.filter(case_id=case.pk).select_related("user")


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
