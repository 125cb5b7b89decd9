"""Odd values in every writable field and every filter: always an answer below 500."""

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

ODD_VALUES = [None, "", [], {}, "x" * 5000, -1, 2**70, True, 1.5, "a\x00b", [None], [{}]]
ODD_PARAMS = ["", "x", "-1", str(2**70), "1.5", "a\x00b"]


def _request_fields(component: str) -> list[str]:
    schema = APIClient().get("/api/v1/schema/?format=json").json()
    return list(schema["components"]["schemas"][component]["properties"])


@pytest.mark.parametrize(
    ("resource", "component"),
    [
        ("cases", "CaseRequest"),
        ("households", "HouseholdRequest"),
        ("members", "MemberRequest"),
        ("blockages", "BlockageRequest"),
        ("organisations", "OrganisationRequest"),
    ],
)
def test_odd_field_values_never_crash(client_for, omo, noord_case, resource, component):
    client = client_for(omo)
    blockage = noord_case.blockages.get()
    detail_id = {
        "cases": noord_case.pk,
        "households": noord_case.household_id,
        "members": noord_case.household.members.get().pk,
        "blockages": blockage.pk,
        "organisations": blockage.owner_id,
    }[resource]

    crashes = [
        (method, field, value)
        for field in _request_fields(component)
        for value in ODD_VALUES
        for method, path in (
            ("post", f"/api/v1/{resource}/"),
            ("patch", f"/api/v1/{resource}/{detail_id}/"),
        )
        if getattr(client, method)(path, {field: value}, format="json").status_code >= 500
    ]

    assert crashes == []


def test_odd_transition_values_never_crash(client_for, omo, noord_case):
    client = client_for(omo)
    path = f"/api/v1/cases/{noord_case.pk}/transition/"

    statuses = {
        client.post(
            path, {"target": "afgesloten", "reason": "Reden", field: value}, format="json"
        ).status_code
        for field in ("target", "reason")
        for value in ODD_VALUES
    }

    assert max(statuses) < 500


@pytest.mark.parametrize(
    ("resource", "param"),
    [
        ("cases", "status"),
        ("cases", "domain"),
        ("cases", "rule"),
        ("cases", "team"),
        ("cases", "regisseur"),
        ("cases", "search"),
        ("cases", "page"),
        ("members", "household"),
        ("blockages", "case"),
        ("blockages", "rule"),
    ],
)
def test_odd_filter_values_never_crash(client_for, omo, noord_case, resource, param):
    client = client_for(omo)

    statuses = {
        client.get(f"/api/v1/{resource}/", {param: value}).status_code for value in ODD_PARAMS
    }

    assert max(statuses) < 500


@pytest.mark.parametrize(
    ("path", "record"),
    [
        ("/api/v1/members/?household=", lambda case: case.household_id),
        ("/api/v1/blockages/?case=", lambda case: case.pk),
        ("/api/v1/cases/?team=", lambda case: case.household.team_id),
    ],
)
def test_filtering_on_another_teams_record_looks_like_filtering_on_nothing(
    client_for, consulent, zuid_case, path, record
):
    client = client_for(consulent)

    other_team = client.get(f"{path}{record(zuid_case)}")
    missing = client.get(f"{path}999999")

    assert other_team.status_code == missing.status_code == 200
    assert other_team.json() == missing.json()
