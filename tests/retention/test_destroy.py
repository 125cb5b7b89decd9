import pytest
from auditlog.models import LogEntry

from maatwerk.cases.models import (
    Blockage,
    Case,
    CaseDomain,
    CaseStatusChange,
    Household,
    Member,
    RegularRoute,
)
from maatwerk.retention.services import LegalHold, destroy_case

from ..factories import BlockageFactory, CaseFactory, HouseholdFactory, MemberFactory

pytestmark = pytest.mark.django_db


def test_destroying_removes_the_case_everything_under_it_and_its_history(closed_case):
    case = closed_case(years=6, eligible=True)
    BlockageFactory(case=case)
    MemberFactory(household=case.household)
    household_id = case.household_id
    assert LogEntry.objects.filter(additional_data__case_id=case.pk).exists()

    destroy_case(case)

    assert not Case.objects.filter(pk=case.pk).exists()
    for model in (CaseDomain, CaseStatusChange, Blockage, RegularRoute):
        assert not model.objects.filter(case_id=case.pk).exists()
    assert not Household.objects.filter(pk=household_id).exists()
    assert not Member.objects.filter(household_id=household_id).exists()
    assert not LogEntry.objects.filter(additional_data__case_id=case.pk).exists()
    assert not LogEntry.objects.filter(additional_data__household_id=household_id).exists()


def test_household_with_another_case_is_kept(closed_case, team_noord):
    household = HouseholdFactory(team=team_noord)
    MemberFactory(household=household)
    old = closed_case(years=6, household=household)
    other = CaseFactory(household=household, in_behandeling=True)

    destroy_case(old)

    assert Case.objects.filter(pk=other.pk).exists()
    assert Member.objects.filter(household=household).count() == 1


def test_a_case_under_legal_hold_is_not_destroyed(closed_case):
    case = closed_case(years=9, legal_hold=True)

    with pytest.raises(LegalHold):
        destroy_case(case)

    assert Case.objects.filter(pk=case.pk).exists()
