"""The fund's screens: the controller sees the commitment that an approval made, books a
payment, is refused cleanly on bad input; the consulent makes a kassabon on the case; the
controller reads figures, references and reasons, never a name or a free text."""

from decimal import Decimal

import pytest
from django.urls import reverse

from maatwerk.fund import services
from maatwerk.fund.models import EntryKind, Kassabon, LedgerEntry
from maatwerk.route import services as route
from maatwerk.route.models import Decision

from .conftest import make_fund, proposal_on_the_table

pytestmark = pytest.mark.django_db


@pytest.fixture
def commitment(consulent, omo, teamleider, route_case, fund):
    proposal = proposal_on_the_table(consulent, omo, route_case, fund)
    decision = route.decide(teamleider, proposal, outcome="akkoord", motivation="Geheim motief")
    return Decision.objects.get(pk=decision.pk).commitment


def test_the_overview_shows_budget_committed_and_available(client, controller, commitment):
    client.force_login(controller)
    page = client.get(reverse("fund:overview")).content.decode()
    assert "EUR 10.000,00" in page and "EUR 3.000,00" in page and "EUR 7.000,00" in page

    detail = client.get(reverse("fund:detail", args=[commitment.fund_id])).content.decode()
    assert "<svg" in detail and "<polyline" in detail
    assert commitment.case_reference in detail


def test_the_controller_books_a_payment_on_the_screen(client, controller, commitment):
    client.force_login(controller)
    response = client.post(
        reverse("fund:payment", args=[commitment.pk]),
        {
            "betaling-amount": "1.250,00",
            "betaling-payee": "Stichting Schuldhulp",
            "betaling-reference": "F-2026-0042",
        },
    )
    assert response.status_code == 302
    payment = LedgerEntry.objects.get(kind=EntryKind.PAYMENT)
    assert (payment.amount, payment.commitment, payment.booked_by) == (
        Decimal("1250.00"),
        commitment,
        controller,
    )


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("0", "groter zijn dan nul"),
        ("-3", "groter zijn dan nul"),
        ("10,005", "twee cijfers"),
        ("3000,01", "meer dan er op de reservering open staat"),
    ],
)
def test_a_bad_payment_on_the_screen_changes_nothing(
    client, controller, commitment, amount, message
):
    client.force_login(controller)
    before = LedgerEntry.objects.count()
    response = client.post(
        reverse("fund:payment", args=[commitment.pk]),
        {"betaling-amount": amount, "betaling-payee": "X", "betaling-reference": "Y"},
        follow=True,
    )
    assert message in response.content.decode()
    assert LedgerEntry.objects.count() == before


def test_a_consulent_books_nothing(client, consulent, commitment):
    client.force_login(consulent)
    response = client.post(
        reverse("fund:payment", args=[commitment.pk]),
        {"betaling-amount": "5", "betaling-payee": "X", "betaling-reference": "Y"},
    )
    assert response.status_code == 403
    assert not LedgerEntry.objects.filter(kind=EntryKind.PAYMENT).exists()


def test_budget_op_on_the_decision_screen(
    client, consulent, omo, teamleider, controller, route_case
):
    fund = make_fund(controller, budget="100")
    proposal = proposal_on_the_table(consulent, omo, route_case, fund)
    client.force_login(teamleider)
    response = client.post(
        reverse("route:decide", args=[proposal.pk]),
        {"outcome": "akkoord", "motivation": "Doelmatig."},
    )
    assert response.status_code == 409
    assert "Budget op" in response.content.decode()
    assert not Decision.objects.exists()


def test_the_proposal_form_shows_the_fund_rules_and_asks_why(
    client, consulent, omo, route_case, fund
):
    item = route.put_on_agenda(consulent, route_case, "Vraag")
    route.record_outcome(omo, item, "besluit_nu")
    client.force_login(consulent)
    page = client.get(reverse("route:proposal_new", args=[route_case.pk])).content.decode()
    assert fund.rules in page and "Waarom geen regulier budget" in page


def test_a_fund_request_without_the_reason_is_refused(client, consulent, omo, route_case, fund):
    item = route.put_on_agenda(consulent, route_case, "Vraag")
    route.record_outcome(omo, item, "besluit_nu")
    client.force_login(consulent)
    response = client.post(
        reverse("route:proposal_new", args=[route_case.pk]),
        {
            "solution": "Bonus",
            "cost_estimate": "3.000",
            "within_frameworks": "on",
            "fund_requested": "on",
            "fund_amount": "3.000",
            "fund": str(fund.pk),
            "rendement_score": "4",
            "rendement_motivation": "a",
            "legitimiteit_score": "4",
            "legitimiteit_motivation": "b",
            "betrokkenheid_score": "4",
            "betrokkenheid_motivation": "c",
        },
    )
    assert response.status_code == 400
    assert "regulier budget" in response.content.decode()


def _kassabon_on_the_screen(client, consulent, route_case) -> Kassabon:
    client.force_login(consulent)
    response = client.post(
        reverse("fund:kassabon_new", args=[route_case.pk]),
        {
            "title": "Kanarie bonus",
            "horizon_years": "1",
            "discount_rate": "2,25",
            "without": "escalatie",
        },
    )
    assert response.status_code == 302
    kassabon = Kassabon.objects.get()
    from maatwerk.fund.models import CostItem

    for scenario, name, extra in (
        ("met", "Participatiebonus", {"regel-investment": "on"}),
        ("escalatie", "Beschermingsbewind", {}),
    ):
        item = CostItem.objects.get(name__startswith=name)
        response = client.post(
            reverse("fund:kassabon_line", args=[kassabon.pk]),
            {"regel-scenario": scenario, "regel-item": str(item.pk), "regel-periods": "1", **extra},
        )
        assert response.status_code == 302
    client.post(
        reverse("fund:kassabon_line", args=[kassabon.pk]),
        {
            "regel-scenario": "escalatie",
            "regel-description": "Kanarie vrije regel",
            "regel-unit_cost": "100",
            "regel-unit": "once",
            "regel-periods": "1",
            "regel-payer": "woningcorporatie",
            "regel-payer_name": "Woonbron",
        },
    )
    return kassabon


def test_the_consulent_makes_a_kassabon_and_reads_the_receipt(client, consulent, route_case):
    kassabon = _kassabon_on_the_screen(client, consulent, route_case)
    page = client.get(reverse("fund:kassabon", args=[kassabon.pk])).content.decode()
    assert "KASSABON" in page and "EUR 3.000,00" in page and "EUR 1.600,00" in page
    assert "Kanarie vrije regel" in page


def test_a_kassabon_line_without_a_payer_is_refused_on_the_screen(client, consulent, route_case):
    kassabon = _kassabon_on_the_screen(client, consulent, route_case)
    before = kassabon.scenarios.get(kind="escalatie").lines.count()
    response = client.post(
        reverse("fund:kassabon_line", args=[kassabon.pk]),
        {
            "regel-scenario": "escalatie",
            "regel-description": "Iets",
            "regel-unit_cost": "10",
            "regel-unit": "once",
            "regel-periods": "1",
        },
        follow=True,
    )
    assert "Kies wie deze kosten draagt" in response.content.decode()
    assert kassabon.scenarios.get(kind="escalatie").lines.count() == before


def test_the_controller_sees_figures_and_never_a_name(
    client, consulent, omo, teamleider, controller, route_case, fund
):
    kassabon = _kassabon_on_the_screen(client, consulent, route_case)
    proposal = proposal_on_the_table(consulent, omo, route_case, fund)
    route.decide(teamleider, proposal, outcome="akkoord", motivation="Geheim motief")
    frozen = Kassabon.objects.get(frozen_at__isnull=False)
    client.force_login(controller)
    member = route_case.household.members.get()
    pages = [
        client.get(reverse("cases:detail", args=[route_case.pk])),
        client.get(reverse("fund:kassabon", args=[frozen.pk])),
        client.get(reverse("fund:kassabon_pdf", args=[kassabon.pk])),
        client.get(reverse("fund:overview")),
        client.get(reverse("fund:detail", args=[fund.pk])),
        client.get(reverse("fund:worklist")),
    ]
    for response in pages[:2] + pages[3:]:
        assert response.status_code == 200
        text = response.content.decode()
        for personal in (
            member.first_name,
            member.last_name,
            "Kanarie",
            "Geheim motief",
            consulent.last_name,
        ):
            assert personal not in text, personal
    assert "Geld en kassabon" in pages[0].content.decode()
    receipt = pages[1].content.decode()
    assert "EUR 3.000,00" in receipt and "Vrije regel" in receipt
    assert pages[2].status_code == 200 and pages[2]["Content-Type"] == "application/pdf"


def test_the_kassabon_pdf_reads_back(client, consulent, route_case):
    from io import BytesIO

    from pypdf import PdfReader

    kassabon = _kassabon_on_the_screen(client, consulent, route_case)
    response = client.get(reverse("fund:kassabon_pdf", args=[kassabon.pk]))
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    assert "KASSABON" in text and "3.000,00" in text and "Netto baten" in text


def test_a_settlement_statement_with_pdf_excel_and_a_contribution(
    client, consulent, omo, teamleider, controller, route_case, fund
):
    from io import BytesIO

    from django.utils import timezone
    from openpyxl import load_workbook

    _kassabon_on_the_screen(client, consulent, route_case)
    proposal = proposal_on_the_table(consulent, omo, route_case, fund)
    route.decide(teamleider, proposal, outcome="akkoord", motivation="Doelmatig")
    client.force_login(controller)
    today = timezone.localdate().isoformat()
    response = client.post(
        reverse("fund:statements"),
        {
            "partner_kind": "woningcorporatie",
            "partner_name": "Woonbron",
            "period_start": today,
            "period_end": today,
        },
    )
    assert response.status_code == 302
    from maatwerk.fund.models import SettlementStatement

    statement = SettlementStatement.objects.get()
    assert statement.benefit == Decimal("100.00") and statement.investment == Decimal("3000.00")
    book = load_workbook(
        BytesIO(client.get(reverse("fund:statement_xlsx", args=[statement.pk])).content)
    )
    values = [c.value for row in book.active.iter_rows() for c in row]
    assert route_case.reference in values
    pdf = client.get(reverse("fund:statement_pdf", args=[statement.pk]))
    assert pdf["Content-Type"] == "application/pdf"
    client.post(
        reverse("fund:contribution", args=[statement.pk]),
        {"bijdrage-fund": str(fund.pk), "bijdrage-amount": "100", "bijdrage-reference": "VA-1"},
    )
    top_up = LedgerEntry.objects.get(kind=EntryKind.TOPUP)
    assert top_up.statement == statement and top_up.top_up_source == "partner"
    assert services.totals(fund).topped_up == Decimal("100.00")
