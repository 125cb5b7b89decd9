"""The route to a decision, clicked through as the people do it: a consulent brings a case to
the consultation, the OMO-functionaris takes a bezinningsperiode, next week the proposal above
the College threshold cannot be approved on the OMO-functionaris's own mandate, the College's
decision is recorded, and the decision letter is downloaded and read back."""

import datetime
import io

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from maatwerk.cases.workflow import CaseStatus
from maatwerk.route.models import Decision
from maatwerk.route.services import phase_of

from ..factories import BlockageFactory, CaseFactory, HouseholdFactory, MemberFactory
from .layout import DESKTOP, PHONE, click_where_drawn, horizontal_overflow

pytestmark = pytest.mark.e2e


@pytest.fixture
def case_in_behandeling(consulent):
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
    return case


def _fresh(case):
    return type(case).objects.get(pk=case.pk)


def test_a_case_goes_from_the_consultation_to_a_college_decision_and_its_letter(
    page: Page, open_page, log_in, consulent, omo, case_in_behandeling
):
    case = case_in_behandeling
    page.set_viewport_size(DESKTOP)
    log_in(consulent)
    page.goto(f"/casussen/{case.pk}/")
    route = page.get_by_role("region", name="Maatwerkroute")
    route.get_by_label("Vraag aan het casusoverleg").fill("Kan een bonus de schulden deblokkeren?")
    click_where_drawn(page, route.get_by_role("button", name="Agenderen"))
    expect(page.get_by_role("status")).to_contain_text("staat op de agenda")

    # The OMO-functionaris, in a browser of their own, takes a bezinningsperiode.
    omo_page = open_page()
    omo_page.set_viewport_size(DESKTOP)
    omo_page.goto("/inloggen/")
    omo_page.get_by_label("Gebruikersnaam").fill(omo.username)
    omo_page.get_by_label("Wachtwoord").fill("geheim-wachtwoord")
    omo_page.get_by_role("button", name="Inloggen").click()
    omo_page.goto("/route/overleg/")
    item = omo_page.get_by_role("region", name=case.title)
    click_where_drawn(omo_page, item.get_by_role("link", name="Uitkomst invullen"))
    click_where_drawn(omo_page, item.get_by_text("Bezinningsperiode", exact=True))
    click_where_drawn(omo_page, item.get_by_text("Taken bij een bezinningsperiode"))
    item.get_by_label("Wat wordt uitgezocht").first.fill("Vraag de schuldeisers om akkoord")
    item.get_by_label("Door wie").first.select_option(label=consulent.get_full_name())
    due = timezone.localdate() + datetime.timedelta(days=10)
    item.get_by_label("Uiterlijk").first.fill(due.isoformat())
    click_where_drawn(omo_page, item.get_by_role("button", name="Uitkomst vastleggen"))
    expect(omo_page.get_by_role("status")).to_be_visible()
    assert phase_of(_fresh(case)) == "geagendeerd"

    # Next week: decide now.
    omo_page.get_by_role("link", name="Volgende week").click()
    next_item = omo_page.get_by_role("region", name=case.title)
    click_where_drawn(omo_page, next_item.get_by_role("link", name="Uitkomst invullen"))
    click_where_drawn(omo_page, next_item.get_by_text("Besluit nu", exact=True))
    click_where_drawn(omo_page, next_item.get_by_role("button", name="Uitkomst vastleggen"))
    expect(omo_page.get_by_role("status")).to_be_visible()
    assert phase_of(_fresh(case)) == "besluitvorming"

    # The consulent proposes a solution above the College threshold.
    page.goto(f"/casussen/{case.pk}/")
    page.get_by_role("link", name="Voorstel indienen").click()
    page.get_by_label("De oplossing").fill("Bonus en schuldregeling voor het hele gezin.")
    page.get_by_label("Geraamde kosten (EUR)").fill("50.000,00")
    for value in ("Rendement", "Legitimiteit", "Betrokkenheid"):
        group = page.get_by_role("group", name=value)
        click_where_drawn(page, group.get_by_text("4", exact=True))
        page.get_by_label(f"Motivering {value.lower()}").fill(f"{value}: goed onderbouwd.")
    click_where_drawn(page, page.get_by_role("button", name="Voorstel indienen"))
    expect(page.get_by_role("status")).to_contain_text("College van B&W")

    # The OMO-functionaris cannot approve it on their own mandate: the College decides.
    omo_page.goto(f"/casussen/{case.pk}/")
    omo_page.get_by_role("link", name="Besluiten", exact=True).click()
    click_where_drawn(omo_page, omo_page.get_by_text("Akkoord", exact=True))
    omo_page.get_by_label("Motivering").fill("Het College stemt in.")
    click_where_drawn(omo_page, omo_page.get_by_role("button", name="Besluit vastleggen"))
    expect(omo_page.get_by_text("Vul de datum van het collegebesluit in.")).to_be_visible()
    expect(omo_page.get_by_label("Motivering")).to_have_value("Het College stemt in.")
    assert not Decision.objects.exists()

    omo_page.get_by_label("Datum collegebesluit").fill(timezone.localdate().isoformat())
    omo_page.get_by_label("Kenmerk collegebesluit").fill("B&W 2026/0412")
    omo_page.get_by_label("Dit is een besluit in de zin van de Awb").check()
    click_where_drawn(omo_page, omo_page.get_by_role("button", name="Besluit vastleggen"))
    expect(omo_page.get_by_role("status")).to_have_text("Het besluit is vastgelegd.")
    assert phase_of(_fresh(case)) == "uitvoering"

    # The consulent downloads the letter and reads it.
    page.goto(f"/casussen/{case.pk}/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Besluitbrief (PDF)").click()
    text = " ".join(
        " ".join(p.extract_text().split())
        for p in PdfReader(io.BytesIO(open(download.value.path(), "rb").read())).pages
    )
    assert "Beste Yvonne," in text
    assert "Wij gaan akkoord met de oplossing" in text
    assert "Het College stemt in." in text
    assert "binnen zes weken" in text


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366", "390"])
def test_the_route_screens_reflow_and_their_controls_can_be_clicked(
    page: Page, log_in, consulent, case_in_behandeling, viewport
):
    page.set_viewport_size(viewport)
    log_in(consulent)
    for path in (
        f"/casussen/{case_in_behandeling.pk}/",
        f"/route/casus/{case_in_behandeling.pk}/canvas/",
        "/route/overleg/",
    ):
        page.goto(path)
        assert horizontal_overflow(page) == 0, path
    page.goto(f"/casussen/{case_in_behandeling.pk}/")
    route = page.get_by_role("region", name="Maatwerkroute")
    click_where_drawn(page, route.get_by_label("Vraag aan het casusoverleg"))
    page.keyboard.type("Vraag getypt op een klein scherm")
    click_where_drawn(page, route.get_by_role("button", name="Agenderen"))
    expect(page.get_by_role("status")).to_contain_text("staat op de agenda")
