"""The quarterly report in the browser: the OMO-functionaris opens it for Q3 2026, writes a
finding, downloads the PDF and the Excel workbook, and the test reads both back."""

import io

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from ..insights.quarter import build_quarter

pytestmark = pytest.mark.e2e

FINDING = "De kostendelersnorm blokkeert de meeste casussen."


def _downloaded(page: Page, link: str) -> bytes:
    with page.expect_download() as download:
        page.get_by_role("link", name=link, exact=True).click()
    with open(download.value.path(), "rb") as handle:
        return handle.read()


def test_the_omo_functionaris_writes_a_finding_and_downloads_the_report(
    page: Page, log_in, consulent, consulent_zuid, teamleider, omo, controller
):
    consulent_zuid.municipality = consulent.municipality
    build_quarter(
        consulent=consulent,
        consulent_zuid=consulent_zuid,
        teamleider=teamleider,
        omo=omo,
        controller=controller,
    )
    log_in(omo)
    page.goto("/inzicht/rapportage/?van=2026-07-01&tot=2026-09-30")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Kwartaalrapportage maatwerk 01-07-2026 t/m 30-09-2026"
    )
    page.get_by_role("textbox", name="Bevindingen en lessen").fill(FINDING)
    page.get_by_role("button", name="Bevindingen opslaan").click()
    expect(page.locator("#bevindingen + p")).to_have_text(FINDING)
    team = page.locator('table[data-table="team"]')
    expect(team).to_contain_text("Wijkteam Noord")
    expect(team).to_contain_text("21")

    pdf = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(_downloaded(page, "PDF"))).pages)
    assert FINDING in pdf
    assert "Wijkteam Noord 21" in pdf

    book = load_workbook(io.BytesIO(_downloaded(page, "Excel")))
    assert FINDING in [row[0] for row in book["Rapportage"].iter_rows(values_only=True)]
    assert list(book["Gesignaleerd per team"].iter_rows(values_only=True))[-1] == ("Totaal", 33)
