"""After signing in, every demo role lands on a page that makes sense for it: "Mijn werk" for
those who work on cases, the fund's worklist for the controller, the signals to policy for the
beleidsmedewerker, the case list for beheer, and the proposals put before them for the
portefeuillehouder instead of "Geen toegang"."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

# persona fixture -> the h1 it lands on after signing in
LANDING = {
    "consulent": "Mijn werk",
    "teamleider": "Mijn werk",
    "omo": "Mijn werk",
    "controller": "Werklijst controller",
    "beleid": "Signalen aan beleid",
    "beheerder": "Casussen",
    "wethouder": "Mijn voorleggingen",
}


def test_every_role_lands_on_a_start_page_that_makes_sense(
    open_page, request, live_server, transactional_db
):
    from .conftest import PASSWORD

    landed = {}
    for persona in LANDING:
        user = request.getfixturevalue(persona)
        page: Page = open_page()
        page.goto("/inloggen/")
        page.get_by_label("Gebruikersnaam").fill(user.username)
        page.get_by_label("Wachtwoord").fill(PASSWORD)
        page.get_by_role("button", name="Inloggen").click()
        expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()
        landed[persona] = page.get_by_role("heading", level=1).text_content().strip()
        assert "Geen toegang" not in page.content(), persona
        if persona == "wethouder":
            main = page.get_by_role("main")
            expect(main).to_contain_text("portefeuillehouder")
            expect(main).to_contain_text("geen voorstellen voor u klaar")
            # The brand link goes to the same start page, not to a refusal.
            page.get_by_role("link", name="Maatwerk", exact=True).click()
            expect(page.get_by_role("heading", level=1)).to_have_text(landed[persona])
        page.context.close()
    assert {p: h.split(" ")[0] for p, h in landed.items()} == {
        p: h.split(" ")[0] for p, h in LANDING.items()
    }, landed
