"""The fund in the browser: the teamleider approves a proposal that asks money of the
OMO-fonds, the controller sees the commitment appear on the fund, books a payment within it,
and downloads the case's kassabon as PDF, whose text the test reads back. The fund's screens
reflow at 1366 and 390 px."""

import io

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from maatwerk.cases.workflow import CaseStatus
from maatwerk.fund import catalogue, services
from maatwerk.fund.models import CostItem, EntryKind, LedgerEntry

from ..factories import BlockageFactory, CaseFactory, HouseholdFactory, MemberFactory
from ..fund.conftest import make_fund, proposal_on_the_table
from .layout import DESKTOP, PHONE, click_where_drawn, horizontal_overflow

pytestmark = pytest.mark.e2e


@pytest.fixture
def fund_case(consulent):
    catalogue.seed(CostItem)
    household = HouseholdFactory(team=consulent.team)
    MemberFactory(household=household, first_name="Yvonne", last_name="Fictief", bsn="")
    case = CaseFactory(
        household=household,
        regisseur=consulent,
        status=CaseStatus.IN_BEHANDELING,
        eligible=True,
        title="Schulden blokkeren werk",
    )
    BlockageFactory(case=case)
    kassabon = services.create_kassabon(consulent, case, title="Bonus", horizon_years=1)
    for scenario, name, investment in (
        ("met", "Participatiebonus", True),
        ("niets", "Beschermingsbewind", False),
    ):
        services.add_line(
            consulent,
            kassabon,
            scenario,
            item=CostItem.objects.get(name__startswith=name),
            periods=1,
            investment=investment,
        )
    return case


def _log_in(page: Page, user) -> None:
    page.goto("/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(user.username)
    page.get_by_label("Wachtwoord").fill("geheim-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()


def test_the_controller_sees_the_commitment_pays_and_reads_the_kassabon(
    page: Page, open_page, log_in, consulent, omo, teamleider, controller, fund_case
):
    fund = make_fund(controller)
    proposal = proposal_on_the_table(consulent, omo, fund_case, fund)
    page.set_viewport_size(DESKTOP)

    # The controller looks at the fund before the decision: nothing reserved yet.
    log_in(controller)
    page.goto(f"/fonds/{fund.pk}/")
    expect(page.locator("[data-total=committed]")).to_have_text("EUR 0,00")

    # The teamleider approves, in a browser of their own.
    decider = open_page()
    decider.set_viewport_size(DESKTOP)
    _log_in(decider, teamleider)
    decider.goto(f"/route/voorstel/{proposal.pk}/besluit/")
    click_where_drawn(decider, decider.get_by_text("Akkoord", exact=True))
    decider.get_by_label("Motivering").fill("Goedkoper dan jaren bewind.")
    click_where_drawn(decider, decider.get_by_role("button", name="Besluit vastleggen"))
    expect(decider.get_by_role("status")).to_have_text("Het besluit is vastgelegd.")

    # The commitment appears on the fund.
    page.reload()
    expect(page.locator("[data-total=committed]")).to_have_text("EUR 3.000,00")
    expect(page.locator("[data-total=available]")).to_have_text("EUR 7.000,00")
    click_where_drawn(page, page.get_by_role("link", name="Reservering").first)
    page.get_by_label("Bedrag (EUR)").first.fill("1.250,00")
    page.get_by_label("Aan wie").fill("Gemeentelijke Kredietbank")
    page.get_by_label("Kenmerk (factuur, betaling)").fill("GKB-2026-1")
    click_where_drawn(page, page.get_by_role("button", name="Betaling boeken"))
    expect(page.get_by_role("status")).to_have_text("De betaling is geboekt.")
    expect(page.locator("[data-open]")).to_have_text("EUR 1.750,00")
    payment = LedgerEntry.objects.get(kind=EntryKind.PAYMENT)
    assert payment.booked_by == controller and payment.reference == "GKB-2026-1"

    # The kassabon frozen with the decision, from the dossier's money section, as PDF.
    page.goto(f"/casussen/{fund_case.pk}/")
    money = page.get_by_role("region", name="Geld en kassabon")
    click_where_drawn(page, money.get_by_role("link").filter(has_text="Kassabon").first)
    with page.expect_download() as download:
        page.get_by_role("link", name="Kassabon (PDF)").click()
    text = " ".join(
        " ".join(p.extract_text().split())
        for p in PdfReader(io.BytesIO(open(download.value.path(), "rb").read())).pages
    )
    assert "KASSABON" in text
    assert "Bevroren bij het besluit" in text
    assert "3.000,00" in text and "1.500,00" in text
    assert "Netto baten" in text
    assert "Yvonne" not in text


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366", "390"])
def test_the_fund_screens_reflow(
    page: Page, open_page, log_in, consulent, controller, fund_case, viewport
):
    fund = make_fund(controller)
    kassabon = services.open_kassabon(fund_case)
    page.set_viewport_size(viewport)
    log_in(controller)
    for path in ("/fonds/", f"/fonds/{fund.pk}/", "/fonds/werklijst/", "/fonds/verrekening/"):
        page.goto(path)
        assert horizontal_overflow(page) == 0, path
    worker = open_page()
    worker.set_viewport_size(viewport)
    _log_in(worker, consulent)
    worker.goto(f"/fonds/kassabon/{kassabon.pk}/")
    assert horizontal_overflow(worker) == 0
    click_where_drawn(worker, worker.get_by_role("button", name="Regel toevoegen"))
    expect(worker.get_by_role("alert")).to_be_visible()
