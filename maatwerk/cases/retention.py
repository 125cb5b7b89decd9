"""The case file's side of retention, declared for `maatwerk.retention` (named by CasesConfig):
which cases are closed, since when, what kind of file each is, and how one is anonymised or
destroyed (`erasure.py`). The terms, the run, the lock and the destruction list are
`maatwerk.retention`'s.

A term counts from the last time a case was closed: its last status change to `afgesloten`.
A reopened case is not closed, so it is never a candidate."""

from collections.abc import Iterator

from django.db.models import Exists, OuterRef, QuerySet, Subquery

from maatwerk.retention.declarations import FileKind, RetainedFile, RetentionDeclaration

from .domains import LifeDomain
from .erasure import anonymise_case, destroy_case
from .models import Case, CaseDomain, CaseStatusChange
from .workflow import CaseStatus

__all__ = ["DECLARATION", "file_kind"]


def file_kind(case: Case, *, touches_youth_care: bool | None = None) -> str:
    """Which retention rule applies. There is no granted-support concept yet, so every case
    without the jeugd domain counts as `zonder toegekende ondersteuning`."""
    if touches_youth_care is None:
        touches_youth_care = case.domains.filter(code=LifeDomain.JEUGD_OPVOEDING).exists()
    if touches_youth_care:
        return FileKind.JEUGD
    return FileKind.MAATWERK_ZONDER_ONDERSTEUNING


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


def _retained(case: Case) -> RetainedFile:
    return RetainedFile(
        record=case,
        pk=case.pk,
        reference=case.reference,
        kind=file_kind(case, touches_youth_care=case.touches_youth_care),
        closed_at=case.closed_at,
        legal_hold=case.legal_hold,
    )


def closed_files() -> Iterator[RetainedFile]:
    for case in _closed_cases().iterator(chunk_size=500):
        yield _retained(case)


def lock(pk: int) -> RetainedFile | None:
    case = _closed_cases().select_for_update(of=("self",)).filter(pk=pk).first()
    return None if case is None else _retained(case)


DECLARATION = RetentionDeclaration(
    model="cases.Case",
    closed_files=closed_files,
    lock=lock,
    anonymise=anonymise_case,
    destroy=destroy_case,
)
