"""The casusoverleg, ‘Te besluiten’ and the portefeuillehouder's screen in a real browser:
labelled and reflowing at 390 px, and the OMO-functionaris records a bezinningsperiode with a
task as a person would."""

import datetime

import pytest
from playwright.sync_api import expect

from maatwerk.route import services

from ..route.work.conftest import case_of, on_agenda, proposal_on
from .helpers import assert_accessibility_smoke
from .layout import WIDTHS, click_where_drawn, horizontal_overflow

pytestmark = pytest.mark.e2e

LONG_QUESTION = (
    "Kan een participatiebonus de schuldregeling deblokkeren, nu de kostendelersnorm de "
    "uitkering verlaagt zolang de meerderjarige zoon in huis blijft wonen?"
)


@pytest.fixture
def on_the_table(consulent, omo, wethouder):
    noord = case_of(consulent)
    services.save_canvas(consulent, noord, {"goal": LONG_QUESTION, "needs": LONG_QUESTION})
    item = on_agenda(consulent, noord, LONG_QUESTION)
    proposal = proposal_on(consulent, omo, case_of(consulent), within_frameworks=False)
    services.put_before_portefeuillehouder(omo, proposal, wethouder, LONG_QUESTION)
    return item


def test_the_route_screens_are_labelled_and_reflow(open_page, omo, wethouder, on_the_table):
    from .conftest import PASSWORD

    screens = {omo: ["/route/overleg/", "/route/besluiten/"], wethouder: ["/route/portefeuille/"]}
    too_wide = {}
    for user, paths in screens.items():
        tab = open_page()
        tab.goto("/inloggen/")
        tab.get_by_label("Gebruikersnaam").fill(user.username)
        tab.get_by_label("Wachtwoord").fill(PASSWORD)
        tab.get_by_role("button", name="Inloggen").click()
        expect(tab.get_by_role("button", name="Uitloggen")).to_be_visible()
        for path in paths:
            response = tab.goto(path)
            assert response is not None and response.status == 200, path
            # The agenda's forms are fetched per item; the list pages have no fields.
            assert_accessibility_smoke(tab, expect_fields=path.startswith("/route/portefeuille"))
            for width_name, viewport in WIDTHS.items():
                tab.set_viewport_size(viewport)
                overflow = horizontal_overflow(tab)
                if overflow > 0:
                    too_wide[f"{path} @ {width_name}"] = overflow
    assert too_wide == {}, f"breder dan het venster (px): {too_wide}"


def test_the_omo_functionaris_records_a_bezinningsperiode_with_a_task(
    page, log_in, omo, consulent, on_the_table
):
    log_in(omo)
    page.get_by_role("link", name="Casusoverleg").click()
    item = page.locator(f"#punt-{on_the_table.pk}")
    due = on_the_table.consultation.date + datetime.timedelta(days=5)

    # The form is fetched when asked for (htmx) and drawn in the item's place.
    item.get_by_role("link", name="Uitkomst invullen").click()
    click_where_drawn(page, item.get_by_text("Bezinningsperiode", exact=True))
    expect(item.get_by_label("Bezinningsperiode")).to_be_checked()
    item.get_by_text("Taken bij een bezinningsperiode").click()
    item.get_by_label("Wat wordt uitgezocht").first.fill("Tweede woning navragen")
    item.get_by_label("Door wie").first.select_option(label=consulent.get_full_name())
    item.get_by_label("Uiterlijk").first.fill(due.isoformat())
    item.get_by_role("button", name="Uitkomst vastleggen").click()

    expect(page.get_by_role("status").first).to_contain_text("Bezinningsperiode")
    expect(page.locator(f"#punt-{on_the_table.pk}")).to_contain_text("Tweede woning navragen")
