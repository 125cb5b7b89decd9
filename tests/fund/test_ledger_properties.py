"""Whatever sequence of bookings is tried — good amounts and bad ones, payments above their
commitment, repaying more than is owed, corrections of anything — the fund's available amount
never goes below zero, a refused booking leaves the ledger exactly as it was, and the totals
the ledger reports are the sum of its entries.

Each example runs in a savepoint that is rolled back, so examples do not depend on each
other."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maatwerk.fund import services
from maatwerk.fund.models import EntryKind, LedgerEntry, PayerKind, Receivable, TopUpSource
from maatwerk.fund.selectors import replayed

from .conftest import make_fund

pytestmark = pytest.mark.django_db

AMOUNTS = st.one_of(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("4000"), places=2),
    st.sampled_from([Decimal("0"), Decimal("-10"), Decimal("1.005"), Decimal("100000")]),
)
INDEX = st.integers(min_value=0, max_value=5)
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("allocate"), AMOUNTS),
        st.tuples(st.just("top_up"), AMOUNTS),
        st.tuples(st.just("commit"), AMOUNTS),
        st.tuples(st.just("pay"), INDEX, AMOUNTS),
        st.tuples(st.just("release"), INDEX, st.one_of(st.none(), AMOUNTS)),
        st.tuples(st.just("prefinance"), INDEX, AMOUNTS),
        st.tuples(st.just("repay"), INDEX, AMOUNTS),
        st.tuples(st.just("write_off"), INDEX, st.one_of(st.none(), AMOUNTS)),
        st.tuples(st.just("correct"), INDEX, st.one_of(st.none(), AMOUNTS)),
    ),
    max_size=25,
)


def _pick(items: list, index: int):
    if not items:
        raise ValidationError("niets om uit te kiezen")
    return items[index % len(items)]


def _run(operation, controller, fund, case) -> None:
    name, *args = operation
    commitments = list(LedgerEntry.objects.filter(fund=fund, kind=EntryKind.COMMITMENT))
    receivables = list(Receivable.objects.filter(fund=fund))
    later = timezone.localdate() + datetime.timedelta(days=30)
    if name == "allocate":
        services.allocate(controller, fund, args[0])
    elif name == "top_up":
        services.top_up(controller, fund, args[0], source=TopUpSource.SAVINGS, reference="M")
    elif name == "commit":
        services.commit(controller, fund, args[0], case=case, decision_id=len(commitments) + 1)
    elif name == "pay":
        services.book_payment(
            controller, _pick(commitments, args[0]), args[1], payee="P", reference="R"
        )
    elif name == "release":
        services.release(controller, _pick(commitments, args[0]), args[1], reason="Vrij")
    elif name == "prefinance":
        services.prefinance(
            controller,
            _pick(commitments, args[0]),
            args[1],
            debtor_kind=PayerKind.SCHOOL,
            debtor="School",
            due_date=later,
            payee="Vervoerder",
            reference="V",
        )
    elif name == "repay":
        services.repay(controller, _pick(receivables, args[0]), args[1], reference="T")
    elif name == "write_off":
        services.write_off(controller, _pick(receivables, args[0]), args[1], reason="Weg")
    elif name == "correct":
        entries = list(LedgerEntry.objects.filter(fund=fund).order_by("sequence"))
        services.correct_entry(controller, _pick(entries, args[0]), args[1], reason="Fout")


def _state(fund) -> list:
    return list(LedgerEntry.objects.filter(fund=fund).values_list("pk", "sequence", "amount"))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=OPERATIONS)
def test_any_sequence_of_bookings_keeps_the_ledger_whole(controller, route_case, operations):
    with transaction.atomic():
        fund = make_fund(controller, budget="5000")
        for operation in operations:
            before = _state(fund)
            try:
                _run(operation, controller, fund, route_case)
            except (ValidationError, PermissionDenied):
                assert _state(fund) == before, operation
            totals = services.totals(fund)
            assert totals.available >= 0
            assert min(totals.committed, totals.paid, totals.receivable) >= 0
            assert replayed(fund) == totals, operation
            for commitment in LedgerEntry.objects.filter(fund=fund, kind=EntryKind.COMMITMENT):
                assert services.commitment_open(commitment) >= 0
            for receivable in Receivable.objects.filter(fund=fund):
                assert services.receivable_open(receivable) >= 0
        transaction.set_rollback(True)
