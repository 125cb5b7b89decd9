"""Every main screen reflows (WCAG 1.4.10): at 390 px and at 1366 px with 200 % zoom (a 683 px
wide layout) nothing is wider than the window, so nobody has to scroll sideways to read a
line. At 1366 px the case list's column headers stay on one line, and empty filter choices
say "Alle"."""

import pytest
from playwright.sync_api import Page, expect

from maatwerk.cases.views import STEPS

from ..factories import BlockageFactory, CaseFactory, MemberFactory
from .conftest import PASSWORD
from .layout import DESKTOP, WIDTHS, horizontal_overflow

pytestmark = pytest.mark.e2e

LONG_TITLE = (
    "Schulden bij eenenveertig schuldeisers blokkeren de weg naar werk en een betaalbare woning"
)

# For each column header of the case list: on how many lines its text is drawn.
_HEADER_LINES = """
() => [...document.querySelectorAll('main thead th')].map((th) => {
  const range = document.createRange();
  range.selectNodeContents(th);
  const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
  return [th.textContent.trim(), tops.size];
})
"""


@pytest.fixture
def case(consulent):
    case = CaseFactory(
        eligible=True, household__team=consulent.team, regisseur=consulent, title=LONG_TITLE
    )
    MemberFactory(household=case.household, first_name="Anne-Margriet", last_name="Oudshoorn")
    MemberFactory(household=case.household, kind=True)
    BlockageFactory(case=case)
    consulent.first_name, consulent.last_name = "Anne-Marie", "van Oudshoorn-Bakker"
    consulent.save()
    consulent.team.name = "Wijkteam Noord-Oost en Centrum"
    consulent.team.save()
    for _ in range(3):
        CaseFactory(household__team=consulent.team, regisseur=consulent, title=LONG_TITLE)
    return case


def _screens(case) -> dict[str, str]:
    screens = {
        "casuslijst": "/casussen/?weergave=team",
        "dossier": f"/casussen/{case.pk}/",
        "nieuwe casus": "/casussen/nieuw/",
        "403": "/privacy/inzageverzoek/",
        "404": "/casussen/999999/",
    }
    for step in STEPS:
        screens[f"stap {step.slug}"] = f"/casussen/{case.pk}/stap/{step.slug}/"
    return screens


def test_every_main_screen_reflows_at_390_px_and_at_200_percent_zoom(
    page: Page, log_in, consulent, case
):
    log_in(consulent)
    too_wide = {}
    for width_name, viewport in WIDTHS.items():
        page.set_viewport_size(viewport)
        for name, path in _screens(case).items():
            page.goto(path)
            overflow = horizontal_overflow(page)
            if overflow > 0:
                too_wide[f"{name} @ {width_name}"] = overflow
    assert too_wide == {}, f"breder dan het venster (px): {too_wide}"


def test_the_login_page_and_the_anonymised_list_and_dossier_reflow_too(
    page: Page, log_in, beleid, case
):
    for viewport in WIDTHS.values():
        page.set_viewport_size(viewport)
        page.goto("/inloggen/")
        assert horizontal_overflow(page) == 0, ("/inloggen/", viewport)
    log_in(beleid)
    for viewport in WIDTHS.values():
        page.set_viewport_size(viewport)
        for path in ("/casussen/", f"/casussen/{case.pk}/"):
            page.goto(path)
            assert horizontal_overflow(page) == 0, (path, viewport)


def test_case_list_headers_stay_on_one_line_and_empty_filters_say_alle(
    page: Page, log_in, consulent, case
):
    page.set_viewport_size(DESKTOP)
    log_in(consulent)
    page.goto("/casussen/?weergave=team")

    lines = dict(page.evaluate(_HEADER_LINES))
    assert lines["Regisseur"] == 1, lines
    assert all(count == 1 for count in lines.values()), lines
    filters = page.get_by_role("search")
    for label in ("Status", "Leefgebied", "Knelpunt (regel)", "Team", "Regisseur"):
        select = filters.get_by_label(label, exact=True)
        expect(select.locator("option").first).to_have_text("Alle")
    expect(filters).not_to_contain_text("---------")


def test_at_390_px_each_case_is_a_card_that_names_its_values(page: Page, log_in, consulent, case):
    page.set_viewport_size(WIDTHS["390"])
    log_in(consulent)
    page.goto("/casussen/?weergave=team")

    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=case.reference))
    expect(row).to_contain_text(LONG_TITLE)
    box = row.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    cells = row.get_by_role("cell")
    # The values are stacked, each under the previous one, and each says what it is.
    tops = [cells.nth(i).bounding_box()["y"] for i in range(cells.count())]
    assert tops == sorted(tops) and len(set(tops)) == len(tops), tops
    assert [cell.get_attribute("data-label") for cell in cells.all()][:2] == [
        "Omschrijving",
        "Status",
    ]
    # Text is read in words: no cell is drawn one letter per line.
    status_box = cells.filter(has_text="Aangemeld").bounding_box()
    assert status_box is not None and status_box["height"] < 60, status_box


def test_short_pages_have_no_gap_between_heading_and_text(page: Page, log_in, wethouder):
    page.set_viewport_size(DESKTOP)
    log_in(wethouder)
    page.goto("/casussen/")
    # Where the text itself is drawn (a stretched grid row makes the element boxes tall).
    gap = page.evaluate(
        """() => {
          const drawn = (el) => { const r = document.createRange(); r.selectNodeContents(el);
                                  return r.getBoundingClientRect(); };
          const heading = drawn(document.querySelector('main h1'));
          const text = drawn(document.querySelector('main h1 ~ p, main h1 + p'));
          return text.top - heading.bottom;
        }"""
    )
    assert gap < 40, gap


def test_the_start_page_access_request_and_audit_screens_reflow(
    open_page, wethouder, omo, beheerder, case
):
    screens = {
        wethouder: ["/"],
        omo: ["/privacy/inzageverzoek/"],
        beheerder: [f"/audit/casussen/{case.pk}/"],
    }
    too_wide = {}
    for user, paths in screens.items():
        tab = open_page()
        tab.goto("/inloggen/")
        tab.get_by_label("Gebruikersnaam").fill(user.username)
        tab.get_by_label("Wachtwoord").fill(PASSWORD)
        tab.get_by_role("button", name="Inloggen").click()
        expect(tab.get_by_role("button", name="Uitloggen")).to_be_visible()
        for width_name, viewport in WIDTHS.items():
            tab.set_viewport_size(viewport)
            for path in paths:
                response = tab.goto(path)
                assert response is not None and response.status == 200, path
                overflow = horizontal_overflow(tab)
                if overflow > 0:
                    too_wide[f"{path} @ {width_name}"] = overflow
    assert too_wide == {}, f"breder dan het venster (px): {too_wide}"
