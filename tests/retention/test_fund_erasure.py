"""The fund's records when a case file is anonymised or destroyed: the ledger is the
municipality's financial record and stays (amounts, case reference, who booked), without its
free texts; the kassabons go with the case."""

from decimal import Decimal

import pytest

from maatwerk.fund import services
from maatwerk.fund.models import EntryKind, Kassabon, LedgerEntry, Line
from maatwerk.retention.services import anonymise_case, destroy_case
from maatwerk.route import services as route
from maatwerk.route.models import Decision

from ..factories import BlockageFactory, CaseFactory
from ..fund.conftest import kassabon_with_a_line, make_fund, proposal_on_the_table
from .test_anonymise import database_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_with_money(consulent, omo, teamleider, controller):
    route_case = CaseFactory(
        household__team=consulent.team, regisseur=consulent, status="in_behandeling", eligible=True
    )
    BlockageFactory(case=route_case)
    fund = make_fund(controller)
    kassabon_with_a_line(consulent, route_case, "Kanariebon", "Kanarieregel")
    decision = route.decide(
        teamleider,
        proposal_on_the_table(consulent, omo, route_case, fund),
        outcome="akkoord",
        motivation="Doelmatig",
    )
    commitment = Decision.objects.get(pk=decision.pk).commitment
    services.book_payment(
        controller, commitment, "1000", payee="Kanariebetaald", reference="F-KANARIE-1"
    )
    route_case.refresh_from_db()
    return route_case, fund


def test_anonymising_keeps_the_amounts_and_empties_the_texts(case_with_money):
    case, fund = case_with_money
    assert "Kanariebetaald" in database_text() and "Kanarieregel" in database_text()
    totals = services.totals(fund)

    anonymise_case(case)

    text = database_text()
    assert "Kanariebetaald" not in text and "Kanarieregel" not in text
    assert "Kanariebon" not in text
    assert services.totals(fund) == totals
    assert LedgerEntry.objects.get(kind=EntryKind.PAYMENT).amount == Decimal("1000.00")


def test_destroying_keeps_the_ledger_by_reference_and_deletes_the_kassabons(case_with_money):
    case, fund = case_with_money
    reference = case.reference
    totals = services.totals(fund)

    destroy_case(case)

    assert not Kassabon.objects.exists() and not Line.objects.exists()
    entries = LedgerEntry.objects.filter(case_reference=reference)
    assert entries.count() == 2 and not entries.filter(case__isnull=False).exists()
    assert services.totals(fund) == totals
