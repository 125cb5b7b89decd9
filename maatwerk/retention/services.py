"""Retention of case files: which closed cases have outlived their term, and carrying out the
anonymisation or destruction the beheerder's rules prescribe. The management command
`apply_retention` is a thin wrapper around `apply_retention` here.

A term counts from the last time a case was closed (its last status change to `afgesloten`).
A reopened case is never due; closing it again starts the term anew. A case under a legal hold
is never touched, and is reported as skipped. An anonymised case is done, so a second run
changes nothing. Each case is handled in its own transaction: a failure leaves that case as it
was, is reported, and the run goes on with the next case.

What anonymisation keeps, so that aggregates and precedents stay intact, is described in
`erasure.py`."""

import datetime
import uuid
from dataclasses import dataclass, field

import structlog
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import log_access
from maatwerk.cases.domains import LifeDomain
from maatwerk.cases.models import Case, CaseDomain, CaseStatusChange
from maatwerk.cases.workflow import CaseStatus

from .erasure import LegalHold, anonymise_case, destroy_case
from .locking import RetentionLocked, retention_lock
from .models import DestructionRecord, FileKind, RetentionAction, RetentionRule

__all__ = [
    "Candidate",
    "LegalHold",
    "RetentionLocked",
    "RunReport",
    "anonymise_case",
    "apply_retention",
    "candidates",
    "destroy_case",
    "due_cases",
    "file_kind",
]

log = structlog.get_logger(__name__)

ACCESS_LOG_CHANNEL = "beheer:apply_retention"
ACCESS_LOG_PURPOSE = "archivering (bewaartermijn)"


@dataclass(frozen=True)
class Candidate:
    """A closed case whose retention term has passed. `skip_reason` says why it may not be
    handled (yet); it never contains text from the case itself."""

    case: Case
    kind: str
    rule: RetentionRule | None
    closed_at: datetime.datetime
    due_on: datetime.date | None
    skip_reason: str = ""


@dataclass
class Handled:
    reference: str
    kind: str
    action: str
    closed_at: datetime.datetime
    due_on: datetime.date


@dataclass
class Skipped:
    reference: str
    kind: str
    reason: str


@dataclass
class Failed:
    reference: str
    error: str


@dataclass
class RunReport:
    run_id: str
    today: datetime.date
    dry_run: bool
    handled: list[Handled] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def count(self, action: str) -> int:
        return sum(1 for row in self.handled if row.action == action)


def file_kind(case: Case, *, touches_youth_care: bool | None = None) -> str:
    """Which retention rule applies. There is no granted-support concept yet, so every case
    without the jeugd domain counts as `zonder toegekende ondersteuning`."""
    if touches_youth_care is None:
        touches_youth_care = case.domains.filter(code=LifeDomain.JEUGD_OPVOEDING).exists()
    if touches_youth_care:
        return FileKind.JEUGD
    return FileKind.MAATWERK_ZONDER_ONDERSTEUNING


def add_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def _closed_cases() -> QuerySet[Case]:
    last_closure = (
        CaseStatusChange.objects.filter(case=OuterRef("pk"), target=CaseStatus.AFGESLOTEN)
        .order_by("-changed_at", "-pk")
        .values("changed_at")[:1]
    )
    youth_care = CaseDomain.objects.filter(case=OuterRef("pk"), code=LifeDomain.JEUGD_OPVOEDING)
    return (
        Case.objects.filter(status=CaseStatus.AFGESLOTEN, anonymised_at__isnull=True)
        .annotate(closed_at=Subquery(last_closure), touches_youth_care=Exists(youth_care))
        .order_by("pk")
    )


def candidates(today: datetime.date) -> list[Candidate]:
    """Closed, not yet anonymised cases whose term has passed on `today`, including the
    ones that must be skipped (legal hold, no rule for their kind, unknown closure date)."""
    rules = {rule.kind: rule for rule in RetentionRule.objects.all()}
    found = []
    for case in _closed_cases().iterator(chunk_size=500):
        kind = file_kind(case, touches_youth_care=case.touches_youth_care)
        rule = rules.get(kind)
        if case.closed_at is None:
            found.append(
                Candidate(case, kind, rule, case.closed_at, None, _("afsluitdatum onbekend"))
            )
            continue
        if rule is None:
            found.append(
                Candidate(
                    case, kind, None, case.closed_at, None, _("geen bewaartermijn vastgelegd")
                )
            )
            continue
        due_on = add_years(timezone.localdate(case.closed_at), rule.years)
        if due_on > today:
            continue
        reason = _("bewaarplicht (legal hold) actief") if case.legal_hold else ""
        found.append(Candidate(case, kind, rule, case.closed_at, due_on, reason))
    return found


def due_cases(today: datetime.date) -> list[Candidate]:
    """The cases a run on `today` would anonymise or destroy."""
    return [candidate for candidate in candidates(today) if not candidate.skip_reason]


def _new_run_id(now: datetime.datetime) -> str:
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


def apply_retention(today: datetime.date, *, dry_run: bool = False) -> RunReport:
    """Anonymise or destroy every due case, one transaction per case, and write one
    destruction-list record per handled case. With `dry_run` nothing is changed."""
    now = timezone.now()
    report = RunReport(run_id=_new_run_id(now), today=today, dry_run=dry_run)
    if dry_run:
        for candidate in candidates(today):
            _report_candidate(report, candidate)
        return report
    with retention_lock(report.run_id):
        for candidate in candidates(today):
            if candidate.skip_reason:
                _report_candidate(report, candidate)
                continue
            try:
                _handle(candidate, report.run_id)
            except _Changed as changed:
                report.skipped.append(
                    Skipped(candidate.case.reference, candidate.kind, str(changed))
                )
            except Exception as error:
                log.error(
                    "retention.case_failed",
                    run_id=report.run_id,
                    case_id=candidate.case.pk,
                    error=type(error).__name__,
                )
                report.failed.append(Failed(candidate.case.reference, type(error).__name__))
            else:
                _report_candidate(report, candidate)
    log.info(
        "retention.run_finished",
        run_id=report.run_id,
        handled=len(report.handled),
        skipped=len(report.skipped),
        failed=len(report.failed),
    )
    return report


def _report_candidate(report: RunReport, candidate: Candidate) -> None:
    if candidate.skip_reason:
        report.skipped.append(
            Skipped(candidate.case.reference, candidate.kind, candidate.skip_reason)
        )
    else:
        report.handled.append(
            Handled(
                candidate.case.reference,
                candidate.kind,
                candidate.rule.action,
                candidate.closed_at,
                candidate.due_on,
            )
        )


class _Changed(Exception):
    """The case changed between listing and handling (reopened, put on hold, …)."""


def _handle(candidate: Candidate, run_id: str) -> None:
    rule = candidate.rule
    with transaction.atomic():
        fresh = _closed_cases().select_for_update(of=("self",)).filter(pk=candidate.case.pk)
        case = fresh.first()
        if case is None or case.closed_at != candidate.closed_at:
            raise _Changed(_("casus gewijzigd tijdens de run"))
        if case.legal_hold:
            raise _Changed(_("bewaarplicht (legal hold) actief"))
        log_access(
            user=None,
            case=case,
            action=(
                AccessLog.Action.DELETE
                if rule.action == RetentionAction.DESTROY
                else AccessLog.Action.UPDATE
            ),
            channel=ACCESS_LOG_CHANNEL,
            purpose=ACCESS_LOG_PURPOSE,
        )
        if rule.action == RetentionAction.DESTROY:
            destroy_case(case)
        else:
            anonymise_case(case)
        _record(candidate, run_id)
    log.info(
        "retention.case_handled",
        run_id=run_id,
        case_id=candidate.case.pk,
        action=rule.action,
        kind=candidate.kind,
    )


def _record(candidate: Candidate, run_id: str) -> DestructionRecord:
    rule = candidate.rule
    return DestructionRecord.objects.create(
        run_id=run_id,
        case_id=candidate.case.pk,
        case_reference=candidate.case.reference,
        kind=candidate.kind,
        rule_name=str(rule)[:200],
        rule_years=rule.years,
        rule_legal_source=rule.legal_source,
        action=rule.action,
        closed_at=candidate.closed_at,
        due_on=candidate.due_on,
        executed_at=timezone.now(),
    )
