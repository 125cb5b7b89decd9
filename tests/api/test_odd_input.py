"""Odd values in every writable field and every filter: always an answer below 500. Text that
is not valid Unicode (a lone surrogate) or holds a NUL character is refused on its field, in
Dutch, with nothing saved — at the top level and inside nested objects."""

import json

import pytest
from rest_framework.test import APIClient

from maatwerk.cases.models import CaseStatusChange

from .db_state import snapshot

pytestmark = pytest.mark.django_db

ODD_VALUES = [
    None,
    "",
    [],
    {},
    "x" * 100_000,
    -1,
    2**63,
    -(2**63) - 1,
    2**70,
    True,
    1.5,
    "a\x00b",
    "\ud800",  # every field and body position: test_text_that_is_not_valid_unicode_…
    [None],
    [{}],
    [2**63],
]
# Not valid text: each with the words of the Dutch refusal.
INVALID_TEXT = [("\ud800", "geen geldige tekst"), ("a\udbffb", "geen geldige tekst")]
INVALID_TEXT += [("a\x00b", "Null-tekens")]
ODD_PARAMS = ["", "x", "-1", str(2**63), str(2**70), "1.5", "a\x00b"]


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
        if _send(client, method, path, {field: value}).status_code >= 500
    ]

    assert crashes == []


def _send(client, method: str, path: str, body):
    # json.dumps writes a lone surrogate as the escape "\\ud800", as a client would send it.
    return getattr(client, method)(path, json.dumps(body), content_type="application/json")


WRITE_RESOURCES = [
    ("cases", "CaseRequest"),
    ("households", "HouseholdRequest"),
    ("members", "MemberRequest"),
    ("blockages", "BlockageRequest"),
    ("organisations", "OrganisationRequest"),
]


@pytest.mark.parametrize(("value", "words"), INVALID_TEXT, ids=["surrogate", "pair-half", "nul"])
@pytest.mark.parametrize(("resource", "component"), WRITE_RESOURCES)
def test_text_that_is_not_valid_unicode_is_refused_on_its_field(
    client_for, omo, noord_case, resource, component, value, words
):
    client = client_for(omo)
    blockage = noord_case.blockages.get()
    detail_id = {
        "cases": noord_case.pk,
        "households": noord_case.household_id,
        "members": noord_case.household.members.get().pk,
        "blockages": blockage.pk,
        "organisations": blockage.owner_id,
    }[resource]
    before = snapshot()

    for field in _request_fields(component):
        for method, path in (
            ("post", f"/api/v1/{resource}/"),
            ("put", f"/api/v1/{resource}/{detail_id}/"),
            ("patch", f"/api/v1/{resource}/{detail_id}/"),
        ):
            response = _send(client, method, path, {field: value})

            assert response.status_code == 400, (method, field, response.content[:200])
            assert words in " ".join(response.json()[field]), (method, field)
    assert snapshot() == before


@pytest.mark.parametrize("value", ["\ud800", "a\x00b"], ids=["surrogate", "nul"])
@pytest.mark.parametrize("field", ["code", "description"])
def test_invalid_text_inside_a_nested_object_names_where_it_is(
    client_for, omo, noord_case, field, value
):
    before = snapshot()

    response = _send(
        client_for(omo),
        "patch",
        f"/api/v1/cases/{noord_case.pk}/",
        {"domains": [{"code": "wonen", "description": "Goed"}, {"code": "wonen", field: value}]},
    )

    assert response.status_code == 400
    assert response.json()["domains"][0].startswith(f"domains[1].{field}: ")
    assert snapshot() == before


@pytest.mark.parametrize(
    "body",
    [{"\ud800": "x"}, {"title": {"\ud800": 1}}, "\ud800", ["\ud800"]],
    ids=["key", "nested-key", "string", "list"],
)
def test_invalid_text_anywhere_in_the_body_is_a_400(client_for, omo, noord_case, body):
    before = snapshot()

    response = _send(client_for(omo), "patch", f"/api/v1/cases/{noord_case.pk}/", body)

    assert response.status_code == 400
    assert "geen geldige tekst" in json.dumps(response.json(), ensure_ascii=False)
    assert snapshot() == before


@pytest.mark.parametrize(("value", "words"), INVALID_TEXT, ids=["surrogate", "pair-half", "nul"])
@pytest.mark.parametrize("field", ["target", "reason"])
def test_invalid_text_in_a_transition_is_refused(client_for, omo, noord_case, field, value, words):
    before = snapshot(extra=(CaseStatusChange,))
    body = {"target": "in_behandeling", "reason": "Reden", field: value}

    response = _send(client_for(omo), "post", f"/api/v1/cases/{noord_case.pk}/transition/", body)

    assert response.status_code == 400
    assert words in response.json()[field][0]
    assert snapshot(extra=(CaseStatusChange,)) == before


def test_odd_transition_values_never_crash(client_for, omo, noord_case):
    client = client_for(omo)
    path = f"/api/v1/cases/{noord_case.pk}/transition/"

    statuses = {
        _send(
            client, "post", path, {"target": "afgesloten", "reason": "Reden", field: value}
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
