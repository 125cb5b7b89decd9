"""Confidentiality protects the people, not one case: a household with a confidential case
stays hidden from everyone not named on it, whatever case of it they reach for and through
whichever path (a new case, the dossier, the household step, search, the API)."""

import pytest
from django.urls import reverse

from maatwerk.cases.models import Case

from ..factories import CaseFactory, MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden_household(consulent):
    case = CaseFactory(
        household__team=consulent.team, regisseur=consulent, confidential=True, eligible=True
    )
    case.confidential_users.add(consulent)
    MemberFactory(household=case.household, first_name="Vera", last_name="Verborgen")
    return case.household


def _second_case_through_the_api(api_client, user, household) -> dict:
    api_client.force_authenticate(user)
    body = {
        "household": household.pk,
        "title": "Nieuwe vraag",
        "signal_source": "wijkteam",
        "signal_date": "2026-11-01",
    }
    return api_client.post("/api/v1/cases/", body, format="json")


def test_a_new_case_of_the_household_is_confidential_for_the_same_people(
    api_client, consulent, hidden_household
):
    response = _second_case_through_the_api(api_client, consulent, hidden_household)

    assert response.status_code == 201, response.json()
    case = Case.objects.get(pk=response.json()["id"])
    assert case.confidential
    assert set(case.confidential_users.all()) == {consulent}


def test_someone_not_named_cannot_open_the_new_case_or_its_household(
    api_client, client, consulent, teamleider, hidden_household
):
    created = _second_case_through_the_api(api_client, consulent, hidden_household).json()
    new_id = created["id"]
    client.force_login(teamleider)

    assert client.get(reverse("cases:detail", args=[new_id])).status_code == 404
    assert client.get(reverse("cases:step", args=[new_id, "huishouden"])).status_code == 404
    listing = client.get(reverse("cases:list"), {"q": "Verborgen", "weergave": "alle"})
    assert created["reference"] not in listing.content.decode()
    api_client.force_authenticate(teamleider)
    assert api_client.get(f"/api/v1/cases/{new_id}/").status_code == 404
    assert api_client.get(f"/api/v1/households/{hidden_household.pk}/").status_code == 404


def test_an_older_open_case_of_the_household_is_hidden_too(
    client, consulent, teamleider, hidden_household
):
    older = CaseFactory(household=hidden_household, regisseur=consulent, confidential=False)
    client.force_login(teamleider)

    assert client.get(reverse("cases:detail", args=[older.pk])).status_code == 404
    bsn_search = client.get(reverse("cases:list"), {"q": "111222333", "weergave": "alle"})
    assert older.reference not in bsn_search.content.decode()


def test_someone_not_named_cannot_give_the_household_a_new_case(
    api_client, teamleider, hidden_household
):
    response = _second_case_through_the_api(api_client, teamleider, hidden_household)

    assert response.status_code == 400
    assert response.json()["household"] == ["Dit huishouden bestaat niet."]
    assert Case.objects.filter(household=hidden_household).count() == 1
