"""The beleidsmedewerker and the portefeuillehouder see aggregates only: on the demo
municipality, no name, address or case title of the demo's households reaches them through
the report screen, its four files, the signals screens or the API."""

import io
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader
from rest_framework.test import APIClient

from maatwerk.accounts.models import User
from maatwerk.cases.models import Case, Household, Member, Professional
from maatwerk.insights import services
from maatwerk.vraagbaak.models import Precedent

pytestmark = pytest.mark.django_db

PERIOD = {"van": "2026-01-01", "tot": "2026-12-31"}


def _personal_values() -> list[str]:
    values = set()
    for first, last in Member.objects.values_list("first_name", "last_name"):
        values |= {first, last, f"{first} {last}"}
    for street, postcode in Household.objects.values_list("street", "postcode"):
        values |= {street, postcode}
    values |= set(Case.objects.values_list("title", flat=True))
    values |= set(Case.objects.values_list("reference", flat=True))
    values |= set(Professional.objects.values_list("name", flat=True))
    # The demo's published precedents are named after the case they came from; the vraagbaak
    # shows them, anonymised, to every professional role, so their titles are no leak here.
    values -= set(Precedent.objects.values_list("title", flat=True))
    return sorted(value for value in values if value and len(value) >= 4)


def _leaks(text: str, values: list[str]) -> list[str]:
    return [value for value in values if re.search(rf"\b{re.escape(value)}\b", text)]


def _texts(client) -> dict[str, str]:
    pages = {
        "report": client.get(reverse("insights:report"), PERIOD).content.decode(),
        "signals": client.get(reverse("insights:signals")).content.decode(),
        "csv": client.get(reverse("insights:download", args=["csv"]), PERIOD).content.decode(),
        "html": client.get(reverse("insights:download", args=["html"]), PERIOD).content.decode(),
    }
    pdf = client.get(reverse("insights:download", args=["pdf"]), PERIOD).content
    pages["pdf"] = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    book = load_workbook(
        io.BytesIO(client.get(reverse("insights:download", args=["xlsx"]), PERIOD).content)
    )
    pages["xlsx"] = " ".join(
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    for signal_pk in services.signals_for(
        User.objects.get(username="omo").municipality
    ).values_list("pk", flat=True):
        pages[f"signal {signal_pk}"] = client.get(
            reverse("insights:signal", args=[signal_pk])
        ).content.decode()
    return pages


@pytest.mark.parametrize("username", ["beleid", "wethouder"])
def test_policy_and_the_alderman_see_no_personal_data_of_the_demo(settings, client, username):
    settings.DEBUG = True
    call_command("load_demo", stdout=StringIO())
    omo = User.objects.get(username="omo")
    report = services.report_for(
        omo.municipality, *services.parse_period(PERIOD["van"], PERIOD["tot"])
    )
    assert report.values["cases.signalled"] > 0  # the demo gives a report with figures
    services.signal_from_blockage(
        omo, report.blockage_ranking[0]["rule_id"], report.start, report.end
    )
    values = _personal_values()
    assert len(values) > 20

    user = User.objects.get(username=username)
    client.force_login(user)
    pages = _texts(client)
    api = APIClient()
    api.force_authenticate(user)
    pages["api report"] = api.get("/api/v1/insights/report/", PERIOD).content.decode()
    pages["api signals"] = api.get("/api/v1/insights/signals/").content.decode()

    for name, text in pages.items():
        assert len(text) > 100, name
        assert _leaks(text, values) == [], name
    # The OMO-functionaris sees the references of the signal's cases, so the scan can fail.
    client.force_login(omo)
    signal_pk = services.signals_for(omo.municipality).first().pk
    omo_page = client.get(reverse("insights:signal", args=[signal_pk])).content.decode()
    assert _leaks(omo_page, values)
