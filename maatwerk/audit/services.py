"""Writing and reading the audit trail. Views, API views and commands call these; the access
log is never written from a signal, so each call site shows what it logs.

The audit app imports no domain app: a case or household passed to `log_access` is asked for
its people through `audit_subject_ids()`, and only ids and the case reference are stored."""

from collections.abc import Iterable

from auditlog.models import LogEntry
from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from .anchors import Anchor, read_anchors, write_anchor
from .chain import ChainBreak, find_break, seal
from .fields import as_tokens, from_tokens
from .models import AccessLog, AccessLogHead

__all__ = [
    "AccessLog",
    "ChainBreak",
    "access_log_for_subject",
    "anchor_head",
    "case_access_log",
    "case_change_history",
    "log_access",
    "log_denied",
    "row_case_ids",
    "row_subject_ids",
    "verify_chain",
]


def _origin(request: HttpRequest | None) -> str:
    if request is None:
        return ""
    return request.META.get("REMOTE_ADDR", "")[:45]


def _subject_ids(records: Iterable) -> list[int]:
    """The people the records are about. A kind of record that can answer for many at once
    (`audit_subject_ids_for(records)`, a classmethod) is asked once, in one query; otherwise
    each record is asked (`audit_subject_ids()`), once per household: cases of one household
    share their people. Either way the cost does not grow with the number of cases."""
    ids: set[int] = set()
    by_kind: dict[type, list] = {}
    for record in records:
        by_kind.setdefault(type(record), []).append(record)
    for kind, group in by_kind.items():
        if hasattr(kind, "audit_subject_ids_for"):
            ids.update(kind.audit_subject_ids_for(group))
            continue
        households: set[int] = set()
        for record in group:
            household_id = getattr(record, "household_id", record.pk)  # a household is its own
            if household_id in households:
                continue
            households.add(household_id)
            ids.update(record.audit_subject_ids())
    return sorted(ids)


def log_access(
    *,
    user,
    case=None,
    household=None,
    cases: Iterable | None = None,
    action: str,
    channel: str,
    request: HttpRequest | None = None,
    result: str = AccessLog.Result.ALLOWED,
    purpose: str = "casusregie",
    on_behalf_of=None,
    details: dict | None = None,
) -> list[AccessLog]:
    """Append one row to the access log, naming every case and every household member
    concerned (NEN 7513), chained to the row before it. One row per call, whatever the size
    of the household. Returns a list for callers written when a call could add several."""
    all_cases = [case] if case is not None else list(cases or [])
    household_id = household.pk if household is not None else None
    if household_id is None and all_cases:
        household_id = getattr(all_cases[0], "household_id", None)
    asked = [household] if household is not None else all_cases
    entry = AccessLog(
        user=user if user is not None and user.is_authenticated else None,
        on_behalf_of=on_behalf_of,
        action=action,
        result=result,
        case_id=all_cases[0].pk if len(all_cases) == 1 else None,
        case_ids=as_tokens(record.pk for record in all_cases),
        case_reference=getattr(all_cases[0], "reference", "") if len(all_cases) == 1 else "",
        household_id=household_id,
        subjects=as_tokens(_subject_ids(asked)),
        channel=channel,
        origin=_origin(request),
        purpose=purpose,
        details=details or {},
    )
    with transaction.atomic():
        head, _ = AccessLogHead.objects.select_for_update().get_or_create(pk=1)
        entry.at = timezone.now()  # taken under the lock, so time follows the chain's order
        seal(entry, head.last_hash)
        entry.save()
        head.last_hash = entry.row_hash
        head.save(update_fields=["last_hash"])
    return [entry]


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


def verify_chain(anchors: list[Anchor] | None = None) -> ChainBreak | None:
    """The first break in the log (its row, when and why), or None when all is intact: every
    row's keyed hash and link, the head, and every anchor in AUDIT_ANCHOR_DIR."""
    return find_break(anchors)


def anchor_head() -> Anchor:
    """Check the rows written since the newest anchor, then append a signed digest of the head
    outside the database. A broken chain is not anchored: that would vouch for the tampering.
    (The whole log, against every anchor, is checked by `verify_chain` / `verify_audit`.)"""
    anchors, bad = read_anchors()
    if bad:
        raise ValueError(bad[0])
    newest = max(anchors, key=lambda anchor: anchor.last_id or 0, default=None)
    broken = find_break(anchors, since=newest)
    if broken is not None:
        raise ValueError(broken.reason)
    with transaction.atomic():
        # The head lock keeps writers out while the newest row and the count are read.
        AccessLogHead.objects.select_for_update().get_or_create(pk=1)
        last = AccessLog.objects.order_by("-pk").values_list("pk", "row_hash").first()
        count = AccessLog.objects.count()
    last_id, last_hash = last if last else (None, "")
    return write_anchor(last_id=last_id, last_hash=last_hash, count=count)


def _about_case_ids(case_ids: Iterable[int]) -> Q:
    query = Q(pk__in=[])
    for case_id in case_ids:
        query |= Q(case_id=case_id) | Q(case_ids__has_id=case_id)
    return query


def case_access_log(case) -> QuerySet[AccessLog]:
    """Every row about this case, also rows that name it among other cases."""
    return AccessLog.objects.filter(_about_case_ids([case.pk])).select_related("user")


def access_log_for_subject(subject_id: int, *, case_ids: Iterable[int] = ()) -> QuerySet[AccessLog]:
    """Every row that names this person (NEN 7513: who accessed whose data). Rows that name no
    person but concern one of `case_ids` are included: they are about the person's file."""
    query = Q(subjects__has_id=subject_id)
    case_ids = list(case_ids)
    if case_ids:
        query |= Q(subjects="") & _about_case_ids(case_ids)
    return AccessLog.objects.filter(query).select_related("user", "on_behalf_of")


def row_case_ids(row: AccessLog) -> list[int]:
    """Every case a row is about (also a row written before case_ids existed)."""
    return from_tokens(row.case_ids) or ([row.case_id] if row.case_id else [])


def row_subject_ids(row: AccessLog) -> list[int]:
    return from_tokens(row.subjects)


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
