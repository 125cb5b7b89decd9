"""Who sees which terms: the worklist follows the case file's access rules (team, regisseur,
confidentiality), keeps a fixed number of queries however long it is, and "Mijn werk" shows
the first of each kind with a way to the whole list."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import maatwerk.views
from maatwerk.accounts.roles import Role
from maatwerk.cases.workflow import CaseStatus
from maatwerk.route import deadlines
from maatwerk.route.models import Route
from maatwerk.route.workflow import Phase

from ..factories import CaseFactory, HouseholdFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def overdue_decision(regisseur, *, household=None, days_late: int = 1):
    """A case waiting for a decision that is `days_late` days over its term."""
    case = CaseFactory(
        household=household or HouseholdFactory(team=regisseur.team),
        regisseur=regisseur,
        status=CaseStatus.IN_BEHANDELING,
    )
    Route.objects.create(
        case=case,
        phase=Phase.BESLUITVORMING,
        decision_due=TODAY() - datetime.timedelta(days=days_late),
    )
    return case


def references(user) -> list[str]:
    work = deadlines.worklist(user, TODAY())
    section = next(s for s in work.sections if s.key == "decisions")
    return [route.case.reference for route in section.items]


def test_a_consulent_sees_the_terms_of_the_cases_they_direct_and_no_others(consulent, team_noord):
    colleague = UserFactory(role=Role.CONSULENT, team=team_noord)
    mine = overdue_decision(consulent)
    theirs = overdue_decision(colleague)

    assert references(consulent) == [mine.reference]
    assert references(colleague) == [theirs.reference]


def test_the_teamleider_sees_the_team_and_not_another_team(consulent, consulent_zuid, teamleider):
    noord = overdue_decision(consulent)
    overdue_decision(consulent_zuid)

    assert references(teamleider) == [noord.reference]


def test_the_oldest_overdue_decision_comes_first(consulent, omo):
    recent = overdue_decision(consulent, days_late=1)
    oldest = overdue_decision(consulent, days_late=9)

    assert references(omo) == [oldest.reference, recent.reference]


def test_a_household_with_a_confidential_case_is_hidden_until_the_user_is_named_on_it(
    consulent, omo
):
    household = HouseholdFactory(team=consulent.team)
    open_case = overdue_decision(consulent, household=household)
    secret = CaseFactory(household=household, regisseur=consulent, confidential=True)
    secret.confidential_users.add(consulent)

    assert references(omo) == []
    assert references(consulent) == [open_case.reference]

    secret.confidential_users.add(omo)
    assert references(omo) == [open_case.reference]


def test_a_closed_case_leaves_the_worklist(consulent, omo):
    case = overdue_decision(consulent)
    type(case).objects.filter(pk=case.pk).update(status=CaseStatus.AFGESLOTEN)

    assert references(omo) == []


def test_the_worklist_costs_the_same_queries_for_one_row_as_for_many(consulent, omo):
    overdue_decision(consulent)
    deadlines.worklist(omo, TODAY())  # the first call also makes the municipality's settings
    with CaptureQueriesContext(connection) as one:
        deadlines.worklist(omo, TODAY())
    for _ in range(12):
        overdue_decision(consulent)
    with CaptureQueriesContext(connection) as many:
        work = deadlines.worklist(omo, TODAY())
        deadlines.cases_in(work)  # reads every row's case: no query per row

    assert len(many) == len(one)


def test_my_work_shows_the_first_of_a_kind_and_links_to_all_terms(client, consulent, monkeypatch):
    monkeypatch.setattr(maatwerk.views, "START_PAGE_ROWS", 2)
    cases = [overdue_decision(consulent, days_late=n) for n in (5, 4, 3)]
    client.force_login(consulent)

    start = client.get(reverse("home")).content.decode()
    everything = client.get(reverse("route:deadlines")).content.decode()

    assert [c.reference in start for c in cases] == [True, True, False]
    assert f'href="{reverse("route:deadlines")}#termijn-decisions"' in start
    assert all(c.reference in everything for c in cases)
    assert "#termijn-decisions" not in everything
