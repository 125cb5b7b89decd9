"""Retention of case files: which closed files have outlived their term, and carrying out the
anonymisation or destruction the beheerder's rules prescribe. The management command
`apply_retention` is a thin wrapper around `apply_retention` here.

This app names no model of another app. The app that owns a kind of case file declares it
(`declarations.py`, named by its AppConfig): which files are closed and since when, their kind,
how one is anonymised or destroyed. Today that is `cases` (cases/retention.py, and
cases/erasure.py for what anonymisation keeps).

A term counts from the last time a file was closed. A file under a legal hold is never
touched, and is reported as skipped. An anonymised file is done, so a second run changes
nothing. Each file is handled in its own transaction: a failure leaves that file as it was, is
reported, and the run goes on with the next one."""

import datetime
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import structlog
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.audit.services import AccessLog, log_access

from .declarations import LegalHold, RetainedFile, declaration_for, declarations
from .locking import RetentionLocked, retention_lock
from .models import DestructionRecord, RetentionAction, RetentionRule

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
]

log = structlog.get_logger(__name__)

ACCESS_LOG_CHANNEL = "beheer:apply_retention"
ACCESS_LOG_PURPOSE = "archivering (bewaartermijn)"


@dataclass(frozen=True)
class Candidate:
    """A closed case file whose retention term has passed. `skip_reason` says why it may not
    be handled (yet); it never contains text from the file itself."""

    file: RetainedFile
    rule: RetentionRule | None
    due_on: datetime.date | None
    skip_reason: str = ""

    @property
    def case(self) -> Any:
        """The declaring app's own record (a `cases.Case`)."""
        return self.file.record

    @property
    def kind(self) -> str:
        return self.file.kind

    @property
    def closed_at(self) -> datetime.datetime | None:
        return self.file.closed_at


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


def anonymise_case(record) -> Any:
    """Anonymise one case file now, through the app that declares it. Raises LegalHold."""
    return declaration_for(record).anonymise(record)


def destroy_case(record) -> None:
    """Destroy one case file now, through the app that declares it. Raises LegalHold."""
    declaration_for(record).destroy(record)


def add_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def _closed_files() -> Iterator[RetainedFile]:
    for declaration in declarations():
        yield from declaration.closed_files()


def candidates(today: datetime.date) -> list[Candidate]:
    """Closed, not yet anonymised files whose term has passed on `today`, including the
    ones that must be skipped (legal hold, no rule for their kind, unknown closure date)."""
    rules = {rule.kind: rule for rule in RetentionRule.objects.all()}
    found = []
    for file in _closed_files():
        rule = rules.get(file.kind)
        if file.closed_at is None:
            found.append(Candidate(file, rule, None, _("afsluitdatum onbekend")))
            continue
        if rule is None:
            found.append(Candidate(file, None, None, _("geen bewaartermijn vastgelegd")))
            continue
        due_on = add_years(timezone.localdate(file.closed_at), rule.years)
        if due_on > today:
            continue
        reason = _("bewaarplicht (legal hold) actief") if file.legal_hold else ""
        found.append(Candidate(file, rule, due_on, reason))
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
                    Skipped(candidate.file.reference, candidate.kind, str(changed))
                )
            except Exception as error:
                log.error(
                    "retention.case_failed",
                    run_id=report.run_id,
                    case_id=candidate.file.pk,
                    error=type(error).__name__,
                )
                report.failed.append(Failed(candidate.file.reference, type(error).__name__))
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
            Skipped(candidate.file.reference, candidate.kind, candidate.skip_reason)
        )
    else:
        report.handled.append(
            Handled(
                candidate.file.reference,
                candidate.kind,
                candidate.rule.action,
                candidate.closed_at,
                candidate.due_on,
            )
        )


class _Changed(Exception):
    """The file changed between listing and handling (reopened, put on hold, …)."""


def _handle(candidate: Candidate, run_id: str) -> None:
    rule = candidate.rule
    declaration = declaration_for(candidate.case)
    with transaction.atomic():
        fresh = declaration.lock(candidate.file.pk)
        if fresh is None or fresh.closed_at != candidate.closed_at:
            raise _Changed(_("casus gewijzigd tijdens de run"))
        if fresh.legal_hold:
            raise _Changed(_("bewaarplicht (legal hold) actief"))
        log_access(
            user=None,
            case=fresh.record,
            action=(
                AccessLog.Action.DELETE
                if rule.action == RetentionAction.DESTROY
                else AccessLog.Action.UPDATE
            ),
            channel=ACCESS_LOG_CHANNEL,
            purpose=ACCESS_LOG_PURPOSE,
        )
        if rule.action == RetentionAction.DESTROY:
            declaration.destroy(fresh.record)
        else:
            declaration.anonymise(fresh.record)
        _record(candidate, run_id)
    log.info(
        "retention.case_handled",
        run_id=run_id,
        case_id=candidate.file.pk,
        action=rule.action,
        kind=candidate.kind,
    )


def _record(candidate: Candidate, run_id: str) -> DestructionRecord:
    rule = candidate.rule
    return DestructionRecord.objects.create(
        run_id=run_id,
        case_id=candidate.file.pk,
        case_reference=candidate.file.reference,
        kind=candidate.kind,
        rule_name=str(rule)[:200],
        rule_years=rule.years,
        rule_legal_source=rule.legal_source,
        action=rule.action,
        closed_at=candidate.closed_at,
        due_on=candidate.due_on,
        executed_at=timezone.now(),
    )
