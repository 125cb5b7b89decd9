"""Members: validation in Dutch per field, and the BSN only ever going in."""

import datetime

import pytest
from django.utils import timezone

from maatwerk.cases.models import Member

pytestmark = pytest.mark.django_db


def _member(household, **overrides) -> dict:
    return {
        "household": household.pk,
        "first_name": "Sem",
        "last_name": "de Vries",
        "date_of_birth": "2014-09-01",
        "role": "kind",
        **overrides,
    }


def test_consulent_adds_a_member_with_a_bsn_that_is_stored_encrypted(
    client_for, consulent, noord_case
):
    body = _member(noord_case.household, bsn="123456782")

    response = client_for(consulent).post("/api/v1/members/", body, format="json")

    assert response.status_code == 201, response.json()
    data = response.json()
    assert "bsn" not in data
    assert data["masked_bsn"] == "•••••782"
    member = Member.objects.get(pk=data["id"])
    assert member.bsn == "123456782"
    assert "123456782" not in member.bsn_encrypted


def test_a_member_is_read_with_the_bsn_masked(client_for, consulent, noord_case):
    member = noord_case.household.members.get()

    response = client_for(consulent).get(f"/api/v1/members/{member.pk}/")

    assert response.json()["masked_bsn"] == "•••••333"
    assert "111222333" not in response.content.decode()


@pytest.mark.parametrize(
    ("overrides", "errors"),
    [
        (
            {"bsn": "123456789"},
            {
                "bsn": [
                    "Dit is geen geldig BSN: het moet uit 9 cijfers bestaan en de elfproef "
                    "doorstaan."
                ]
            },
        ),
        (
            {"date_of_birth": "2999-01-01"},
            {"date_of_birth": ["De geboortedatum kan niet in de toekomst liggen."]},
        ),
        ({"first_name": ""}, {"first_name": ["Vul de voornaam in."]}),
        ({"first_name": "   "}, {"first_name": ["Vul de voornaam in."]}),
        ({"last_name": None}, {"last_name": ["Vul de achternaam in."]}),
        ({"role": "buurman"}, {"role": ['"buurman" is een ongeldige keuze.']}),
    ],
    ids=["invalid-bsn", "future-birth", "empty-name", "blank-name", "null-name", "bad-role"],
)
def test_invalid_members_are_refused_in_dutch_and_nothing_is_saved(
    client_for, consulent, noord_case, overrides, errors
):
    before = Member.objects.count()

    response = client_for(consulent).post(
        "/api/v1/members/", _member(noord_case.household, **overrides), format="json"
    )

    assert response.status_code == 400
    assert response.json() == errors
    assert Member.objects.count() == before


def test_a_missing_name_is_named_per_field(client_for, consulent, noord_case):
    body = _member(noord_case.household)
    del body["first_name"], body["last_name"]

    response = client_for(consulent).post("/api/v1/members/", body, format="json")

    assert response.json() == {
        "first_name": ["Vul de voornaam in."],
        "last_name": ["Vul de achternaam in."],
    }


def test_a_birth_date_of_today_is_fine(client_for, consulent, noord_case):
    body = _member(noord_case.household, date_of_birth=timezone.localdate().isoformat())

    assert client_for(consulent).post("/api/v1/members/", body, format="json").status_code == 201


def test_updating_a_member_keeps_the_bsn_unless_it_is_sent(client_for, consulent, noord_case):
    member = noord_case.household.members.get()
    client = client_for(consulent)

    kept = client.patch(f"/api/v1/members/{member.pk}/", {"first_name": "Nina"}, format="json")
    cleared = client.patch(f"/api/v1/members/{member.pk}/", {"bsn": ""}, format="json")

    assert kept.json()["masked_bsn"] == "•••••333"
    assert cleared.json()["masked_bsn"] == ""
    member.refresh_from_db()
    assert (member.first_name, member.bsn) == ("Nina", "")


def test_an_invalid_update_changes_nothing(client_for, consulent, noord_case):
    member = noord_case.household.members.get()
    future = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()

    response = client_for(consulent).patch(
        f"/api/v1/members/{member.pk}/",
        {"first_name": "Nina", "date_of_birth": future},
        format="json",
    )

    assert response.status_code == 400
    member.refresh_from_db()
    assert member.first_name == "Canarina"


def test_members_filter_on_household(client_for, omo, noord_case, zuid_case):
    response = client_for(omo).get(f"/api/v1/members/?household={zuid_case.household_id}")

    assert [member["household"] for member in response.json()["results"]] == [
        zuid_case.household_id
    ]
