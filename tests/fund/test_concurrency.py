"""Twenty approvals at the same moment against one fund that covers only some of them: row
locks only mean something on the real engine, so this runs on PostgreSQL."""

import threading
from decimal import Decimal

import pytest
from django.db import connection, connections

from maatwerk.accounts.roles import Role
from maatwerk.fund import services
from maatwerk.fund.models import EntryKind, LedgerEntry
from maatwerk.fund.selectors import replayed
from maatwerk.route import services as route
from maatwerk.route.errors import Conflict
from maatwerk.route.models import Decision

from ..factories import CaseFactory, UserFactory
from .conftest import make_fund, proposal_on_the_table

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

PARALLEL = 20
AFFORDABLE = 7


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks")


def _at_once(calls) -> list:
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


def test_twenty_parallel_approvals_commit_exactly_what_the_fund_affords(
    consulent, omo, teamleider, controller, team_noord
):
    amount = Decimal("1000.00")
    fund = make_fund(controller, budget=str(amount * AFFORDABLE + Decimal("999.99")))
    proposals = []
    for _n in range(PARALLEL):
        case = CaseFactory(
            household__team=team_noord, regisseur=consulent, status="in_behandeling", eligible=True
        )
        proposals.append(proposal_on_the_table(consulent, omo, case, fund, str(amount)))
    deciders = [
        UserFactory(username=f"tl{n}", role=Role.TEAMLEIDER, team=team_noord)
        for n in range(PARALLEL)
    ]

    outcomes = _at_once(
        [
            (lambda p=p, d=d: route.decide(d, p, outcome="akkoord", motivation="Doelmatig."))
            for p, d in zip(proposals, deciders, strict=True)
        ]
    )

    decided = [o for o in outcomes if isinstance(o, Decision)]
    refused = [o for o in outcomes if isinstance(o, Conflict)]
    assert (len(decided), len(refused)) == (AFFORDABLE, PARALLEL - AFFORDABLE), outcomes
    assert all("Budget op" in error.messages[0] for error in refused)
    assert Decision.objects.count() == AFFORDABLE
    commitments = LedgerEntry.objects.filter(fund=fund, kind=EntryKind.COMMITMENT)
    assert commitments.count() == AFFORDABLE
    assert set(Decision.objects.values_list("commitment_id", flat=True)) == set(
        commitments.values_list("pk", flat=True)
    )
    totals = services.totals(fund)
    assert totals.available == Decimal("999.99")
    assert totals.committed == amount * AFFORDABLE
    assert replayed(fund) == totals
    sequences = list(LedgerEntry.objects.filter(fund=fund).values_list("sequence", flat=True))
    assert sorted(sequences) == list(range(1, len(sequences) + 1))


def test_the_database_refuses_an_entry_that_overdraws_even_past_the_service(controller):
    """The last line of defence: an entry written straight to the table, as if computed from
    a stale balance, is refused by the CHECK and the sequence constraint."""
    from django.db import IntegrityError, transaction
    from django.utils import timezone

    fund = make_fund(controller, budget="100")
    first = LedgerEntry.objects.get(fund=fund)
    base = {
        "fund": fund,
        "kind": EntryKind.COMMITMENT,
        "amount": Decimal("150"),
        "budget_after": Decimal("100"),
        "available_after": Decimal("-50"),
        "committed_after": Decimal("150"),
        "paid_after": 0,
        "receivable_after": 0,
        "topped_up_after": 0,
        "value_date": timezone.localdate(),
        "booked_by": controller,
        "booked_at": timezone.now(),
    }
    with pytest.raises(IntegrityError), transaction.atomic():
        LedgerEntry.objects.create(sequence=2, **base)
    with pytest.raises(IntegrityError), transaction.atomic():
        LedgerEntry.objects.create(sequence=first.sequence, **(base | {"available_after": 0}))
