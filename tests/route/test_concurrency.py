"""Two people deciding the same proposal at the same moment: row locks only mean something on
the real engine, so this runs on PostgreSQL (like tests/cases/test_concurrency.py)."""

import threading
from decimal import Decimal

import pytest
from django.db import connection, connections

from maatwerk.accounts.roles import Role
from maatwerk.cases.models import TimelineEntry
from maatwerk.route import services
from maatwerk.route.errors import Conflict
from maatwerk.route.models import Decision, Outcome, PhaseChange
from maatwerk.route.workflow import Phase

from ..factories import UserFactory
from .test_flow import phase, proposal_fields

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks")


def _at_once(calls) -> list:
    """Run each call in its own thread and database connection, all released together."""
    barrier = threading.Barrier(len(calls))
    outcomes: list = [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        try:
            outcomes[index] = calls[index]()
        except Exception as error:
            outcomes[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_two_simultaneous_decisions_store_one_and_the_other_is_a_conflict(
    consulent, omo, teamleider, team_noord, route_case
):
    second_teamleider = UserFactory(username="teamleider2", role=Role.TEAMLEIDER, team=team_noord)
    item = services.put_on_agenda(consulent, route_case, "Kan de bonus de schulden deblokkeren?")
    services.record_outcome(omo, item, Outcome.BESLUIT_NU)
    proposal = services.submit_proposal(
        consulent, route_case, **proposal_fields(cost_estimate=Decimal("3000"))
    )

    outcomes = _at_once(
        [
            lambda: services.decide(
                teamleider, proposal, outcome="akkoord", motivation="Goedkoper dan bewind."
            ),
            lambda: services.decide(
                second_teamleider, proposal, outcome="afgewezen", motivation="Te duur."
            ),
        ]
    )

    decided = [o for o in outcomes if isinstance(o, Decision)]
    conflicts = [o for o in outcomes if isinstance(o, Conflict)]
    assert (len(decided), len(conflicts)) == (1, 1), outcomes
    assert "al besloten" in conflicts[0].messages[0]
    [stored] = Decision.objects.filter(proposal=proposal)
    assert stored.pk == decided[0].pk
    expected = Phase.UITVOERING if stored.approves else Phase.AFGEWEZEN
    assert phase(route_case) == expected
    # One move out of besluitvorming and one decision line on the timeline: nothing of the
    # refused call is left.
    assert PhaseChange.objects.filter(case=route_case, source=Phase.BESLUITVORMING).count() == 1
    assert TimelineEntry.objects.filter(case=route_case, kind="route_decision").count() == 1
