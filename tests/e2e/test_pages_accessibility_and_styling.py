"""Smoke checks on the main screens as a browser renders them: labelled form controls, one h1,
Dutch as page language, and the NL Design System styles and htmx actually loaded."""

import pytest
from playwright.sync_api import Page, expect

from maatwerk.cases.views import STEPS

from ..factories import BlockageFactory, CaseFactory, MemberFactory
from .helpers import assert_accessibility_smoke

pytestmark = pytest.mark.e2e


@pytest.fixture
def case(consulent):
    case = CaseFactory(eligible=True, household__team=consulent.team, regisseur=consulent)
    MemberFactory(household=case.household)
    MemberFactory(household=case.household, kind=True)
    BlockageFactory(case=case)
    return case


def _main_pages(case) -> dict[str, str]:
    pages = {
        "casuslijst": "/casussen/",
        "dossier": f"/casussen/{case.pk}/",
        "nieuwe casus": "/casussen/nieuw/",
    }
    for step in STEPS:
        pages[f"stap {step.slug}"] = f"/casussen/{case.pk}/stap/{step.slug}/"
    return pages


def test_main_pages_pass_the_accessibility_smoke_check(page: Page, log_in, consulent, case):
    log_in(consulent)
    failures = {}
    for name, path in _main_pages(case).items():
        response = page.goto(path)
        assert response is not None and response.status == 200, name
        try:
            assert_accessibility_smoke(page)
        except AssertionError as error:
            failures[name] = str(error)
    assert failures == {}


def test_login_and_anonymised_pages_pass_the_accessibility_smoke_check(
    page: Page, log_in, beleid, case
):
    page.goto("/inloggen/")
    assert_accessibility_smoke(page)

    log_in(beleid)
    for path in ("/casussen/", f"/casussen/{case.pk}/"):
        page.goto(path)
        assert_accessibility_smoke(page, expect_fields=path == "/casussen/")


def test_the_error_page_for_an_unknown_case_passes_the_accessibility_smoke_check(
    page: Page, log_in, consulent
):
    log_in(consulent)
    response = page.goto("/casussen/999999/")
    assert response is not None and response.status == 404
    assert_accessibility_smoke(page, expect_fields=False)


def test_nl_design_system_styles_and_htmx_are_served_and_applied(
    page: Page, log_in, consulent, case
):
    log_in(consulent)
    page.goto("/casussen/?weergave=team")
    expect(page.get_by_role("link", name=case.reference)).to_be_visible()

    for href in page.eval_on_selector_all(
        "link[rel=stylesheet]", "links => links.map((link) => link.href)"
    ):
        response = page.request.get(href)
        assert response.status == 200, href
        assert response.headers["content-type"].startswith("text/css"), href
    styles = page.evaluate(
        """() => {
          const css = (selector) => getComputedStyle(document.querySelector(selector));
          const root = getComputedStyle(document.documentElement);
          return {
            sheetsWithRules: [...document.styleSheets].filter((s) => s.cssRules.length > 0)
              .length,
            themeToken: root.getPropertyValue('--basis-text-font-size-3xl').trim(),
            rootFontSize: parseFloat(root.fontSize),
            h1FontSize: parseFloat(css('h1.utrecht-heading-1').fontSize),
            badgeBackground: css('.mw-status--aangemeld').backgroundColor,
            htmx: typeof window.htmx === 'object' ? window.htmx.version : null,
          };
        }"""
    )
    assert styles["sheetsWithRules"] == 4, styles
    # theme.css defines the token, utrecht/index.css applies it to the heading...
    assert styles["themeToken"] == "2.5rem", styles
    assert styles["h1FontSize"] == pytest.approx(2.5 * styles["rootFontSize"]), styles
    # ...and maatwerk.css colours the status badge.
    assert styles["badgeBackground"] == "rgb(255, 243, 205)", styles
    assert styles["htmx"] is not None and styles["htmx"].startswith("2."), styles


def test_the_consent_question_is_the_name_of_its_radio_buttons(page: Page, log_in, consulent, case):
    log_in(consulent)
    page.goto(f"/casussen/{case.pk}/stap/toestemming/")
    expect(page.get_by_role("radio", name="Gegeven", exact=True)).to_be_visible()

    question = "Toestemming informatie delen"
    named_group = page.get_by_role("radiogroup", name=question).or_(
        page.get_by_role("group", name=question)
    )
    assert named_group.count() == 1


def test_an_english_browser_still_gets_the_dutch_interface(open_page, consulent):
    page = open_page(locale="en-US")
    page.goto("/inloggen/")
    assert page.evaluate("document.documentElement.lang") == "nl"
    page.get_by_label("Gebruikersnaam").fill(consulent.username)
    page.get_by_label("Wachtwoord").fill("verkeerd-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()

    expect(page.get_by_role("alert")).to_contain_text(
        "Voer een juiste gebruikersnaam en wachtwoord in."
    )
    expect(page.get_by_role("button", name="Uitloggen")).to_have_count(0)


def test_the_theme_fonts_noto_sans_and_noto_serif_are_served_and_used(
    page: Page, log_in, consulent, case
):
    log_in(consulent)
    fonts = []
    page.on("response", lambda r: fonts.append(r) if r.url.endswith(".woff2") else None)
    page.goto(f"/casussen/{case.pk}/")
    facts = page.evaluate(
        """async () => {
          await document.fonts.ready;
          const family = (selector) =>
            getComputedStyle(document.querySelector(selector)).fontFamily;
          return {
            body: family('body'),
            heading: family('h1'),
            sans: document.fonts.check('16px "Noto Sans"', 'Maatwerk'),
            serif: document.fonts.check('700 40px "Noto Serif"', 'Dossier'),
            loaded: [...document.fonts].filter((f) => f.status === 'loaded')
              .map((f) => `${f.family} ${f.weight} ${f.style}`),
          };
        }"""
    )
    assert facts["body"].startswith('"Noto Sans"'), facts
    assert facts["heading"].startswith('"Noto Serif"'), facts
    assert facts["sans"] and facts["serif"], facts
    assert any(f.startswith("Noto Sans 400") for f in facts["loaded"]), facts
    assert any(f.startswith("Noto Serif 700") for f in facts["loaded"]), facts
    # Served by the application itself (font-src 'self'), as WOFF2.
    assert fonts, "geen lettertypebestand geladen"
    for response in fonts:
        assert response.url.startswith(page.url.split("/casussen/")[0]), response.url
        assert response.status == 200, response.url
        assert response.headers["content-type"] in ("font/woff2", "application/font-woff2")
