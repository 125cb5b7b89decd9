"""The report screen, its findings and its downloads: the PDF, Excel and CSV read back say
what the screen says, hidden cells included."""

import csv
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from maatwerk.insights.models import Findings

from .quarter import END, START

pytestmark = pytest.mark.django_db

QUERY = {"van": START.isoformat(), "tot": END.isoformat()}


def _download(client, fmt: str) -> bytes:
    response = client.get(reverse("insights:download", args=[fmt]), QUERY)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    return response.content


@pytest.fixture
def omo_client(client, omo, quarter):
    client.force_login(omo)
    return client


def test_the_omo_functionaris_writes_findings_that_every_format_prints(omo_client, omo):
    response = omo_client.post(
        reverse("insights:report"), {**QUERY, "findings": "De kostendelersnorm knelt het meest."}
    )
    assert response.status_code == 302
    assert Findings.objects.get(start=START, end=END).updated_by == omo

    page = omo_client.get(reverse("insights:report"), QUERY).content.decode()
    assert "De kostendelersnorm knelt het meest." in page
    assert "<svg" in page  # the bar charts
    pdf = "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(_download(omo_client, "pdf"))).pages
    )
    assert "De kostendelersnorm knelt het meest." in pdf
    assert "De kostendelersnorm knelt het meest." in _download(omo_client, "csv").decode()


def test_the_pdf_holds_the_figures_of_the_screen(omo_client):
    page = omo_client.get(reverse("insights:report"), QUERY).content.decode()
    pdf = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(_download(omo_client, "pdf"))).pages
    )
    for figure in ("Gesignaleerd 33", "Wijkteam Noord 21", "€ 33.000,00", "€ 94.000,00", "< 5"):
        assert figure in pdf
    assert "€ 33.000,00" in page
    assert "Kwartaalrapportage maatwerk 01-07-2026 t/m 30-09-2026" in pdf


def test_the_workbook_has_a_sheet_per_table_with_numbers_as_numbers(omo_client):
    book = load_workbook(io.BytesIO(_download(omo_client, "xlsx")))
    assert "Kerncijfers" in book.sheetnames
    assert "Gesignaleerd per team" in book.sheetnames
    team = list(book["Gesignaleerd per team"].iter_rows(values_only=True))
    assert team == [
        ("Team", "Casussen"),
        ("Wijkteam Noord", 21),
        ("Wijkteam Zuid", 12),
        ("Totaal", 33),
    ]
    bron = {row[0]: row[1] for row in book["Gesignaleerd per bron"].iter_rows(values_only=True)}
    assert bron["Huisarts"] == "< 5"
    assert bron["KCC (klantcontactcentrum)"] == "×"
    fund_row = list(book["Gebruik van de fondsen"].iter_rows(values_only=True))[1]
    assert float(fund_row[4]) == 94000.0


def test_the_csv_parses_into_the_same_tables(omo_client):
    rows = list(csv.reader(io.StringIO(_download(omo_client, "csv").decode()), delimiter=";"))
    at = rows.index(["Doorlooptijd in werkdagen"])
    assert rows[at + 2] == ["besluit", "11", "10", "30"]
    assert rows[at + 3] == ["doorbraak", "< 5", "×", "×"]


def test_the_command_writes_each_format(quarter, tmp_path):
    for fmt in ("pdf", "xlsx", "csv", "html"):
        out = tmp_path / f"rapport.{fmt}"
        call_command(
            "report",
            "--from",
            "2026-07-01",
            "--to",
            "2026-09-30",
            "--format",
            fmt,
            "--out",
            str(out),
        )
        assert out.stat().st_size > 0
    assert "Wijkteam Noord" in (tmp_path / "rapport.html").read_text()


def test_a_period_the_wrong_way_round_is_refused_in_dutch(omo_client):
    response = omo_client.get(
        reverse("insights:download", args=["csv"]), {"van": "2026-09-30", "tot": "2026-07-01"}
    )
    assert response.status_code == 400
    assert "begindatum" in response.content.decode()


def test_only_the_omo_functionaris_writes_findings(client, beleid, quarter):
    client.force_login(beleid)
    assert client.get(reverse("insights:report"), QUERY).status_code == 200
    response = client.post(reverse("insights:report"), {**QUERY, "findings": "x"})
    assert response.status_code == 403
    assert not Findings.objects.exists()


def test_the_api_gives_the_tables_of_the_screen_and_the_register(api_client, beleid, quarter):
    api_client.force_authenticate(beleid)
    response = api_client.get("/api/v1/insights/report/", QUERY)
    assert response.status_code == 200
    tables = {table["slug"]: table for table in response.json()["tables"]}
    assert [[cell["text"] for cell in row] for row in tables["team"]["rows"]] == [
        ["Wijkteam Noord", "21"],
        ["Wijkteam Zuid", "12"],
        ["Totaal", "33"],
    ]
    huisarts = next(row for row in tables["bron"]["rows"] if row[0]["text"] == "Huisarts")
    assert huisarts[1] == {"text": "< 5", "value": None, "kind": "count"}
    assert api_client.get("/api/v1/insights/signals/").json() == []


def test_a_partner_contact_reaches_neither_the_report_nor_its_api(
    api_client, client, beleid, quarter
):
    from maatwerk.accounts.roles import Role

    from ..factories import UserFactory

    partner = UserFactory(role=Role.PARTNER_CONTACT, team=None, municipality=beleid.municipality)
    api_client.force_authenticate(partner)
    assert api_client.get("/api/v1/insights/report/", QUERY).status_code == 403
    client.force_login(partner)
    assert client.get(reverse("insights:report"), QUERY).status_code == 403
