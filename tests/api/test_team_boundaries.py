"""A consulent reaches only their own team's case files. Anything else answers 404, exactly as
a record that does not exist, and nothing is changed."""

import pytest

from maatwerk.cases.models import Blockage, Case, CaseStatusChange, Member
from maatwerk.cases.workflow import CaseStatus

pytestmark = pytest.mark.django_db


def _member(case):
    return case.household.members.get()


def _blockage(case):
    return Blockage.objects.get(case=case)


@pytest.mark.parametrize(
    "path",
    [
        lambda case: f"/api/v1/cases/{case.pk}/",
        lambda case: f"/api/v1/households/{case.household_id}/",
        lambda case: f"/api/v1/members/{_member(case).pk}/",
        lambda case: f"/api/v1/blockages/{_blockage(case).pk}/",
    ],
    ids=["case", "household", "member", "blockage"],
)
def test_consulent_cannot_see_other_teams_records(client_for, consulent, zuid_case, path):
    client = client_for(consulent)

    response = client.get(path(zuid_case))
    missing = client.get(path(zuid_case).rsplit("/", 2)[0] + "/999999/")

    assert response.status_code == 404
    assert response.json() == missing.json() == {"detail": "Niet gevonden."}


def test_consulent_cannot_see_other_teams_case(client_for, consulent, zuid_case):
    client = client_for(consulent)

    assert client.get(f"/api/v1/cases/{zuid_case.pk}/").status_code == 404
    assert client.get("/api/v1/cases/").json()["count"] == 0
    assert client.get("/api/v1/households/").json()["count"] == 0
    assert client.get("/api/v1/members/").json()["count"] == 0
    assert client.get("/api/v1/blockages/").json()["count"] == 0


def test_consulent_editing_other_teams_case_gets_404_and_nothing_changes(
    client_for, consulent, zuid_case
):
    client = client_for(consulent)
    before = zuid_case.title

    patched = client.patch(f"/api/v1/cases/{zuid_case.pk}/", {"title": "Gekaapt"}, format="json")
    moved = client.post(
        f"/api/v1/cases/{zuid_case.pk}/transition/",
        {"target": CaseStatus.AFGESLOTEN, "reason": "Gekaapt"},
        format="json",
    )

    assert (patched.status_code, moved.status_code) == (404, 404)
    zuid_case.refresh_from_db()
    assert (zuid_case.title, zuid_case.status) == (before, CaseStatus.AANGEMELD)
    assert CaseStatusChange.objects.filter(case=zuid_case).count() == 0


def test_consulent_cannot_change_other_teams_household_member_or_blockage(
    client_for, consulent, zuid_case
):
    client = client_for(consulent)
    member, blockage = _member(zuid_case), _blockage(zuid_case)

    responses = [
        client.patch(f"/api/v1/households/{zuid_case.household_id}/", {"city": "X"}),
        client.patch(f"/api/v1/members/{member.pk}/", {"first_name": "X"}, format="json"),
        client.patch(f"/api/v1/blockages/{blockage.pk}/", {"explanation": "X"}, format="json"),
    ]

    assert [response.status_code for response in responses] == [404, 404, 404]
    assert Member.objects.get(pk=member.pk).first_name == "Canarina"
    assert Blockage.objects.get(pk=blockage.pk).explanation.startswith("Kanarie")


def test_consulent_cannot_add_to_other_teams_case_file(client_for, consulent, zuid_case):
    client = client_for(consulent)
    counts = (Member.objects.count(), Blockage.objects.count(), Case.objects.count())

    member = client.post(
        "/api/v1/members/",
        {
            "household": zuid_case.household_id,
            "first_name": "Piet",
            "last_name": "Indringer",
            "role": "partner",
        },
        format="json",
    )
    blockage = client.post(
        "/api/v1/blockages/",
        {"case": zuid_case.pk, "rule": _blockage(zuid_case).rule_id, "explanation": "X"},
        format="json",
    )

    assert member.json() == {"household": ["Dit huishouden bestaat niet."]}
    assert blockage.json() == {"case": ["Deze casus bestaat niet."]}
    assert (Member.objects.count(), Blockage.objects.count(), Case.objects.count()) == counts


def test_teamleider_sees_their_own_team_only(client_for, teamleider, noord_case, zuid_case):
    response = client_for(teamleider).get("/api/v1/cases/")

    assert [case["id"] for case in response.json()["results"]] == [noord_case.pk]
