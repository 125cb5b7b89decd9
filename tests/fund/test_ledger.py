"""The ledger through its services: a commitment when a decision with a fund request is
approved, payments within it, release, corrections and top-ups as new entries; every bad
input refused with a Dutch message and the ledger exactly as before."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from maatwerk.fund import services
from maatwerk.fund.errors import BudgetOp
from maatwerk.fund.models import EntryKind, LedgerEntry, TopUpSource
from maatwerk.fund.selectors import replayed
from maatwerk.route import services as route
from maatwerk.route.errors import Conflict
from maatwerk.route.models import Decision
from maatwerk.route.workflow import Phase

from ..route.test_flow import phase
from .conftest import make_fund, proposal_on_the_table

pytestmark = pytest.mark.django_db


def _approve(teamleider, proposal):
    return route.decide(teamleider, proposal, outcome="akkoord", motivation="Doelmatig.")


def _snapshot(fund) -> list:
    return list(LedgerEntry.objects.filter(fund=fund).values_list("pk", "amount", "kind"))


def test_an_approving_decision_reserves_its_fund_request(
    consulent, omo, teamleider, controller, route_case, fund
):
    proposal = proposal_on_the_table(consulent, omo, route_case, fund)
    decision = _approve(teamleider, proposal)

    commitment = Decision.objects.get(pk=decision.pk).commitment
    assert commitment.kind == EntryKind.COMMITMENT
    assert (commitment.amount, commitment.case, commitment.decision_id) == (
        Decimal("3000.00"),
        route_case,
        decision.pk,
    )
    assert commitment.booked_by == teamleider
    totals = services.totals(fund)
    assert (totals.available, totals.committed) == (Decimal("7000.00"), Decimal("3000.00"))


def test_a_rejection_reserves_nothing(consulent, omo, teamleider, route_case, fund):
    proposal = proposal_on_the_table(consulent, omo, route_case, fund)
    route.decide(teamleider, proposal, outcome="afgewezen", motivation="Niet nodig.")
    assert services.totals(fund).committed == 0


def test_budget_op_refuses_the_decision_and_records_nothing(
    consulent, omo, teamleider, controller, route_case
):
    fund = make_fund(controller, budget="2999.99")
    proposal = proposal_on_the_table(consulent, omo, route_case, fund)
    before = _snapshot(fund)

    with pytest.raises(Conflict, match="Budget op"):
        _approve(teamleider, proposal)

    assert not Decision.objects.filter(proposal=proposal).exists()
    assert phase(route_case) == Phase.BESLUITVORMING
    assert _snapshot(fund) == before
    # The proposal still waits: once the fund is topped up it can be approved.
    services.top_up(controller, fund, "0.01", source=TopUpSource.BUDGET, reference="B&W 2026/7")
    _approve(teamleider, proposal)
    assert services.totals(fund).available == 0


def test_replacing_the_decision_releases_what_is_open(
    consulent, omo, teamleider, controller, route_case, fund
):
    proposal = proposal_on_the_table(consulent, omo, route_case, fund)
    decision = _approve(teamleider, proposal)
    commitment = Decision.objects.get(pk=decision.pk).commitment
    services.book_payment(controller, commitment, "1000", payee="Bewindvoerder", reference="F-1")

    route.supersede_decision(
        teamleider,
        decision,
        reason="Schuldregeling ging niet door",
        outcome="ingetrokken",
        motivation="De schuldeisers gingen niet akkoord.",
    )

    totals = services.totals(fund)
    assert (totals.available, totals.committed, totals.paid) == (
        Decimal("9000.00"),
        Decimal("0.00"),
        Decimal("1000.00"),
    )
    release = LedgerEntry.objects.get(kind=EntryKind.RELEASE)
    assert release.commitment == commitment and release.amount == Decimal("2000.00")


def test_payments_stay_within_their_commitment(
    consulent, omo, teamleider, controller, route_case, fund
):
    decision = _approve(teamleider, proposal_on_the_table(consulent, omo, route_case, fund))
    commitment = Decision.objects.get(pk=decision.pk).commitment
    payment = services.book_payment(
        controller, commitment, "2500,50", payee="Stichting Schuldhulp", reference="F-2026-1"
    )
    assert payment.commitment_open_after == Decimal("499.50")
    before = _snapshot(fund)

    with pytest.raises(ValidationError, match="meer dan er op de reservering open staat"):
        services.book_payment(controller, commitment, "500", payee="X", reference="F-2")
    assert _snapshot(fund) == before

    services.release(controller, commitment, reason="Rest niet nodig")
    assert services.commitment_open(commitment) == 0
    assert services.totals(fund).available == Decimal("7499.50")


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("0", "groter zijn dan nul"),
        ("-5", "groter zijn dan nul"),
        ("10.005", "twee cijfers"),
        ("abc", "bedrag in euro"),
        ("NaN", "bedrag in euro"),
    ],
)
def test_bad_amounts_are_refused_and_change_nothing(controller, fund, amount, message):
    before = _snapshot(fund)
    with pytest.raises(ValidationError, match=message):
        services.top_up(controller, fund, amount, source=TopUpSource.BUDGET, reference="x")
    assert _snapshot(fund) == before


def test_a_correction_is_a_new_entry_and_the_original_stays(controller, fund):
    top_up = services.top_up(
        controller, fund, "500", source=TopUpSource.SAVINGS, reference="Monitor Q3"
    )
    correction = services.correct_entry(controller, top_up, "200", reason="Dubbel geteld")
    assert correction.corrects == top_up and correction.kind == EntryKind.CORRECTION
    assert LedgerEntry.objects.get(pk=top_up.pk).amount == Decimal("500.00")
    assert services.totals(fund).available == Decimal("10300.00")
    with pytest.raises(ValidationError, match="nog EUR 300,00"):
        services.correct_entry(controller, top_up, "300.01", reason="Nog meer")
    with pytest.raises(RuntimeError):
        top_up.save()
    with pytest.raises(RuntimeError):
        top_up.delete()


def test_a_correction_that_would_overdraw_the_fund_is_budget_op(
    consulent, omo, teamleider, controller, route_case
):
    fund = make_fund(controller, budget="3000")
    _approve(teamleider, proposal_on_the_table(consulent, omo, route_case, fund))
    allocation = LedgerEntry.objects.get(fund=fund, kind=EntryKind.ALLOCATION)
    with pytest.raises(BudgetOp, match="Budget op"):
        services.correct_entry(controller, allocation, "1", reason="Te veel toegekend")


def test_only_the_keepers_book(consulent, teamleider, fund):
    for user in (consulent, teamleider):
        with pytest.raises(PermissionDenied):
            services.top_up(user, fund, "5", source=TopUpSource.BUDGET, reference="x")


def test_a_partner_top_up_needs_the_partner(controller, fund):
    with pytest.raises(ValidationError) as error:
        services.top_up(controller, fund, "5", source=TopUpSource.PARTNER, reference="")
    assert set(error.value.message_dict) == {"reference", "payee"}


def test_the_replayed_ledger_equals_the_reported_totals(
    consulent, omo, teamleider, controller, route_case, fund
):
    decision = _approve(teamleider, proposal_on_the_table(consulent, omo, route_case, fund))
    commitment = Decision.objects.get(pk=decision.pk).commitment
    payment = services.book_payment(controller, commitment, "100", payee="A", reference="1")
    services.correct_entry(controller, payment, reason="Verkeerde rekening")
    assert replayed(fund) == services.totals(fund)


def test_a_replacing_approval_reserves_only_what_was_not_paid_yet(
    consulent, omo, teamleider, controller, route_case, fund
):
    proposal = proposal_on_the_table(consulent, omo, route_case, fund)
    decision = _approve(teamleider, proposal)
    commitment = Decision.objects.get(pk=decision.pk).commitment
    services.book_payment(controller, commitment, "1000", payee="Bewindvoerder", reference="F-1")

    replacing = route.supersede_decision(
        teamleider,
        decision,
        reason="Bezwaar: voorwaarden vervallen",
        outcome="akkoord",
        motivation="Zonder voorwaarden.",
    )

    new = Decision.objects.get(pk=replacing.pk).commitment
    assert new.amount == Decimal("2000.00")
    totals = services.totals(fund)
    assert (totals.available, totals.committed, totals.paid) == (
        Decimal("7000.00"),
        Decimal("2000.00"),
        Decimal("1000.00"),
    )
    assert replayed(fund) == totals


def test_the_funds_mandate_limits_raise_the_level_of_a_request_above_them(
    consulent, omo, route_case, controller
):
    from maatwerk.fund.models import MandateLimit
    from maatwerk.route.models import MandateLevel

    fund = make_fund(controller, name="Stelpost")
    MandateLimit.objects.create(fund=fund, role="teamleider", up_to=Decimal("5000"))
    MandateLimit.objects.create(fund=fund, role="omo_functionaris", up_to=Decimal("2500"))
    within = proposal_on_the_table(consulent, omo, route_case, fund, "2000")
    assert within.mandate_level == MandateLevel.BINNEN_KADERS
    from ..factories import CaseFactory

    other = CaseFactory(
        household__team=consulent.team, regisseur=consulent, status="in_behandeling", eligible=True
    )
    # Within the frameworks the teamleider decides up to EUR 5.000 of this fund.
    assert proposal_on_the_table(consulent, omo, other, fund, "4000").mandate_level == (
        MandateLevel.BINNEN_KADERS
    )
    third = CaseFactory(
        household__team=consulent.team, regisseur=consulent, status="in_behandeling", eligible=True
    )
    # Outside the frameworks the OMO-functionaris decides, but only up to EUR 2.500: College.
    outside = proposal_on_the_table(consulent, omo, third, fund, "3000", within_frameworks=False)
    assert outside.mandate_level == MandateLevel.COLLEGE
