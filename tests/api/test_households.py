import pytest

from maatwerk.cases.models import Household, Member

from ..factories import HouseholdFactory, MemberFactory

pytestmark = pytest.mark.django_db

ONE_MEMBER = [{"first_name": "Fenna", "last_name": "Fictief", "role": "hoofdbewoner"}]


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
            "date_of_birth": "1985-04-12",
            "masked_bsn": "•••••333",
        }
    ]


def test_consulent_registers_a_household_for_their_own_team_whatever_they_ask(
    client_for, consulent, consulent_zuid
):
    response = client_for(consulent).post(
        "/api/v1/households/",
        {
            "team": consulent_zuid.team.pk,
            "street": "Dorpsstraat",
            "city": "Testdam",
            "members": ONE_MEMBER,
        },
        format="json",
    )

    assert response.status_code == 201, response.json()
    household = Household.objects.get(pk=response.json()["id"])
    assert household.team == consulent.team
    assert response.json()["team"] == consulent.team.pk


def test_the_omo_functionaris_must_choose_a_team(client_for, omo, team_zuid):
    client = client_for(omo)

    without = client.post(
        "/api/v1/households/", {"street": "Dorpsstraat", "members": ONE_MEMBER}, format="json"
    )
    with_team = client.post(
        "/api/v1/households/",
        {"street": "Dorpsstraat", "team": team_zuid.pk, "members": ONE_MEMBER},
        format="json",
    )

    assert without.status_code == 400
    assert without.json() == {"team": ["Kies het team dat verantwoordelijk is."]}
    assert with_team.status_code == 201
    assert Household.objects.get().team == team_zuid


@pytest.mark.parametrize("members", [None, []])
def test_a_household_is_not_registered_without_members(client_for, consulent, members):
    body = {"street": "Dorpsstraat"} | ({} if members is None else {"members": members})

    response = client_for(consulent).post("/api/v1/households/", body, format="json")

    assert response.status_code == 400
    assert response.json() == {"members": ["Een huishouden heeft minstens één gezinslid."]}
    assert not Household.objects.exists()


def test_a_household_with_one_bad_member_is_not_registered_at_all(client_for, consulent):
    members = [*ONE_MEMBER, {"first_name": "Bram", "last_name": "Fictief", "bsn": "123456789"}]

    response = client_for(consulent).post(
        "/api/v1/households/", {"street": "Dorpsstraat", "members": members}, format="json"
    )

    assert response.status_code == 400
    assert "members" in response.json()
    assert not Household.objects.exists()
    assert not Member.objects.exists()


def test_the_same_bsn_twice_in_a_new_household_is_refused_as_on_the_screen(client_for, consulent):
    twice = [
        {"first_name": "Anna", "last_name": "Fictief", "bsn": "123456782"},
        {"first_name": "Bram", "last_name": "Fictief", "bsn": "1234 567 82"},
    ]

    response = client_for(consulent).post(
        "/api/v1/households/", {"street": "Dorpsstraat", "members": twice}, format="json"
    )

    assert response.status_code == 400
    assert not Household.objects.exists()


def test_members_of_an_existing_household_are_changed_through_the_members_resource(
    client_for, consulent, noord_case
):
    response = client_for(consulent).patch(
        f"/api/v1/households/{noord_case.household_id}/",
        {"members": ONE_MEMBER},
        format="json",
    )

    assert response.status_code == 400
    assert response.json() == {
        "members": ["Gezinsleden wijzigt u via /api/v1/members/, niet via het huishouden."]
    }
    assert noord_case.household.members.count() == 1


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
