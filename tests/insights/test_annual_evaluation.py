"""The annual evaluation: 2026 beside 2025, the council's questions answered from the shown
figures, as a screen and as one PDF."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from maatwerk.insights import services

pytestmark = pytest.mark.django_db


def test_the_year_stands_beside_the_previous_one_and_the_questions_are_answered(quarter, omo):
    evaluation = services.annual_evaluation(omo.municipality, 2026)
    headline = next(t for t in evaluation.tables if t.slug == "kerncijfers")
    assert headline.columns == ["Casussen", "Aantal 2025", "Aantal 2026"]
    assert [cell.text() for cell in headline.rows[0]] == ["Gesignaleerd", "0", "33"]
    answers = dict(evaluation.answers)
    assert (
        "kregen 11 casussen een eerste besluit, in een mediaan van 10 werkdagen"
        in answers["Werkt de aanpak?"]
    )
    # Three breakthroughs are a small count: the answer quotes it as the table shows it.
    assert "bij < 5 casussen is de oplossing uitgevoerd" in answers["Werkt de aanpak?"]
    assert "Participatiewet – kostendelersnorm" in answers["Welke regels moeten anders?"]
    assert "Woningtoewijzing" not in answers["Welke regels moeten anders?"]


def test_the_evaluation_is_one_pdf_that_beleid_can_read(client, beleid, quarter):
    client.force_login(beleid)
    page = client.get(reverse("insights:annual"), {"jaar": "2026"})
    assert page.status_code == 200
    assert "Jaarevaluatie maatwerk 2026" in page.content.decode()
    response = client.get(reverse("insights:annual_pdf"), {"jaar": "2026"})
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Jaarevaluatie maatwerk 2026" in text
    assert "Wat kostte het en wat vermeed het?" in text
    assert client.get(reverse("insights:annual"), {"jaar": "x"}).status_code == 400
