import pytest

from maatwerk.cases.models import Household

from ..factories import HouseholdFactory, MemberFactory

pytestmark = pytest.mark.django_db


def test_consulent_lists_households_with_a_summary_of_members(client_for, consulent, noord_case):
    response = client_for(consulent).get("/api/v1/households/")

    [household] = response.json()["results"]
    assert household["street"] == "Kanariestraat"
    assert household["members"] == [
        {
            "id": noord_case.household.members.get().pk,
            "first_name": "Canarina",
            "last_name": "Kanarievogel",
            "role": "hoofdbewoner",
        }
    ]


def test_consulent_registers_a_household_for_their_own_team_whatever_they_ask(
    client_for, consulent, consulent_zuid
):
    response = client_for(consulent).post(
        "/api/v1/households/",
        {"team": consulent_zuid.team.pk, "street": "Dorpsstraat", "city": "Testdam"},
        format="json",
    )

    assert response.status_code == 201, response.json()
    household = Household.objects.get(pk=response.json()["id"])
    assert household.team == consulent.team
    assert response.json()["team"] == consulent.team.pk


def test_the_omo_functionaris_must_choose_a_team(client_for, omo, team_zuid):
    client = client_for(omo)

    without = client.post("/api/v1/households/", {"street": "Dorpsstraat"}, format="json")
    with_team = client.post(
        "/api/v1/households/", {"street": "Dorpsstraat", "team": team_zuid.pk}, format="json"
    )

    assert without.status_code == 400
    assert without.json() == {"team": ["Kies het team dat verantwoordelijk is."]}
    assert with_team.status_code == 201
    assert Household.objects.get().team == team_zuid


def test_consulent_updates_an_address(client_for, consulent, noord_case):
    response = client_for(consulent).patch(
        f"/api/v1/households/{noord_case.household_id}/",
        {"street": "Nieuwe Weg", "house_number": "12"},
        format="json",
    )

    assert response.status_code == 200
    household = Household.objects.get(pk=noord_case.household_id)
    assert (household.street, household.house_number) == ("Nieuwe Weg", "12")


def test_the_team_of_a_household_cannot_be_changed_here(client_for, omo, noord_case, team_zuid):
    response = client_for(omo).patch(
        f"/api/v1/households/{noord_case.household_id}/", {"team": team_zuid.pk}, format="json"
    )

    assert response.status_code == 400
    assert Household.objects.get(pk=noord_case.household_id).team != team_zuid


def test_a_household_without_cases_can_be_read(client_for, consulent):
    household = HouseholdFactory(team=consulent.team)
    MemberFactory(household=household)

    response = client_for(consulent).get(f"/api/v1/households/{household.pk}/")

    assert response.status_code == 200
    assert len(response.json()["members"]) == 1
