"""Small helpers the browser tests share: dates as a date input wants them, Dutch dates as the
dossier prints them, and the accessibility smoke check."""

import datetime

from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import override
from playwright.sync_api import Page

# Runs in the page: the facts the smoke check asserts on, gathered in one round trip.
_ACCESSIBILITY_FACTS = """
() => {
  const fields = [...document.querySelectorAll('input, select, textarea')]
    .filter((el) => el.type !== 'hidden');
  const labelText = (el) => [...(el.labels || [])].map((l) => l.textContent.trim()).join(' ');
  const named = (el) =>
    labelText(el) !== ''
    || (el.getAttribute('aria-label') || '').trim() !== ''
    || (el.getAttribute('aria-labelledby') || '').split(/\\s+/).some(
      (id) => id && document.getElementById(id)
        && document.getElementById(id).textContent.trim() !== '');
  return {
    lang: document.documentElement.getAttribute('lang'),
    h1: document.querySelectorAll('h1').length,
    fields: fields.length,
    unlabelled: fields.filter((el) => !named(el))
      .map((el) => el.name || el.id || el.outerHTML.slice(0, 80)),
  };
}
"""


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


def as_input(day: datetime.date) -> str:
    """What <input type="date"> takes from Playwright, whatever the browser locale."""
    return day.isoformat()


def in_dutch(day: datetime.date, pattern: str = "j F Y") -> str:
    with override("nl"):
        return date_format(day, pattern)


def accessibility_facts(page: Page) -> dict:
    return page.evaluate(_ACCESSIBILITY_FACTS)


def assert_accessibility_smoke(page: Page, *, expect_fields: bool = True) -> None:
    """Every visible form control has a label (or aria-label), one h1, and lang="nl"."""
    facts = accessibility_facts(page)
    assert facts["lang"] == "nl", facts
    assert facts["h1"] == 1, f"{page.url}: {facts['h1']} h1-elementen"
    assert facts["unlabelled"] == [], f"{page.url}: velden zonder label {facts['unlabelled']}"
    if expect_fields:
        assert facts["fields"] > 0, f"{page.url}: geen formuliervelden gevonden"


def assert_none_in_page(page: Page, secrets: list[str]) -> None:
    content = page.content()
    leaked = [secret for secret in secrets if secret in content]
    assert leaked == [], f"{page.url} toont {leaked}"
