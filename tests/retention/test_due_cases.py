import pytest

from maatwerk.cases import services as case_services
from maatwerk.cases.models import Case, CaseStatusChange
from maatwerk.cases.workflow import CaseStatus
from maatwerk.retention.models import FileKind, RetentionRule
from maatwerk.retention.services import candidates, due_cases

from ..factories import CaseFactory
from .conftest import TODAY, years_ago

pytestmark = pytest.mark.django_db


def references(found) -> set[str]:
    return {candidate.case.reference for candidate in found}


def test_case_without_youth_care_is_due_five_years_after_closure(closed_case):
    due = closed_case(years=5)
    closed_case(years=4, days=364)

    found = due_cases(TODAY)

    assert references(found) == {due.reference}
    assert found[0].kind == FileKind.MAATWERK_ZONDER_ONDERSTEUNING
    assert found[0].due_on == TODAY


def test_youth_care_case_is_kept_twenty_years(closed_case):
    closed_case(years=19, days=360, jeugd=True)
    old = closed_case(years=20, days=1, jeugd=True)

    found = due_cases(TODAY)

    assert references(found) == {old.reference}
    assert found[0].kind == FileKind.JEUGD


def test_the_term_follows_the_rule_the_beheerder_sets(closed_case):
    case = closed_case(years=3)
    assert due_cases(TODAY) == []

    RetentionRule.objects.filter(kind=FileKind.MAATWERK_ZONDER_ONDERSTEUNING).update(years=2)

    assert references(due_cases(TODAY)) == {case.reference}


def test_legal_hold_stops_a_due_case_and_says_why(closed_case):
    case = closed_case(years=8, legal_hold=True, legal_hold_reason="Bezwaarprocedure loopt")

    assert due_cases(TODAY) == []
    (skipped,) = candidates(TODAY)
    assert skipped.case == case
    assert skipped.skip_reason == "bewaarplicht (legal hold) actief"


def test_reopened_case_is_never_due(consulent):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent)
    case_services.transition_case(consulent, case, CaseStatus.AFGESLOTEN, "Klaar")
    case_services.transition_case(consulent, case, CaseStatus.HEROPEND, "Nieuw signaal")
    CaseStatusChange.objects.filter(case=case).update(changed_at=years_ago(10))

    assert due_cases(TODAY) == []


def test_term_counts_from_the_last_closure(consulent):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent)
    case_services.transition_case(consulent, case, CaseStatus.AFGESLOTEN, "Klaar")
    case_services.transition_case(consulent, case, CaseStatus.HEROPEND, "Nieuw signaal")
    case_services.transition_case(consulent, case, CaseStatus.AFGESLOTEN, "Weer klaar")
    first, second = CaseStatusChange.objects.filter(
        case=case, target=CaseStatus.AFGESLOTEN
    ).order_by("pk")
    CaseStatusChange.objects.filter(pk=first.pk).update(changed_at=years_ago(9))
    CaseStatusChange.objects.filter(pk=second.pk).update(changed_at=years_ago(2))

    assert due_cases(TODAY) == []

    CaseStatusChange.objects.filter(pk=second.pk).update(changed_at=years_ago(6))
    assert references(due_cases(TODAY)) == {case.reference}


def test_open_and_anonymised_cases_are_not_due(closed_case):
    CaseFactory(in_behandeling=True)
    done = closed_case(years=9)
    Case.objects.filter(pk=done.pk).update(anonymised_at=years_ago(1))

    assert candidates(TODAY) == []


def test_closed_case_without_a_closure_date_is_skipped_not_guessed(team_noord):
    case = CaseFactory(afgesloten=True, household__team=team_noord)

    assert due_cases(TODAY) == []
    (skipped,) = candidates(TODAY)
    assert skipped.case == case
    assert skipped.skip_reason == "afsluitdatum onbekend"
