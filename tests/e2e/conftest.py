"""Browser fixtures for the end-to-end tests: one headless Debian chromium per test session
(per xdist worker), a fresh browser context per test, and logging in through the real form.

Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls from a
thread with a running loop unless told it is safe, which it is here (the loop only waits on
the browser). Set before anything touches the ORM."""

import os

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

PASSWORD = "geheim-wachtwoord"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TIMEOUT_MS = 10_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the browser tests after all others. Playwright's sync API leaves an asyncio loop
    running in the test thread for as long as the session-wide browser lives, so a later
    non-browser test in the same process could not use asyncio.run() or async_to_sync.
    The order is the same in every xdist worker, as xdist requires."""
    here = Path(__file__).parent
    items.sort(key=lambda item: here in Path(item.path).parents)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (make install-browser)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser: Browser, live_server, transactional_db) -> Iterator[Callable[..., Page]]:
    """Open a tab in a fresh, cookie-less browser context pointed at this test's live server.
    The contexts are closed when the test ends."""
    contexts: list[BrowserContext] = []
    in_flight: set = set()

    def _open_page(locale: str = "nl-NL") -> Page:
        context = browser.new_context(
            base_url=live_server.url, locale=locale, timezone_id="Europe/Amsterdam"
        )
        contexts.append(context)
        context.set_default_timeout(TIMEOUT_MS)
        # The browser asks for /favicon.ico by itself; answer here, so no stray request
        # races the test's own requests on the shared in-memory SQLite connection.
        context.route("**/favicon.ico", lambda route: route.fulfill(status=204, body=""))
        context.on("request", lambda request: in_flight.add(request))
        context.on("requestfinished", lambda request: in_flight.discard(request))
        context.on("requestfailed", lambda request: in_flight.discard(request))
        return context.new_page()

    yield _open_page
    _wait_for_requests_in_flight(contexts, in_flight)
    for context in contexts:
        context.close()


def _wait_for_requests_in_flight(contexts: list[BrowserContext], in_flight: set) -> None:
    """A test may end while an htmx request it set off is still being answered (its result
    looked the same as the page before). The live server shares the in-memory SQLite
    connection with the test thread, so the database flush after the test must not start
    while that request still holds a transaction: wait until the browser has its answers."""
    pages = [page for context in contexts for page in context.pages]
    waited_ms = 0
    while in_flight and pages and waited_ms < TIMEOUT_MS:
        pages[0].wait_for_timeout(50)
        waited_ms += 50


@pytest.fixture
def page(open_page: Callable[..., Page]) -> Page:
    """A Dutch-speaking browser tab in Amsterdam time, as the municipality's staff use it."""
    return open_page()


@pytest.fixture
def log_in(page: Page) -> Callable:
    """Log in through the real login form, as a person would, and wait for the menu."""

    def _log_in(user, password: str = PASSWORD) -> Page:
        page.goto("/inloggen/")
        page.get_by_label("Gebruikersnaam").fill(user.username)
        page.get_by_label("Wachtwoord").fill(password)
        page.get_by_role("button", name="Inloggen").click()
        expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()
        return page

    return _log_in
