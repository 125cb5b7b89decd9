"""A consulent registers a case in the browser, step by step, and finds it again; bad input is
refused next to the field and nothing is saved."""

import re

import pytest
from playwright.sync_api import Page, expect

from maatwerk.cases.models import Blockage, Case, CaseDomain, Household, Member
from maatwerk.cases.workflow import CaseStatus

from ..factories import CaseFactory, HouseholdFactory, MemberFactory, RuleFactory
from .helpers import as_input, assert_none_in_page, days_ago, in_dutch

pytestmark = pytest.mark.e2e

FULL_BSN = "111222333"
MASKED_BSN = "•••••333"
ELFPROEF_MESSAGE = (
    "Dit is geen geldig BSN: het moet uit 9 cijfers bestaan en de elfproef doorstaan."
)


def _fill_signal_and_household(page: Page, *, bsn: str) -> None:
    signal = page.get_by_role("group", name="Signaal", exact=True)
    signal.get_by_label("Korte omschrijving").fill("Huurschuld en geen werk")
    signal.get_by_label("Bron van het signaal").select_option(label="KCC (klantcontactcentrum)")
    signal.get_by_label("Datum signaal").fill(as_input(days_ago(3)))

    address = page.get_by_role("group", name="Adres", exact=True)
    address.get_by_label("Straat").fill("Lindelaan")
    address.get_by_label("Huisnummer").fill("4")
    address.get_by_label("Postcode").fill("1234 AB")
    address.get_by_label("Woonplaats").fill("Testdam")
    address.get_by_label("Wijk").fill("Noord")

    parent = page.get_by_role("group", name="Gezinslid 1")
    parent.get_by_label("Voornaam").fill("Fatima")
    parent.get_by_label("Achternaam").fill("Oudshoorn")
    parent.get_by_label("Geboortedatum").fill("1984-03-02")
    parent.get_by_label("Rol in huishouden").select_option(label="Hoofdbewoner")
    parent.get_by_label("BSN").fill(bsn)

    child = page.get_by_role("group", name="Gezinslid 2")
    child.get_by_label("Voornaam").fill("Noah")
    child.get_by_label("Achternaam").fill("Oudshoorn")
    child.get_by_label("Geboortedatum").fill("2015-06-01")
    child.get_by_label("Rol in huishouden").select_option(label="Kind")


def _save_and_continue_to(page: Page, next_step: str) -> None:
    page.get_by_role("button", name="Opslaan en verder").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(next_step)


def test_consulent_registers_a_case_and_finds_it_in_the_list(page: Page, log_in, consulent):
    rule = RuleFactory()
    someone_else = CaseFactory(household=HouseholdFactory(team=consulent.team), regisseur=consulent)
    MemberFactory(household=someone_else.household, last_name="Jansen", bsn="")
    consent_day = days_ago(2)

    def check_no_full_bsn() -> None:
        assert_none_in_page(page, [FULL_BSN])

    log_in(consulent)
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role(
        "link", name="Nieuwe casus", exact=True
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Signaal en huishouden")
    expect(page.get_by_label("Regisseur")).to_have_value(str(consulent.pk))

    _fill_signal_and_household(page, bsn=FULL_BSN)
    _save_and_continue_to(page, "Leefgebieden")
    expect(page.get_by_role("status")).to_contain_text("‘Signaal en huishouden’ is opgeslagen.")
    check_no_full_bsn()

    first, second = (
        page.get_by_role("group", name="Leefgebied 1"),
        page.get_by_role("group", name="Leefgebied 2"),
    )
    first.get_by_label("Leefgebied").select_option(label="Financiën en schulden")
    first.get_by_label("Probleem").fill("Huurachterstand van vier maanden")
    second.get_by_label("Leefgebied").select_option(label="Werk en participatie")
    second.get_by_label("Probleem").fill("Wil werken, maar verliest dan toeslagen")
    _save_and_continue_to(page, "Betrokken organisaties en professionals")
    check_no_full_bsn()

    _save_and_continue_to(page, "Knelpunten")
    blockage = page.get_by_role("group", name="Knelpunt 1")
    blockage.get_by_label("Regel", exact=True).select_option(label=rule.name)
    blockage.get_by_label("Toelichting").fill("De kostendelersnorm verlaagt de uitkering")
    _save_and_continue_to(page, "Reguliere route en risico")
    check_no_full_bsn()

    page.get_by_label("Reguliere route biedt geen oplossing").check()
    page.get_by_label("Risico bij niets doen").fill("Huisuitzetting dreigt")
    tried = page.get_by_role("group", name="Geprobeerde route 1")
    tried.get_by_label("Wat is geprobeerd").fill("Schuldhulpverlening")
    tried.get_by_label("Resultaat").fill("Afgewezen")
    _save_and_continue_to(page, "Betrokkenheid en toestemming")
    check_no_full_bsn()

    page.get_by_role("radio", name="Gegeven", exact=True).check()
    page.get_by_label("Datum toestemming").fill(as_input(consent_day))
    page.get_by_label("Reikwijdte toestemming").fill("Schuldhulp en UWV")
    page.get_by_role("button", name="Opslaan en naar dossier").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Huurschuld en geen werk")
    check_no_full_bsn()

    case = Case.objects.get(title="Huurschuld en geen werk")
    assert case.status == CaseStatus.AANGEMELD
    assert case.household.team == consulent.team
    assert Member.objects.filter(household=case.household).count() == 2
    assert CaseDomain.objects.filter(case=case).count() == 2
    assert Blockage.objects.get(case=case).owner == rule.owner

    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Casussen").click()
    expect(page.get_by_text("2 casussen gevonden")).to_be_visible()
    page.get_by_role("textbox", name="Zoeken").fill("Oudshoorn")
    page.get_by_role("search").get_by_role("button", name="Zoeken").click()
    expect(page.get_by_text("1 casus gevonden")).to_be_visible()
    expect(page.get_by_role("link", name=someone_else.reference)).to_have_count(0)
    # The name stays out of the address bar (and so out of web-server logs).
    expect(page).to_have_url(re.compile(r"[?&]zoek="))
    assert "Oudshoorn" not in page.url
    check_no_full_bsn()

    page.get_by_role("link", name=case.reference).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Huurschuld en geen werk")
    members = page.get_by_role("table", name="Gezinsleden")
    expect(members.get_by_role("row", name="Fatima Oudshoorn")).to_contain_text(MASKED_BSN)
    expect(members.get_by_role("row", name="Noah Oudshoorn")).to_contain_text("–")
    expect(
        page.get_by_text(f"Gegeven, {in_dutch(consent_day)} – Schuldhulp en UWV")
    ).to_be_visible()
    timeline = page.get_by_role("region", name="Tijdlijn")
    expect(timeline).to_contain_text("Casus aangemeld (bron: KCC (klantcontactcentrum)).")
    for what in (
        "Leefgebieden",
        "Knelpunten",
        "Reguliere route en risico",
        "Betrokkenheid en toestemming",
    ):
        expect(timeline).to_contain_text(f"{what} bijgewerkt.")
    # The step saved without any entry changed nothing, so the timeline does not claim it did.
    expect(timeline).not_to_contain_text("Betrokken organisaties en professionals bijgewerkt.")
    expect(page.get_by_text("De casus voldoet aan de criteria.")).to_be_visible()
    check_no_full_bsn()

    page.get_by_role("link", name="Wijzigen Signaal en huishouden").click()
    expect(page.get_by_role("group", name="Gezinslid 1").get_by_label("BSN")).to_have_value("")
    expect(page.get_by_text(f"Huidig BSN: {MASKED_BSN}")).to_be_visible()
    check_no_full_bsn()


def test_an_invalid_bsn_is_refused_next_to_the_field_and_nothing_is_saved(
    page: Page, log_in, consulent
):
    log_in(consulent)
    page.goto("/casussen/nieuw/")
    _fill_signal_and_household(page, bsn="123456789")

    page.get_by_role("button", name="Opslaan en verder").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Signaal en huishouden")
    parent = page.get_by_role("group", name="Gezinslid 1")
    bsn_input = parent.get_by_label("BSN")
    bsn_field = parent.locator(".utrecht-form-field").filter(has=page.get_by_label("BSN"))
    expect(bsn_field.get_by_role("alert")).to_have_text(ELFPROEF_MESSAGE)
    expect(bsn_input).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("alert")).to_have_count(1)
    # What was typed is still there, so only the BSN needs correcting.
    expect(parent.get_by_label("Voornaam")).to_have_value("Fatima")
    expect(page.get_by_label("Korte omschrijving")).to_have_value("Huurschuld en geen werk")
    assert not Case.objects.exists()
    assert not Household.objects.exists()
    assert not Member.objects.exists()

    bsn_input.fill(FULL_BSN)
    _save_and_continue_to(page, "Leefgebieden")
    assert Case.objects.count() == 1
    assert Member.objects.count() == 2


def test_the_bsn_error_is_read_out_with_the_field(page: Page, log_in, consulent):
    log_in(consulent)
    page.goto("/casussen/nieuw/")
    page.get_by_role("group", name="Gezinslid 1").get_by_label("BSN").fill("123456789")
    page.get_by_role("button", name="Opslaan en verder").click()

    bsn_input = page.get_by_role("group", name="Gezinslid 1").get_by_label("BSN")
    expect(bsn_input).to_have_attribute("aria-invalid", "true")
    expect(bsn_input).to_have_accessible_description(re.compile("elfproef"), timeout=1_000)
