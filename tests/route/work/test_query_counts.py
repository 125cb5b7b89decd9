"""The agenda and the work lists cost the same number of queries at 3 and at 30 cases."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from maatwerk.cases import services as cases
from maatwerk.cases.workflow import CaseStatus
from maatwerk.route import selectors, services

from ...factories import CaseFactory
from .conftest import case_of, on_agenda, proposal_on

pytestmark = pytest.mark.django_db


def queries(run) -> int:
    with CaptureQueriesContext(connection) as captured:
        run()
    return len(captured)


def agenda_with(consulent, count):
    items = []
    for _ in range(count):
        case = case_of(consulent)
        services.save_canvas(consulent, case, {"goal": "Rust.", "needs": "Een woning."})
        services.save_canvas(consulent, case, {"goal": "Rust en werk."})
        items.append(on_agenda(consulent, case))
    return items[0].consultation


def read_agenda(consultation, user):
    def run():
        return [
            (
                item.case.reference,
                item.case.household.team.name,
                item.added_by.username,
                item.latest_canvas.goal,
                list(item.tasks.all()),
                services.phase_of(item.case),
            )
            for item in selectors.agenda(consultation, cases=cases.visible_cases(user))
        ]

    return run


@pytest.mark.parametrize("count", [3, 30])
def test_the_agenda_takes_three_queries_whatever_the_number_of_items(
    consulent, count, django_assert_num_queries
):
    consultation = agenda_with(consulent, count)
    items = selectors.agenda(consultation)
    assert len(items) == count and items[0].latest_canvas.number == 2

    # The items with case, team, route and author; the tasks; the latest canvases.
    with django_assert_num_queries(3):
        rows = read_agenda(consultation, consulent)()
    assert len(rows) == count and rows[0][3] == "Rust en werk."


def awaiting_with(consulent, omo, count):
    for _ in range(count):
        proposal_on(consulent, omo, case_of(consulent), cost_estimate=Decimal("90000"))


def read_awaiting(user):
    def run():
        return [
            (proposal.case.reference, proposal.proposed_by.username, proposal.portfolio_view_given)
            for proposal in selectors.proposals_awaiting_decision(user)
        ]

    return run


@pytest.mark.parametrize("count", [3, 30])
def test_the_proposals_awaiting_a_decision_take_a_fixed_number_of_queries(
    consulent, omo, count, django_assert_num_queries
):
    awaiting_with(consulent, omo, count)
    assert selectors.proposals_awaiting_decision(omo).count() == count

    # The municipality's route settings, then the proposals in one query.
    with django_assert_num_queries(2):
        rows = read_awaiting(omo)()
    assert len(rows) == count


@pytest.mark.parametrize("count", [3, 30])
def test_the_proposals_before_a_portefeuillehouder_take_one_query(
    consulent, omo, wethouder, count, django_assert_num_queries
):
    for _ in range(count):
        proposal = proposal_on(consulent, omo, case_of(consulent), within_frameworks=False)
        services.put_before_portefeuillehouder(omo, proposal, wethouder, "Steunt u dit?")

    with django_assert_num_queries(1):
        rows = [
            (row.proposal.solution, row.proposal.case.reference, row.asked_by.username, row.decided)
            for row in selectors.proposals_before(wethouder)
        ]
    assert len(rows) == count and not any(row[3] for row in rows)


def test_the_te_besluiten_page_costs_the_same_at_3_and_at_30_proposals(client, consulent, omo):
    client.force_login(omo)
    awaiting_with(consulent, omo, 3)
    at_3 = queries(lambda: client.get(reverse("route:awaiting")))
    awaiting_with(consulent, omo, 27)

    at_30 = queries(lambda: client.get(reverse("route:awaiting")))

    assert at_3 == at_30


def agenda_of_one_household(consulent, household, count):
    for _ in range(count):
        case = CaseFactory(
            household=household,
            regisseur=consulent,
            status=CaseStatus.IN_BEHANDELING,
            eligible=True,
        )
        services.save_canvas(consulent, case, {"goal": "Rust."})
        on_agenda(consulent, case)


@pytest.mark.parametrize("persona", ["omo", "consulent"])
def test_the_agenda_page_costs_the_same_at_3_and_at_30_items(client, request, consulent, persona):
    """Cases of one household: the access log asks each household shown for its people once,
    the only part of the page that grows with the number of households."""
    client.force_login(request.getfixturevalue(persona))
    household = case_of(consulent).household
    agenda_of_one_household(consulent, household, 3)
    at_3 = queries(lambda: client.get(reverse("route:agenda")))
    agenda_of_one_household(consulent, household, 27)

    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("route:agenda"))

    assert len(response.context["items"]) == 30
    assert len(captured) == at_3
