"""The beheerder's audit page in the browser: it renders, names the fields that changed and
shows the access log, and shows none of the household's personal values."""

import pytest
from playwright.sync_api import Page, expect

from maatwerk.demo.cases_data import DEMO_CASES
from maatwerk.demo.loader import load_demo_case
from maatwerk.demo.setup import ensure_demo_world

from ..audit.test_case_audit_page import _personal_values
from .helpers import assert_accessibility_smoke, assert_none_in_page

pytestmark = pytest.mark.e2e


def test_the_beheerder_audit_page_renders_without_personal_values(page: Page, log_in, beheerder):
    case = load_demo_case(ensure_demo_world(), DEMO_CASES[2])

    log_in(beheerder)
    page.goto(f"/casussen/{case.pk}/")
    page.get_by_role("link", name="Wijzigingshistorie en inzagelog").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Wijzigingshistorie en inzagelog {case.reference}"
    )
    expect(page.get_by_role("heading", name="Wijzigingen")).to_be_visible()
    expect(page.get_by_role("cell", name="Gezinslid toegevoegd").first).to_be_visible()
    expect(page.get_by_role("heading", name="Inzage en handelingen")).to_be_visible()
    expect(page.get_by_role("cell", name="scherm:audit").first).to_be_visible()
    assert_none_in_page(page, _personal_values())
    assert_accessibility_smoke(page, expect_fields=False)
