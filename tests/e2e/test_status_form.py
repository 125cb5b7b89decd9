"""The dossier's status form is one form: the possible moves as radio buttons and one reason,
posted as `target` and `reason` to cases:transition."""

import pytest
from playwright.sync_api import Page, expect

from maatwerk.cases.workflow import CaseStatus

from ..factories import CaseFactory
from .layout import DESKTOP, PHONE, click_where_drawn, overlapping_controls

pytestmark = pytest.mark.e2e

MOVES = ["In behandeling nemen", "Afsluiten zonder behandeling"]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366", "390"])
def test_one_reason_and_the_moves_as_choices(page: Page, log_in, consulent, viewport):
    case = CaseFactory(eligible=True, household__team=consulent.team, regisseur=consulent)
    page.set_viewport_size(viewport)
    log_in(consulent)
    page.goto(f"/casussen/{case.pk}/")
    region = page.get_by_role("region", name="Status wijzigen")

    expect(region.locator("form")).to_have_count(1)
    expect(region.get_by_role("textbox", name="Reden")).to_have_count(1)
    expect(region.get_by_role("radio")).to_have_count(len(MOVES))
    assert overlapping_controls(page) == []
    for move in MOVES:
        click_where_drawn(page, region.get_by_text(move, exact=True))
        expect(region.get_by_role("radio", name=move, exact=True)).to_be_checked()

    click_where_drawn(page, region.get_by_text("Afsluiten zonder behandeling", exact=True))
    region.get_by_role("textbox", name="Reden").fill("Opgelost via de reguliere route")
    region.get_by_role("button", name="Status wijzigen").click()

    expect(page.get_by_role("status")).to_have_text("De status is gewijzigd.")
    case.refresh_from_db()
    assert case.status == CaseStatus.AFGESLOTEN
    assert case.status_changes.last().reason == "Opgelost via de reguliere route"
