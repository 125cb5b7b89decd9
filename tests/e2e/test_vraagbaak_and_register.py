"""The vraagbaak and the register, clicked through: a consulent with a stuck housing case
opens the dossier, finds the Anna precedent among the similar cases and the hardheidsclausule
authority next to the blockage, sends a request to the DUO contact and sees it due in 2
working days (the holidays in between are the working-day calendar's, tested with fixed
dates in tests/register); the DUO contact signs in and sees only that request."""

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from maatwerk.cases import services as cases
from maatwerk.cases.domains import Consent
from maatwerk.core.working_days import add_working_days
from maatwerk.demo.register_data import load_register
from maatwerk.demo.setup import DEMO_PASSWORD, ensure_demo_world
from maatwerk.demo.vraagbaak_data import load_vraagbaak
from maatwerk.register.models import Contact, PartnerRequest
from maatwerk.vraagbaak import search

from ..factories import BlockageFactory, CaseFactory, HouseholdFactory
from .layout import DESKTOP, PHONE, click_where_drawn, horizontal_overflow

pytestmark = pytest.mark.e2e


@pytest.fixture
def world(transactional_db):
    world = ensure_demo_world()
    load_register(world)
    load_vraagbaak(world)
    search.forget()
    yield world
    search.forget()


@pytest.fixture
def housing_case(world):
    consulent = world.users["consulent"]
    household = HouseholdFactory(team=consulent.team)
    case = CaseFactory(
        household=household,
        regisseur=consulent,
        consent=Consent.GEGEVEN,
        title="Moeder met kinderen zonder veilige woning",
    )
    cases.set_domains(
        consulent,
        case,
        [{"code": "wonen", "description": "Moeder en kinderen wonen onveilig op een kamer."}],
    )
    rule = world.rules["woningtoewijzing_hardheidsclausule"]
    BlockageFactory(
        case=case,
        rule=rule,
        owner=rule.owner,
        explanation="De corporatie wijst de hardheidsclausule af.",
    )
    return case


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["1366", "390"])
def test_similar_precedent_authority_and_a_request_to_duo(
    page: Page, open_page, log_in, world, housing_case, size
):
    consulent = world.users["consulent"]
    page.set_viewport_size(size)
    log_in(consulent, DEMO_PASSWORD)
    page.goto(f"/casussen/{housing_case.pk}/")

    similar = page.get_by_test_id("similar-cases")
    expect(similar).to_contain_text("Geen woning, geen uitweg")
    expect(similar).to_contain_text("zelfde regel")
    authority = page.get_by_test_id("authorities")
    expect(authority).to_contain_text("Woningtoewijzing – hardheidsclausule")
    expect(authority).to_contain_text("woningcorporatie (manager verhuur)")
    expect(authority).to_contain_text("hardheidsclausule van de huisvestingsverordening")
    assert not horizontal_overflow(page)

    click_where_drawn(page, page.get_by_role("link", name="Verzoek aan partner"))
    page.get_by_label("Aan").select_option(label="Sandra Peeters (DUO)")
    page.get_by_label("Vraag").fill("Kan de studietermijn worden verlengd?")
    page.get_by_label("Gegevens die u deelt").fill("Opleiding gestopt door ziekte.")
    click_where_drawn(page, page.get_by_role("button", name="Versturen"))

    due = add_working_days(timezone.localdate(), 2)
    expect(page.get_by_text(f"Verzoek verstuurd; uiterlijk {due:%d-%m-%Y}")).to_be_visible()
    requests = page.get_by_test_id("partner-requests")
    expect(requests).to_contain_text("Kan de studietermijn worden verlengd?")
    expect(requests.get_by_test_id("due-date")).to_have_text(f"{due.day}-{due.month}-{due.year}")

    # The DUO contact signs in: only this request, with only what was shared.
    other = CaseFactory(household=HouseholdFactory(team=consulent.team), consent=Consent.GEGEVEN)
    PartnerRequest.objects.create(
        case=other,
        contact=Contact.objects.exclude(organisation__name="DUO").first(),
        question="Een vraag aan een ander",
        sent_by=consulent,
        sent_at=timezone.now(),
        due_date=due,
    )
    partner_page = open_page()
    partner_page.set_viewport_size(size)
    partner_page.goto("/inloggen/")
    partner_page.get_by_label("Gebruikersnaam").fill("partner_duo")
    partner_page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    partner_page.get_by_role("button", name="Inloggen").click()
    partner_page.goto("/register/mijn-verzoeken/")
    inbox = partner_page.get_by_test_id("inbox")
    expect(inbox.get_by_role("listitem")).to_have_count(1)
    expect(inbox).to_contain_text("Kan de studietermijn worden verlengd?")
    expect(inbox).not_to_contain_text("Een vraag aan een ander")
    click_where_drawn(partner_page, inbox.get_by_role("link"))
    expect(partner_page.get_by_text("Opleiding gestopt door ziekte.")).to_be_visible()
    expect(partner_page.get_by_text(housing_case.title)).to_have_count(0)
    assert partner_page.goto(f"/casussen/{housing_case.pk}/").status in (403, 404)
