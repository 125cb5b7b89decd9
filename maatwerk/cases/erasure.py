"""Removing the person from a case file: anonymise (keep the facts) or destroy (keep nothing).
`maatwerk.retention` calls these through the declaration in `retention.py`, when a file's term
has passed; it decides when, this module what.

Anonymising keeps what reports and precedents are built from: the life-domain codes, the
blockages with the rule that blocked and the rule's owner, the involved organisations, the
regular routes that were tried (as rows, without their text), the status dates, the signal
source and date, the wijk and team. It removes every name, BSN, address, date of birth and
every piece of free text, and the change history that still holds old values of them. There is
no vraagbaak yet; when it comes, precedents are drawn from these anonymised facts.

Apps above `cases` that keep records under a case file (the route) take part without `cases`
importing them: their AppConfig names an object with `anonymise(case_id)` and
`destroy(case_id)` as `case_erasure` (see `CaseErasure`). Both are called inside the
transaction, with the case locked and its legal hold checked, before the case's own rows change.

The access log (`maatwerk.audit`) is never touched: it is append-only and holds ids and case
references only. Its link to a case has no database constraint, so it survives destruction."""

from typing import Protocol

from auditlog.context import disable_auditlog
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model, Q
from django.utils import timezone

from maatwerk.core.declarations import declared
from maatwerk.retention.declarations import LegalHold

from .models import (
    Blockage,
    Case,
    CaseDomain,
    CaseOrganisation,
    CaseStatusChange,
    Household,
    Member,
    Professional,
    RegularRoute,
    TimelineEntry,
)

__all__ = ["ANONYMISED_TITLE", "CaseErasure", "LegalHold", "anonymise_case", "destroy_case"]

# Stored data, not interface text: the same in every language the interface may be shown in.
ANONYMISED_TITLE = "Geanonimiseerde casus"

# The rows under a case that django-auditlog keeps a history for (see cases/history.py).
_CASE_DETAILS: tuple[type[Model], ...] = (
    CaseDomain,
    CaseOrganisation,
    Professional,
    Blockage,
    RegularRoute,
)


class CaseErasure(Protocol):
    """What an app declares as `case_erasure`: its part of anonymising or destroying a case.
    Called inside the caller's transaction; raising rolls the whole erasure back."""

    def anonymise(self, case_id: int) -> None: ...

    def destroy(self, case_id: int) -> None: ...


def _erasures() -> list[CaseErasure]:
    # The apps installed last build on the earlier ones: they go first.
    return list(reversed(declared("case_erasure")))


def anonymise_case(case: Case) -> Case:
    """Remove every trace of the persons from `case`, keep the facts. Idempotent: a case
    that is already anonymised is returned unchanged."""
    now = timezone.now()
    with transaction.atomic(), disable_auditlog():
        locked = _lock(case)
        if locked.anonymised_at is not None:
            return locked
        detail_ids = _detail_ids(locked.pk)
        for erasure in _erasures():
            erasure.anonymise(locked.pk)

        Professional.objects.filter(case=locked).delete()
        TimelineEntry.objects.filter(case=locked).delete()
        RegularRoute.objects.filter(case=locked).update(description="", result="")
        CaseDomain.objects.filter(case=locked).update(description="")
        CaseOrganisation.objects.filter(case=locked).update(role="")
        Blockage.objects.filter(case=locked).update(explanation="")
        CaseStatusChange.objects.filter(case=locked).update(reason="")
        locked.confidential_users.clear()
        Case.objects.filter(pk=locked.pk).update(
            title=ANONYMISED_TITLE,
            stagnation_risk="",
            eligibility_reason="",
            consent_scope="",
            household_not_involved_reason="",
            legal_hold_reason="",
            anonymised_at=now,
            updated_at=now,
        )
        _forget_case_history(locked.pk, detail_ids)
        _forget_household_if_unused(locked.household_id)
    locked.refresh_from_db()
    return locked


def destroy_case(case: Case) -> None:
    """Delete `case` with everything under it and its change history; the household too
    when no other case refers to it."""
    with transaction.atomic(), disable_auditlog():
        locked = _lock(case)
        case_id, household_id = locked.pk, locked.household_id
        detail_ids = _detail_ids(case_id)
        for erasure in _erasures():
            erasure.destroy(case_id)
        locked.delete()
        _forget_case_history(case_id, detail_ids)
        _forget_household_if_unused(household_id)


def _lock(case: Case) -> Case:
    locked = Case.objects.select_for_update().get(pk=case.pk)
    if locked.legal_hold:
        raise LegalHold(locked.reference)
    return locked


def _detail_ids(case_id: int) -> dict[type[Model], list[int]]:
    return {
        model: list(model.objects.filter(case_id=case_id).values_list("pk", flat=True))
        for model in _CASE_DETAILS
    }


def _history_of(model: type[Model], ids) -> Q:
    content_type = ContentType.objects.get_for_model(model)
    return Q(content_type=content_type, object_pk__in=[str(pk) for pk in ids])


def _forget_case_history(case_id: int, detail_ids: dict[type[Model], list[int]]) -> None:
    """Delete the change history of the case and the rows under it: it holds old values."""
    query = Q(additional_data__case_id=case_id) | _history_of(Case, [case_id])
    for model, ids in detail_ids.items():
        if ids:
            query |= _history_of(model, ids)
    LogEntry.objects.filter(query).delete()


def _forget_household_if_unused(household_id: int) -> None:
    """A household is shared by all its cases. Its persons go only when no case that still
    holds personal data refers to it; the row itself goes when no case refers to it at all."""
    cases = Case.objects.filter(household_id=household_id)
    if cases.filter(anonymised_at__isnull=True).exists():
        return
    member_ids = list(Member.objects.filter(household_id=household_id).values_list("pk", flat=True))
    if cases.exists():
        Member.objects.filter(household_id=household_id).delete()
        Household.objects.filter(pk=household_id).update(
            street="", house_number="", postcode="", city=""
        )
    else:
        Household.objects.filter(pk=household_id).delete()
    LogEntry.objects.filter(
        Q(additional_data__household_id=household_id)
        | _history_of(Household, [household_id])
        | _history_of(Member, member_ids)
    ).delete()
