"""A session that ends while a consulent is typing costs nothing: the page warns before the
idle timeout with a button to stay signed in, and what was typed comes back after signing in
again (kept in the tab's sessionStorage, gone once the form is saved)."""

import pytest
from django.contrib.sessions.models import Session
from playwright.sync_api import Page, expect

from maatwerk.cases.domains import Consent
from maatwerk.cases.models import Case

from ..factories import CaseFactory
from .conftest import PASSWORD

pytestmark = pytest.mark.e2e

SITUATION = (
    "Moeder werkt sinds kort 24 uur; de toeslagen stoppen daardoor en de huurachterstand "
    "loopt op. Zonder afspraak met de corporatie dreigt ontruiming in maart."
)


def _drafts(page: Page) -> list[str]:
    return page.evaluate(
        "() => Object.keys(sessionStorage).filter((key) => key.startsWith('mw-draft'))"
    )


def _expect_no_drafts(page: Page) -> None:
    """The page's script clears drafts when it runs, which may be just after the heading shows."""
    page.wait_for_function(
        "() => !Object.keys(sessionStorage).some((key) => key.startsWith('mw-draft'))",
        timeout=5000,
    )
    assert _drafts(page) == []


def _sign_in_again(page: Page, user) -> None:
    page.get_by_label("Gebruikersnaam").fill(user.username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def test_what_was_typed_is_back_after_the_session_ended_and_signing_in_again(
    page: Page, log_in, consulent
):
    case = CaseFactory(
        household__team=consulent.team, regisseur=consulent, consent=Consent.NIET_GEVRAAGD
    )
    log_in(consulent)
    page.goto(f"/casussen/{case.pk}/stap/route/")
    page.get_by_label("Risico bij niets doen").fill(SITUATION)

    # The session ends on the server (idle timeout) while the page is still open.
    Session.objects.all().delete()
    page.get_by_role("button", name="Opslaan en naar dossier").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    expect(page.get_by_role("status")).to_contain_text("bewaard")
    assert SITUATION not in page.url
    _sign_in_again(page, consulent)

    expect(page.get_by_role("heading", level=1)).to_have_text("Reguliere route en risico")
    expect(page.get_by_label("Risico bij niets doen")).to_have_value(SITUATION)
    expect(page.get_by_role("status")).to_contain_text("teruggezet")

    page.get_by_role("button", name="Opslaan en naar dossier").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(case.title)
    assert Case.objects.get(pk=case.pk).stagnation_risk == SITUATION
    # Saved: the draft is gone, the form shows what the server has.
    _expect_no_drafts(page)
    page.goto(f"/casussen/{case.pk}/stap/route/")
    expect(page.get_by_label("Risico bij niets doen")).to_have_value(SITUATION)
    expect(page.get_by_text("teruggezet")).to_have_count(0)


def test_a_new_case_typed_before_the_session_ended_is_back_too(page: Page, log_in, consulent):
    log_in(consulent)
    page.goto("/casussen/nieuw/")
    page.get_by_label("Korte omschrijving").fill("Huurschuld en geen werk")
    member = page.get_by_role("group", name="Gezinslid 1")
    member.get_by_label("Voornaam").fill("Fatima")
    member.get_by_label("BSN").fill("111222333")

    Session.objects.all().delete()
    page.get_by_role("button", name="Opslaan en verder").click()
    _sign_in_again(page, consulent)

    expect(page.get_by_role("heading", level=1)).to_have_text("Signaal en huishouden")
    expect(page.get_by_label("Korte omschrijving")).to_have_value("Huurschuld en geen werk")
    expect(member.get_by_label("Voornaam")).to_have_value("Fatima")
    # The BSN is never kept in the browser: it has to be typed again.
    expect(member.get_by_label("BSN")).to_have_value("")
    assert "111222333" not in str(page.evaluate("() => JSON.stringify(sessionStorage)"))
    assert not Case.objects.exists()


def test_signing_out_removes_drafts_from_the_browser(page: Page, log_in, consulent):
    log_in(consulent)
    page.goto("/casussen/nieuw/")
    page.get_by_label("Korte omschrijving").fill("Huurschuld en geen werk")
    assert _drafts(page) == ["mw-draft:/casussen/nieuw/"]

    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    _expect_no_drafts(page)


def test_the_page_warns_before_the_idle_timeout_and_can_stay_signed_in(
    page: Page, log_in, consulent, settings
):
    settings.SESSION_COOKIE_AGE = 6  # warned halfway, after 3 seconds
    log_in(consulent)
    page.goto("/casussen/nieuw/")
    keepalive = []
    page.on("request", lambda r: keepalive.append(r) if "/sessie/verlengen/" in r.url else None)

    warning = page.get_by_role("dialog", name="Uw sessie verloopt bijna")
    expect(warning).to_be_visible(timeout=6_000)
    expect(warning).to_contain_text("blijft in deze browser bewaard")
    warning.get_by_role("button", name="Ingelogd blijven").click()

    expect(warning).to_be_hidden()
    assert [r.method for r in keepalive] == ["POST"]
    response = keepalive[0].response()
    assert response is not None and response.status == 200
    # Still signed in: the next page opens without the log-in form.
    page.goto("/casussen/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Casussen")


def test_when_the_time_is_up_the_page_says_so_and_offers_to_sign_in_again(
    page: Page, log_in, consulent, settings
):
    settings.SESSION_COOKIE_AGE = 4
    log_in(consulent)
    page.goto("/casussen/nieuw/")
    page.get_by_label("Korte omschrijving").fill("Huurschuld en geen werk")

    expired = page.get_by_role("dialog", name="Uw sessie is verlopen")
    expect(expired).to_be_visible(timeout=8_000)
    expect(expired).to_contain_text("bewaard")
    expired.get_by_role("link", name="Opnieuw inloggen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    assert "next=%2Fcasussen%2Fnieuw%2F" in page.url
    expect(page.get_by_role("status")).to_contain_text("bewaard")
