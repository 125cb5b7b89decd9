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
SHOTS = [
    ("consulent", "/casussen/?weergave=team", "case-list.png"),
    ("consulent", "first-case", "dossier.png"),
    ("consulent", "/casussen/nieuw/", "register-step-1.png"),
    ("beleid", "/casussen/", "anonymised-list.png"),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        for username, path, name in SHOTS:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="nl-NL")
            page.goto(f"{BASE}/inloggen/")
            page.get_by_label("Gebruikersnaam").fill(username)
            page.get_by_label("Wachtwoord").fill("demo")
            page.get_by_role("button", name="Inloggen").click()
            if path == "first-case":
                page.goto(f"{BASE}/casussen/?weergave=team")
                page.locator("tbody a").first.click()
            else:
                page.goto(f"{BASE}{path}")
            page.screenshot(path=OUT / name, full_page=False)
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
