"""Controller, beleidsmedewerker and functioneel beheerder see patterns, never persons: an
anonymised form of cases and blockages, and no households or members at all."""

import json

import pytest

from maatwerk.cases.models import Blockage, Case, Household, Member

from .conftest import assert_no_canaries

pytestmark = pytest.mark.django_db

ANONYMOUS_ROLES = ["controller", "beleid", "beheerder"]

PERSONAL_KEYS = {
    "title",
    "household",
    "regisseur",
    "stagnation_risk",
    "eligibility_reason",
    "household_not_involved_reason",
    "household_involved_from",
    "consent_scope",
    "consent_date",
    "description",
    "explanation",
    "members",
    "first_name",
    "last_name",
    "date_of_birth",
    "bsn",
    "masked_bsn",
    "street",
    "house_number",
    "postcode",
    "city",
    "wijk",
}


def _keys(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {key for item in value.values() for key in _keys(item)}
    if isinstance(value, list):
        return {key for item in value for key in _keys(item)}
    return set()


@pytest.fixture(params=ANONYMOUS_ROLES)
def anonymous_user(request):
    return request.getfixturevalue(request.param)


def test_anonymised_roles_see_cases_without_personal_data(
    client_for, anonymous_user, noord_case, zuid_case
):
    client = client_for(anonymous_user)

    listed = client.get("/api/v1/cases/")
    detail = client.get(f"/api/v1/cases/{noord_case.pk}/")

    assert listed.status_code == detail.status_code == 200
    assert listed.json()["count"] == 2
    for response in (listed, detail):
        assert not _keys(response.json()) & PERSONAL_KEYS
        assert_no_canaries(response.content.decode())
    data = detail.json()
    assert data["reference"] == noord_case.reference
    assert data["team"]["name"] == "Wijkteam Noord"
    assert {domain["code"] for domain in data["domains"]} == {"financien_schulden", "wonen"}
    blockage = Blockage.objects.get(case=noord_case)
    assert data["blockages"] == [{"rule": blockage.rule_id, "owner": blockage.owner_id}]
    assert data["member_count"] == 1


def test_anonymised_roles_see_blockages_without_explanation(client_for, anonymous_user, noord_case):
    client = client_for(anonymous_user)
    blockage = Blockage.objects.get(case=noord_case)

    listed = client.get("/api/v1/blockages/")
    detail = client.get(f"/api/v1/blockages/{blockage.pk}/")

    assert detail.json() == {
        "id": blockage.pk,
        "case": noord_case.pk,
        "rule": blockage.rule_id,
        "owner": blockage.owner_id,
    }
    for response in (listed, detail):
        assert not _keys(response.json()) & PERSONAL_KEYS
        assert_no_canaries(response.content.decode())


def test_controller_gets_403_on_households_and_members(client_for, controller, noord_case):
    client = client_for(controller)
    member = noord_case.household.members.get()

    responses = [
        client.get("/api/v1/households/"),
        client.get(f"/api/v1/households/{noord_case.household_id}/"),
        client.get("/api/v1/members/"),
        client.get(f"/api/v1/members/{member.pk}/"),
    ]

    assert {response.status_code for response in responses} == {403}
    for response in responses:
        assert_no_canaries(response.content.decode())


def test_anonymised_roles_cannot_write(client_for, anonymous_user, noord_case):
    client = client_for(anonymous_user)
    blockage = Blockage.objects.get(case=noord_case)
    counts = (Case.objects.count(), Household.objects.count(), Member.objects.count())

    responses = [
        client.post("/api/v1/cases/", {"household": noord_case.household_id}, format="json"),
        client.patch(f"/api/v1/cases/{noord_case.pk}/", {"title": "X"}, format="json"),
        client.post(
            f"/api/v1/cases/{noord_case.pk}/transition/",
            {"target": "afgesloten", "reason": "X"},
            format="json",
        ),
        client.patch(f"/api/v1/blockages/{blockage.pk}/", {"explanation": "X"}, format="json"),
        client.post("/api/v1/households/", {"street": "X"}, format="json"),
    ]

    assert {response.status_code for response in responses} == {403}
    assert (Case.objects.count(), Household.objects.count(), Member.objects.count()) == counts
    noord_case.refresh_from_db()
    assert noord_case.title.startswith("Kanarie")


def test_search_by_name_reveals_nothing_to_anonymised_roles(client_for, controller, noord_case):
    client = client_for(controller)

    by_name = client.get("/api/v1/cases/?search=Kanarievogel")
    by_title = client.get("/api/v1/cases/?search=schulden")
    by_reference = client.get(f"/api/v1/cases/?search={noord_case.reference}")

    # Refused with a Dutch message (not an empty list that looks like "nobody by that name").
    assert by_name.status_code == by_title.status_code == 400
    assert "niet mogelijk" in by_name.json()["search"][0]
    assert noord_case.reference not in by_name.content.decode()
    assert by_reference.json()["count"] == 1


def test_a_403_tells_nothing_about_the_record(client_for, beleid, noord_case):
    response = client_for(beleid).get(f"/api/v1/households/{noord_case.household_id}/")

    assert response.status_code == 403
    assert json.loads(response.content) == {
        "detail": "Uw rol geeft geen toegang tot deze gegevens."
    }
