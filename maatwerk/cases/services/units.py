"""The unit of work every change to a case file runs in: permission check, one transaction,
the case (or household) row locked, the change history written under the acting user, and one
timeline line that says what changed. Operations called inside an open unit for the same case
join it, so a screen step that changes several parts still leaves one line."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Case, Household, TimelineEntry
from ..timeline import check_kind

__all__ = [
    "add_timeline_entry",
    "check_at_end",
    "editing_case",
    "editing_household",
    "note_change",
]


@dataclass
class _Unit:
    case: Case
    labels: list[str] = field(default_factory=list)
    # Rules about the file as a whole, checked when every part of the change is in.
    checks: list[Callable[[Case], None]] = field(default_factory=list)

    def add(self, label: str) -> None:
        if label not in self.labels:
            self.labels.append(label)


_open_units: ContextVar[dict[int, _Unit] | None] = ContextVar("open_case_units", default=None)


def require_edit(user, record) -> None:
    if not user.has_perm("cases.change_case", record):
        raise PermissionDenied(_("U mag dit dossier niet wijzigen."))


def history_mark() -> int:
    """The newest change-history row: whatever is written later is part of this change."""
    return LogEntry.objects.aggregate(last=Max("pk"))["last"] or 0


def add_timeline_entry(user, case: Case, kind: str, text: str) -> TimelineEntry:
    """Add a line to the case's timeline. `kind` is one declared by an app (see timeline.py)."""
    check_kind(kind)
    return TimelineEntry.objects.create(
        case=case, kind=kind, text=text, actor=user, at=timezone.now()
    )


def check_at_end(case: Case, check: Callable[[Case], None]) -> None:
    """Run `check(case)` when the open unit of work for `case` is complete (it raises a
    ValidationError to refuse the whole change)."""
    unit = (_open_units.get() or {}).get(case.pk)
    if unit is None:
        check(case)
    elif check not in unit.checks:
        unit.checks.append(check)


def note_change(case: Case, label: str) -> None:
    """Tell the open unit of work for `case` that `label` (a part of the file) changed."""
    unit = (_open_units.get() or {}).get(case.pk)
    if unit is not None:
        unit.add(label)


@contextmanager
def editing_case(user, case: Case, what: str) -> Iterator[Case]:
    """Change a case file as one unit of work. The case row is locked; every change lands in
    the history under `user`; one timeline line says what changed (the labels the operations
    inside reported, or `what`). Anything raised inside rolls the whole change back."""
    units = _open_units.get() or {}
    if case.pk in units:
        unit = units[case.pk]
        mark, labelled = history_mark(), len(unit.labels)
        yield unit.case
        if history_mark() > mark and len(unit.labels) == labelled:
            unit.add(what)
        return
    require_edit(user, case)
    with transaction.atomic(), set_actor(user):
        locked = Case.objects.select_for_update().select_related("household").get(pk=case.pk)
        unit = _Unit(locked)
        token = _open_units.set({**units, case.pk: unit})
        mark = history_mark()
        try:
            yield locked
        finally:
            _open_units.reset(token)
        locked.refresh_from_db()
        from .registration import check_case_invariants  # one module per concern, no cycle

        check_case_invariants(user, locked)
        for check in unit.checks:
            check(locked)
        # The change history only grows when a value really changed; a save that changed
        # nothing ("opslaan" without edits, an empty PATCH) leaves the timeline alone.
        if history_mark() > mark and not unit.labels:
            unit.add(what)
        if unit.labels:
            add_timeline_entry(
                user,
                locked,
                TimelineEntry.Kind.UPDATED,
                _("%(what)s bijgewerkt.") % {"what": ", ".join(str(x) for x in unit.labels)},
            )


@contextmanager
def editing_household(user, household: Household) -> Iterator[Household]:
    """Change a household and its members as one unit of work."""
    require_edit(user, household)
    with transaction.atomic(), set_actor(user):
        yield Household.objects.select_for_update().get(pk=household.pk)
