"""Regenerates the screenshots in docs/screenshots/ from a running demo (`make run`).

.venv/bin/python scripts/screenshots.py [http://127.0.0.1:8000]
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# (user, path or "first-case[/rest]", file, viewport)
SHOTS = [
    ("consulent", "/casussen/?weergave=team", "case-list.png", DESKTOP),
    ("consulent", "first-case", "dossier.png", DESKTOP),
    ("consulent", "/casussen/nieuw/", "register-step-1.png", DESKTOP),
    ("beleid", "/casussen/", "anonymised-list.png", DESKTOP),
    ("consulent", "first-case/stap/toestemming/", "consent-step.png", DESKTOP),
    ("consulent", "/casussen/?weergave=team", "case-list-390.png", PHONE),
    ("wethouder", "/", "start-portefeuillehouder.png", DESKTOP),
    ("omo", "/", "my-work-omo.png", DESKTOP),
    ("omo", "title:Familie Voortman#na-het-besluit", "after-the-decision.png", DESKTOP),
    ("controller", "/fonds/", "fund-overview.png", DESKTOP),
    (
        "consulent",
        "/vraagbaak/?q=de+corporatie+wil+haar+niet+meer+huisvesten+na+een+ontruiming",
        "vraagbaak-search.png",
        DESKTOP,
    ),
    ("consulent", "/register/", "register.png", DESKTOP),
    ("omo", "/inzicht/rapportage/?van=2026-07-01&tot=2026-09-30", "quarterly-report.png", DESKTOP),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        for username, path, name, viewport in SHOTS:
            page = browser.new_page(viewport=viewport, locale="nl-NL")
            page.goto(f"{BASE}/inloggen/")
            page.get_by_label("Gebruikersnaam").fill(username)
            page.get_by_label("Wachtwoord").fill("demo")
            page.get_by_role("button", name="Inloggen").click()
            page.get_by_role("button", name="Uitloggen").wait_for()
            if path.startswith("title:"):
                title, _, anchor = path.removeprefix("title:").partition("#")
                page.goto(f"{BASE}/casussen/?weergave=alle")
                page.get_by_role("row").filter(has_text=title).get_by_role("link").first.click()
                page.wait_for_load_state()
                if anchor:
                    page.locator(f"#{anchor}").scroll_into_view_if_needed()
            elif path.startswith("first-case"):
                page.goto(f"{BASE}/casussen/?weergave=team")
                page.locator("tbody a").first.click()
                page.wait_for_load_state()
                rest = path.removeprefix("first-case")
                if rest:
                    page.goto(page.url.rstrip("/") + "/" + rest.lstrip("/"))
            else:
                page.goto(f"{BASE}{path}")
            page.screenshot(path=OUT / name, full_page=viewport is PHONE)
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
