"""Who sees what of a dossier in the browser, and moving a case to another status from it."""

import re

import pytest
from playwright.sync_api import Page, expect

from maatwerk.cases.domains import LifeDomain
from maatwerk.cases.models import CaseDomain
from maatwerk.cases.workflow import CaseStatus

from ..factories import BlockageFactory, CaseFactory, HouseholdFactory, MemberFactory
from .helpers import assert_none_in_page

pytestmark = pytest.mark.e2e

# Values that only the case's own team may ever see; each is unlikely to occur by accident.
CANARY = {
    "first_name": "Kanariepiet",
    "last_name": "Vogelzangh",
    "child_first_name": "Mereltje",
    "bsn": "123456782",
    "masked_bsn": "•••••782",
    "street": "Kanariestraat",
    "postcode": "9999 ZZ",
    "city": "Kanariedorp",
    "title": "Kanarie heeft huurschuld",
    "explanation": "Kanarie-uitleg over de kostendelersnorm",
    "domain": "Kanarie-omschrijving van het leefgebied",
}


@pytest.fixture
def canary_case(team_noord, consulent):
    household = HouseholdFactory(
        team=team_noord,
        street=CANARY["street"],
        house_number="13",
        postcode=CANARY["postcode"],
        city=CANARY["city"],
    )
    MemberFactory(
        household=household,
        first_name=CANARY["first_name"],
        last_name=CANARY["last_name"],
        bsn=CANARY["bsn"],
    )
    MemberFactory(
        household=household, kind=True, first_name=CANARY["child_first_name"], last_name="Vink"
    )
    case = CaseFactory(household=household, regisseur=consulent, title=CANARY["title"], domains=[])
    CaseDomain.objects.create(case=case, code=LifeDomain.WONEN, description=CANARY["domain"])
    BlockageFactory(case=case, explanation=CANARY["explanation"])
    return case


def test_beleidsmedewerker_sees_no_personal_data_anywhere(page: Page, log_in, beleid, canary_case):
    secrets = list(CANARY.values())

    log_in(beleid)
    expect(page.get_by_role("heading", level=1)).to_have_text("Signalen aan beleid")
    page.get_by_role("navigation").get_by_role("link", name="Casussen", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Casussen")
    expect(page.get_by_role("status")).to_have_text(
        "U ziet geanonimiseerde gegevens: geen namen, adressen, geboortedata, BSN of vrije tekst."
    )
    expect(page.get_by_role("link", name=canary_case.reference)).to_be_visible()
    expect(page.get_by_role("columnheader", name="Omschrijving")).to_have_count(0)
    assert_none_in_page(page, secrets)

    # A search on a name or BSN must not tell a policy officer that the person is known.
    for term in (CANARY["last_name"], CANARY["bsn"]):
        page.get_by_role("textbox", name="Zoeken").fill(term)
        page.get_by_role("search").get_by_role("button", name="Zoeken").click()
        expect(page.get_by_text("0 casussen gevonden")).to_be_visible()
        assert_none_in_page(page, [s for s in secrets if s != term])

    page.get_by_role("textbox", name="Zoeken").fill(canary_case.reference)
    page.get_by_role("search").get_by_role("button", name="Zoeken").click()
    expect(page.get_by_text("1 casus gevonden")).to_be_visible()
    page.get_by_role("link", name=canary_case.reference).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(canary_case.reference)
    expect(page.get_by_text("Geanonimiseerd overzicht")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text(
        "U ziet geen persoonsgegevens of vrije tekst uit dit dossier."
    )
    expect(page.get_by_text("Wonen", exact=True)).to_be_visible()
    expect(page.get_by_role("table", name="Gezinsleden")).to_have_count(0)
    expect(page.get_by_role("heading", name="Tijdlijn")).to_have_count(0)
    assert_none_in_page(page, secrets)

    response = page.goto(f"/casussen/{canary_case.pk}/stap/huishouden/")
    assert response is not None and response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("Geen toegang")
    assert_none_in_page(page, secrets)


def test_consulent_of_another_team_gets_not_found_for_a_dossier(
    page: Page, log_in, consulent_zuid, canary_case
):
    log_in(consulent_zuid)

    for path in (f"/casussen/{canary_case.pk}/", f"/casussen/{canary_case.pk}/stap/huishouden/"):
        response = page.goto(path)

        assert response is not None and response.status == 404
        expect(page.get_by_role("heading", level=1)).to_have_text("Niet gevonden")
        assert_none_in_page(page, [*CANARY.values(), canary_case.reference])

    page.goto("/casussen/?weergave=team")
    expect(page.get_by_text("0 casussen gevonden")).to_be_visible()


def test_consulent_takes_an_eligible_case_into_treatment_with_a_reason(
    page: Page, log_in, consulent
):
    case = CaseFactory(eligible=True, household__team=consulent.team, regisseur=consulent)
    reason = "Alle criteria zijn besproken in het casusoverleg van dinsdag."

    log_in(consulent)
    page.goto(f"/casussen/{case.pk}/")
    badge = page.locator(".mw-page-heading .mw-status")
    expect(badge).to_have_text("Aangemeld")
    status_form = page.get_by_role("region", name="Status wijzigen").locator("form")
    take_on = status_form.get_by_role("radio", name="In behandeling nemen", exact=True)

    # Without a reason nothing changes, and the consulent is told why.
    take_on.check()
    status_form.get_by_role("button", name="Status wijzigen").click()
    expect(page.get_by_role("alert")).to_have_text("Geef een reden voor deze statuswijziging.")
    expect(badge).to_have_text("Aangemeld")

    status_form.get_by_label("Reden").fill(reason)
    status_form.get_by_role("radio", name="In behandeling nemen", exact=True).check()
    status_form.get_by_role("button", name="Status wijzigen").click()

    expect(page.get_by_role("status")).to_have_text("De status is gewijzigd.")
    expect(badge).to_have_text("In behandeling")
    expect(badge).to_have_class(re.compile(r"\bmw-status--in_behandeling\b"))
    expect(
        page.get_by_role("region", name="Tijdlijn").get_by_role("listitem").first
    ).to_contain_text(f"Status: Aangemeld → In behandeling. Reden: {reason}")
    expect(page.get_by_role("radio", name="In behandeling nemen")).to_have_count(0)
    expect(page.get_by_role("radio", name="Afsluiten", exact=True)).to_be_visible()
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_BEHANDELING
    assert case.status_changes.last().reason == reason
