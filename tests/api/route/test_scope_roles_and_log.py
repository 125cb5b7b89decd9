"""Who reaches which route record through the API: another team's records are absent (404),
roles without personal data see only the allowlisted fields of proposals and decisions, the
portefeuillehouder has no API, every read lands in the access log, and the route's phase is
moved only as the route table allows."""

import pytest

from maatwerk.accounts import policy
from maatwerk.audit.models import AccessLog
from maatwerk.route.models import AgendaItem, Decision
from maatwerk.route.services import phase_of

from ..conftest import assert_no_canaries

pytestmark = pytest.mark.django_db


@pytest.fixture
def decided(client_for, consulent, teamleider, route_case, proposed):
    """A Noord case with an agenda item, a canvas, a proposal and a decision."""
    client_for(consulent).post(
        "/api/v1/canvas-versions/",
        {"case": route_case.pk, "situation": "Kanarie: Yvonne kan de huur niet betalen."},
        format="json",
    )
    proposal = proposed(consulent, route_case)
    decision = client_for(teamleider).post(
        f"/api/v1/proposals/{proposal['id']}/decide/",
        {"outcome": "akkoord", "motivation": "Kanarie: goedkoper dan bewind."},
        format="json",
    )
    assert decision.status_code == 201
    return {
        "agenda-items": AgendaItem.objects.get(case=route_case).pk,
        "canvas-versions": route_case.canvas_versions.get().pk,
        "proposals": proposal["id"],
        "decisions": decision.json()["id"],
        "routes": route_case.pk,
    }


def test_records_of_another_team_do_not_exist_for_a_consulent(client_for, consulent_zuid, decided):
    client = client_for(consulent_zuid)

    for resource, pk in decided.items():
        assert client.get(f"/api/v1/{resource}/{pk}/").status_code == 404, resource
        assert client.get(f"/api/v1/{resource}/").json()["results"] == [], resource
    decide = client.post(
        f"/api/v1/proposals/{decided['proposals']}/decide/",
        {"outcome": "afgewezen", "motivation": "x"},
        format="json",
    )
    assert decide.status_code == 404
    assert Decision.objects.count() == 1
    # The refusals are in the access log, with the id asked for.
    denied = AccessLog.objects.filter(user=consulent_zuid, result="denied")
    assert denied.count() == len(decided) + 1


def test_a_case_of_another_team_cannot_be_put_on_the_agenda(client_for, consulent_zuid, route_case):
    response = client_for(consulent_zuid).post(
        "/api/v1/agenda-items/", {"case": route_case.pk, "question": "Vraag"}, format="json"
    )

    assert response.status_code == 400
    assert response.json() == {"case": ["Deze casus bestaat niet."]}
    assert not AgendaItem.objects.exists()


@pytest.mark.parametrize("role", ["controller", "beleid"])
def test_anonymised_roles_see_proposals_and_decisions_without_free_text(
    request, client_for, decided, role
):
    user = request.getfixturevalue(role)
    client = client_for(user)

    for resource in ("proposals", "decisions"):
        allowed = policy.allowed_fields(resource, user)
        listed = client.get(f"/api/v1/{resource}/")
        detail = client.get(f"/api/v1/{resource}/{decided[resource]}/")
        assert (listed.status_code, detail.status_code) == (200, 200)
        assert set(detail.json()) <= allowed
        assert "proposed_by" not in detail.json() and "decided_by" not in detail.json()
        assert_no_canaries(listed.content.decode() + detail.content.decode())
    assert client.get(f"/api/v1/decisions/{decided['decisions']}/").json()["outcome"] == "akkoord"


@pytest.mark.parametrize("role", ["controller", "beleid"])
def test_anonymised_roles_do_not_read_the_agenda_or_the_canvas(request, client_for, decided, role):
    client = client_for(request.getfixturevalue(role))

    for resource in ("agenda-items", "canvas-versions"):
        assert client.get(f"/api/v1/{resource}/").status_code == 403
        assert client.get(f"/api/v1/{resource}/{decided[resource]}/").status_code == 403


def test_the_portefeuillehouder_has_no_route_api(client_for, wethouder, decided):
    client = client_for(wethouder)

    for resource, pk in decided.items():
        assert client.get(f"/api/v1/{resource}/").status_code == 403
        assert client.get(f"/api/v1/{resource}/{pk}/").status_code == 403


def test_every_read_is_logged_against_its_case(client_for, consulent, route_case, decided):
    client = client_for(consulent)
    mark = AccessLog.objects.order_by("-pk").values_list("pk", flat=True).first()

    for resource, pk in decided.items():
        client.get(f"/api/v1/{resource}/{pk}/")
        client.get(f"/api/v1/{resource}/?case={route_case.pk}")

    since = AccessLog.objects.filter(pk__gt=mark).order_by("pk")
    rows = list(since.values_list("action", "case_id", "channel"))
    expected = []
    for resource in decided:
        expected.append(("read", route_case.pk, f"api:{resource}-detail"))
        expected.append(("search", route_case.pk, f"api:{resource}-list"))
    assert rows == expected


def test_writes_are_logged(client_for, consulent, route_case, decided):
    logged = AccessLog.objects.filter(case_id=route_case.pk, result="allowed")

    assert set(logged.values_list("channel", "action")) >= {
        ("api:agenda-items-list", "create"),
        ("api:agenda-items-outcome", "update"),
        ("api:canvas-versions-list", "create"),
        ("api:proposals-list", "create"),
        ("api:proposals-decide", "create"),
    }


def test_the_route_shows_the_phase_and_no_move_by_hand_after_an_approval(
    client_for, consulent, decided
):
    route = client_for(consulent).get(f"/api/v1/routes/{decided['routes']}/").json()

    assert route["phase"] == "uitvoering"
    # Monitoring follows from the plan carried out, closing from the evaluation.
    assert route["moves"] == []
    in_phase = client_for(consulent).get("/api/v1/routes/?phase=uitvoering").json()["results"]
    assert [row["case"] for row in in_phase] == [decided["routes"]]


def test_a_move_by_hand_needs_a_reason_and_follows_the_table(
    client_for, consulent, route_case, decided
):
    client = client_for(consulent)
    path = f"/api/v1/routes/{route_case.pk}/move/"

    without_reason = client.post(path, {"target": "monitoring", "reason": ""}, format="json")
    forbidden = client.post(path, {"target": "monitoring", "reason": "Klaar"}, format="json")

    assert without_reason.status_code == 400
    assert without_reason.json() == {"reason": ["Geef een reden voor deze stap."]}
    assert forbidden.status_code == 400
    assert forbidden.json() == {
        "target": ["Een casus in fase ‘Uitvoering’ kan niet naar ‘Monitoring’."]
    }
    route_case.refresh_from_db()
    assert phase_of(route_case) == "uitvoering"
