"""Names and BSNs typed into the case search never appear in a URL the browser requests:
not on searching, not with the htmx update, not on paging, not in the address bar."""

import re

import pytest
from playwright.sync_api import Page, expect

from ..factories import CaseFactory, HouseholdFactory, MemberFactory

pytestmark = pytest.mark.e2e

CANARY_NAME = "Kanarievogelzang"
CANARY_BSN = "123456782"
PAGE_SIZE = 25


@pytest.fixture
def many_cases_of_one_family(consulent):
    for _ in range(PAGE_SIZE + 3):
        household = HouseholdFactory(team=consulent.team)
        MemberFactory(household=household, last_name=CANARY_NAME, bsn="")
        CaseFactory(household=household, regisseur=consulent)
    # One household with the canary BSN.
    MemberFactory(household=household, bsn=CANARY_BSN)


def test_no_url_carries_a_searched_name_or_bsn(
    page: Page, log_in, consulent, many_cases_of_one_family
):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    log_in(consulent)
    page.goto("/casussen/?weergave=team")
    search = page.get_by_role("search")

    search.get_by_role("textbox", name="Zoeken").fill(CANARY_NAME)
    search.get_by_role("button", name="Zoeken").click()
    # A search counts one page: past it the screen says "more than" and pages on.
    expect(page.get_by_text(f"Meer dan {PAGE_SIZE} casussen gevonden")).to_be_visible()
    expect(page).to_have_url(re.compile(r"[?&]zoek="))
    visited = [page.url]

    page.get_by_role("link", name="Volgende").click()
    expect(page.get_by_text("Pagina 2", exact=True)).to_be_visible()
    # The term is still applied on page 2 (its last three matches), and still in the field,
    # but not in the URL.
    expect(page.get_by_role("link", name="Volgende")).to_have_count(0)
    expect(page.locator("tbody tr")).to_have_count(3)
    expect(page.get_by_role("textbox", name="Zoeken")).to_have_value(CANARY_NAME)
    visited.append(page.url)
    page.get_by_role("link", name="Vorige").click()
    expect(page.get_by_text("Pagina 1", exact=True)).to_be_visible()

    page.get_by_role("textbox", name="Zoeken").fill(CANARY_BSN)
    page.get_by_role("search").get_by_role("button", name="Zoeken").click()
    expect(page.get_by_text("1 casus gevonden")).to_be_visible()
    # A select change submits the form through htmx; wait for its answer, as the count
    # it shows is the same as before.
    with page.expect_response(lambda response: "/casussen/" in response.url):
        page.get_by_label("Status").select_option(label="Aangemeld")
    expect(page.get_by_text("1 casus gevonden")).to_be_visible()
    visited.append(page.url)

    assert len(requested) > 5
    leaked = [url for url in requested + visited if CANARY_NAME in url or CANARY_BSN in url]
    assert leaked == []
