"""The consent step (Betrokkenheid en toestemming) can be used with a mouse at desktop and
phone width: every consent option is clickable where it is drawn, and no field is drawn
over another."""

import pytest
from playwright.sync_api import Page, expect

from maatwerk.cases.models import Case

from ..factories import CaseFactory
from .layout import DESKTOP, PHONE, click_where_drawn, overlapping_controls

pytestmark = pytest.mark.e2e

OPTIONS = ["Gegeven", "Geweigerd", "Nog niet gevraagd"]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366", "390"])
def test_every_consent_option_can_be_clicked_where_it_is_drawn(
    page: Page, log_in, consulent, viewport
):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent)
    page.set_viewport_size(viewport)
    log_in(consulent)
    page.goto(f"/casussen/{case.pk}/stap/toestemming/")
    group = page.get_by_role("group", name="Toestemming informatie delen")

    assert overlapping_controls(page) == []
    for option in OPTIONS:
        # Aim at the option's label and at its round button: both must choose it.
        click_where_drawn(page, group.get_by_text(option, exact=True))
        expect(group.get_by_role("radio", name=option, exact=True)).to_be_checked()
        for other in set(OPTIONS) - {option}:
            expect(group.get_by_role("radio", name=other, exact=True)).not_to_be_checked()
        click_where_drawn(page, group.get_by_role("radio", name=option, exact=True))
        expect(group.get_by_role("radio", name=option, exact=True)).to_be_checked()

    # The labels are read on one line each, not one syllable per line.
    for option in OPTIONS:
        label = group.get_by_text(option, exact=True).bounding_box()
        assert label is not None and label["height"] < 40, (option, label)

    click_where_drawn(page, group.get_by_text("Geweigerd", exact=True))
    page.get_by_label("Reikwijdte toestemming").click()
    page.get_by_label("Reikwijdte toestemming").fill("Geen toestemming voor de school")
    page.get_by_role("button", name="Opslaan en naar dossier").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(case.title)
    assert Case.objects.get(pk=case.pk).consent == "geweigerd"
