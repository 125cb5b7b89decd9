"""Anonymising keeps the facts and removes the persons: no name, BSN, address or free text may
survive anywhere in the database, the change history included."""

import pytest
from auditlog.models import LogEntry
from django.apps import apps

from maatwerk.cases.domains import LifeDomain
from maatwerk.cases.erasure import ANONYMISED_TITLE
from maatwerk.cases.models import (
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
from maatwerk.retention.services import LegalHold, anonymise_case

from ..factories import (
    BlockageFactory,
    CaseFactory,
    HouseholdFactory,
    MemberFactory,
    OrganisationFactory,
)
from .conftest import close, years_ago

pytestmark = pytest.mark.django_db

CANARIES = [
    "Kanarievoornaam",
    "Kanarie-Achternaam",
    "Kanariestraat",
    "9876 KN",
    "Kanariedorp",
    "Kanarietitel",
    "Kanarierisico",
    "Kanariereden",
    "Kanariereikwijdte",
    "Kanarieonbetrokken",
    "Kanariebewaarplicht",
    "Kanarieprofessional",
    "kanarie@example.org",
    "Kanarieprobleem",
    "Kanarieknelpunt",
    "Kanarieroute",
    "Kanarieresultaat",
    "Kanarierol",
    "Kanarienotitie",
    "Kanariestatusreden",
]


def database_text() -> str:
    """Every row of every table, as text: what a dump of the database would show."""
    rows = []
    for model in apps.get_models(include_auto_created=True):
        rows.extend(repr(row) for row in model._base_manager.values_list())
    return "\n".join(rows)


@pytest.fixture
def full_case(team_noord, consulent):
    household = HouseholdFactory(
        team=team_noord, street="Kanariestraat", postcode="9876 KN", city="Kanariedorp"
    )
    member = MemberFactory(
        household=household, first_name="Kanarievoornaam", last_name="Kanarie-Achternaam"
    )
    case = CaseFactory(
        household=household,
        regisseur=consulent,
        title="Kanarietitel",
        stagnation_risk="Kanarierisico",
        eligibility_reason="Kanariereden",
        consent_scope="Kanariereikwijdte",
        household_involved=False,
        household_not_involved_reason="Kanarieonbetrokken",
        legal_hold_reason="Kanariebewaarplicht (opgeheven)",
        confidential=True,
        domains=[LifeDomain.WONEN, LifeDomain.INKOMEN],
    )
    case.confidential_users.add(consulent)
    # Saved one by one so the change history records the free text, as the screens do.
    for domain in CaseDomain.objects.filter(case=case):
        domain.description = "Kanarieprobleem"
        domain.save()
    BlockageFactory(case=case, explanation="Kanarieknelpunt")
    RegularRoute.objects.create(case=case, description="Kanarieroute", result="Kanarieresultaat")
    CaseOrganisation.objects.create(
        case=case, organisation=OrganisationFactory(), role="Kanarierol"
    )
    Professional.objects.create(
        case=case, name="Kanarieprofessional", contact="kanarie@example.org"
    )
    TimelineEntry.objects.create(
        case=case, kind="note", text="Kanarienotitie", actor=consulent, at=years_ago(7)
    )
    close(case, years_ago(6), reason="Kanariestatusreden")
    member.refresh_from_db()
    return case, member


def test_no_trace_of_the_persons_is_left_anywhere(full_case):
    case, member = full_case
    before = database_text()
    assert all(canary in before for canary in CANARIES)
    assert LogEntry.objects.filter(additional_data__case_id=case.pk).exists()

    anonymise_case(case)

    after = database_text()
    left = [canary for canary in CANARIES if canary in after]
    assert left == []
    assert member.bsn_hash not in after
    assert member.bsn_encrypted not in after


def test_the_facts_that_statistics_and_precedents_use_are_kept(full_case):
    case, _member = full_case
    blockage = Blockage.objects.get(case=case)
    status_moments = list(
        CaseStatusChange.objects.filter(case=case).values_list("source", "target", "changed_at")
    )

    anonymise_case(case)

    case.refresh_from_db()
    assert case.title == ANONYMISED_TITLE
    assert case.anonymised_at is not None
    assert case.household.wijk == "Noord"
    assert case.household.team_id is not None
    assert set(case.domains.values_list("code", flat=True)) == {
        LifeDomain.WONEN,
        LifeDomain.INKOMEN,
    }
    kept = Blockage.objects.get(pk=blockage.pk)
    assert (kept.rule_id, kept.owner_id) == (blockage.rule_id, blockage.owner_id)
    assert kept.explanation == ""
    assert case.regular_routes.count() == 1
    assert case.organisations.count() == 1
    assert (
        list(
            CaseStatusChange.objects.filter(case=case).values_list("source", "target", "changed_at")
        )
        == status_moments
    )
    assert set(CaseStatusChange.objects.filter(case=case).values_list("reason", flat=True)) == {""}
    assert not case.confidential_users.exists()
    assert not Member.objects.filter(household=case.household).exists()


def test_household_persons_stay_while_another_case_still_needs_them(closed_case, team_noord):
    household = HouseholdFactory(team=team_noord, street="Kanariestraat")
    MemberFactory(household=household)
    old = closed_case(years=7, household=household)
    CaseFactory(household=household, in_behandeling=True)

    anonymise_case(old)

    household.refresh_from_db()
    assert household.street == "Kanariestraat"
    assert Member.objects.filter(household=household).count() == 1


def test_the_last_case_to_go_takes_the_household_persons_with_it(closed_case, team_noord):
    household = HouseholdFactory(team=team_noord, street="Kanariestraat", wijk="Oost")
    MemberFactory(household=household)
    first = closed_case(years=7, household=household)
    second = closed_case(years=6, household=household)

    anonymise_case(first)
    assert Member.objects.filter(household=household).exists()
    anonymise_case(second)

    household = Household.objects.get(pk=household.pk)
    assert (household.street, household.wijk) == ("", "Oost")
    assert not Member.objects.filter(household=household).exists()


def test_a_case_under_legal_hold_is_refused(closed_case):
    case = closed_case(years=9, title="Kanarietitel", legal_hold=True)

    with pytest.raises(LegalHold):
        anonymise_case(case)

    case.refresh_from_db()
    assert (case.title, case.anonymised_at) == ("Kanarietitel", None)


def test_anonymising_twice_changes_nothing_the_second_time(closed_case):
    case = closed_case(years=9)
    first = anonymise_case(case).anonymised_at

    assert anonymise_case(case).anonymised_at == first
    assert Case.objects.get(pk=case.pk).anonymised_at == first
