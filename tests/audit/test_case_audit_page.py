"""The per-case audit page: the beheerder (an anonymised role) sees who changed which field of
what and when, and the access log — never a value; the OMO-functionaris also sees the old and
new values, and that view is logged with its own purpose. The page speaks Dutch."""

import datetime

import pytest
from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.translation import override

from maatwerk.audit.models import AccessLog
from maatwerk.cases.models import Case
from maatwerk.demo.cases_data import DEMO_CASES
from maatwerk.demo.loader import load_demo_case
from maatwerk.demo.setup import ensure_demo_world

pytestmark = pytest.mark.django_db

DEMO = DEMO_CASES[2]  # the Van Leeuwen household: three members, notes, a full intake


def _dates(iso: str) -> list[str]:
    day = datetime.date.fromisoformat(iso)
    with override("nl"):
        return [iso, *(date_format(day, p) for p in ("j F Y", "j M Y", "d-m-Y", "d-m-y"))]


def _personal_values() -> list[str]:
    values = [DEMO["address"]["street"], DEMO["address"]["postcode"]]
    for person in DEMO["members"]:
        values += [person["first_name"], person["last_name"], *_dates(person["date_of_birth"])]
        values += [person["bsn"]] if person.get("bsn") else []
    values += [note["text"] for note in DEMO.get("notes", [])]
    values += [item["description"] for item in DEMO["domains"]]
    values += [item["explanation"] for item in DEMO["blockages"]]
    values += [item["description"] for item in DEMO["regular_routes"]]
    values += [person["name"] for person in DEMO["professionals"]]
    values += [DEMO["stagnation_risk"], DEMO.get("consent_scope", "")]
    return [value for value in values if value]


@pytest.fixture
def demo_case() -> Case:
    return load_demo_case(ensure_demo_world(), DEMO)


def _page(client, user, case) -> str:
    client.force_login(user)
    response = client.get(reverse("audit:case", args=[case.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_beheerder_sees_no_personal_value_of_the_demo_case(client, beheerder, demo_case):
    page = _page(client, beheerder, demo_case)

    found = [value for value in _personal_values() if value in page]
    assert found == []
    # What beheer does see: which field of what changed, and the access log.
    assert "Voornaam" in page and "Geboortedatum" in page
    assert "Gezinslid toegevoegd" in page
    assert "scherm:audit" in page


def test_the_omo_functionaris_sees_the_values(client, omo, demo_case):
    page = _page(client, omo, demo_case)

    person = DEMO["members"][0]
    with override("nl"):
        born = date_format(datetime.date.fromisoformat(person["date_of_birth"]), "j F Y")
    for value in (person["first_name"], person["last_name"], born, DEMO["address"]["street"]):
        assert value in page
    assert DEMO["address"]["postcode"] in page


def test_each_view_is_logged_with_its_purpose(client, beheerder, omo, demo_case):
    _page(client, beheerder, demo_case)
    _page(client, omo, demo_case)

    rows = AccessLog.objects.filter(channel="scherm:audit", case_id=demo_case.pk)
    assert {(row.user.username, row.purpose) for row in rows} == {
        ("beheer", "toezicht"),
        (omo.username, "toezicht met inhoud"),
    }


def test_the_page_speaks_dutch(client, omo, demo_case):
    page = _page(client, omo, demo_case)

    assert "Huishouden betrokken bij het plan" in page  # a verbose_name, not the field name
    assert "household_involved" not in page
    assert "Casus gewijzigd" in page and "Gezinslid toegevoegd" in page
    assert "create gezinslid" not in page and "update casus" not in page
    assert "→ ja" in page or "→ nee" in page
    for code in ("True", "False", "None"):
        assert code not in page


@pytest.mark.parametrize("role", ["consulent", "controller", "beleid", "wethouder"])
def test_other_roles_cannot_open_the_page(client, request, role, demo_case):
    client.force_login(request.getfixturevalue(role))

    assert client.get(reverse("audit:case", args=[demo_case.pk])).status_code in (403, 404)
