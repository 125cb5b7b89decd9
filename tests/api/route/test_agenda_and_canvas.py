"""The consultation's agenda and the maatwerkcanvas through the API: the same services as the
screens, the same refusals, in Dutch."""

import datetime

import pytest

from maatwerk.route.models import AgendaItem, CanvasVersion, Task
from maatwerk.route.services import phase_of

pytestmark = pytest.mark.django_db


def test_a_consulent_puts_a_case_on_the_next_agenda(client_for, consulent, route_case):
    response = client_for(consulent).post(
        "/api/v1/agenda-items/",
        {"case": route_case.pk, "question": "Welke opties zijn er?"},
        format="json",
    )

    assert response.status_code == 201, response.content
    body = response.json()
    assert body["question"] == "Welke opties zijn er?"
    assert body["consultation"]["date"] >= datetime.date.today().isoformat()
    assert body["added_by"] == consulent.pk
    route_case.refresh_from_db()
    assert phase_of(route_case) == "geagendeerd"


def test_an_agenda_item_without_a_question_is_refused_in_dutch(client_for, consulent, route_case):
    response = client_for(consulent).post(
        "/api/v1/agenda-items/", {"case": route_case.pk, "question": "  "}, format="json"
    )

    assert response.status_code == 400
    assert response.json() == {"question": ["Schrijf op welke vraag u aan het overleg stelt."]}
    assert not AgendaItem.objects.exists()


def test_a_consultation_in_the_past_is_refused(client_for, consulent, route_case):
    yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()

    response = client_for(consulent).post(
        "/api/v1/agenda-items/",
        {"case": route_case.pk, "question": "Vraag", "date": yesterday},
        format="json",
    )

    assert response.status_code == 400
    assert "date" in response.json()


def test_the_agenda_is_listed_per_case_and_date(client_for, consulent, route_case, on_agenda):
    item = on_agenda(consulent, route_case)
    client = client_for(consulent)

    by_case = client.get(f"/api/v1/agenda-items/?case={route_case.pk}").json()
    by_date = client.get(f"/api/v1/agenda-items/?date={item['consultation']['date']}").json()
    other_day = client.get("/api/v1/agenda-items/?date=2001-01-01").json()

    assert [row["id"] for row in by_case["results"]] == [item["id"]]
    assert [row["id"] for row in by_date["results"]] == [item["id"]]
    assert other_day["results"] == []


def test_the_omo_functionaris_records_a_bezinningsperiode_with_tasks(
    client_for, consulent, omo, route_case, on_agenda
):
    item = on_agenda(consulent, route_case)
    due = datetime.date.fromisoformat(item["consultation"]["date"]) + datetime.timedelta(7)
    body = {
        "outcome": "bezinningsperiode",
        "tasks": [
            {
                "description": "Vraag de corporatie naar een andere woning",
                "owner": consulent.pk,
                "due_date": due.isoformat(),
            }
        ],
    }

    response = client_for(omo).post(
        f"/api/v1/agenda-items/{item['id']}/outcome/", body, format="json"
    )

    assert response.status_code == 200, response.content
    assert response.json()["outcome"] == "bezinningsperiode"
    assert [task["owner"] for task in response.json()["tasks"]] == [consulent.pk]
    # Next week's agenda has the case again.
    assert AgendaItem.objects.filter(case=route_case).count() == 2


def test_a_bezinningsperiode_without_tasks_is_refused(
    client_for, consulent, omo, route_case, on_agenda
):
    item = on_agenda(consulent, route_case)

    response = client_for(omo).post(
        f"/api/v1/agenda-items/{item['id']}/outcome/",
        {"outcome": "bezinningsperiode"},
        format="json",
    )

    assert response.status_code == 400
    assert "tasks" in response.json()
    assert not Task.objects.exists()
    assert AgendaItem.objects.get().outcome == ""


def test_only_the_omo_functionaris_records_an_outcome(
    client_for, consulent, teamleider, route_case, on_agenda
):
    item = on_agenda(consulent, route_case)

    response = client_for(teamleider).post(
        f"/api/v1/agenda-items/{item['id']}/outcome/", {"outcome": "besluit_nu"}, format="json"
    )

    assert response.status_code == 403
    assert AgendaItem.objects.get().outcome == ""


def test_back_to_the_regular_route_needs_a_reason(
    client_for, consulent, omo, route_case, on_agenda
):
    item = on_agenda(consulent, route_case)

    response = client_for(omo).post(
        f"/api/v1/agenda-items/{item['id']}/outcome/", {"outcome": "regulier"}, format="json"
    )

    assert response.status_code == 400
    assert response.json() == {
        "outcome_notes": ["Geef aan waarom de casus terug gaat naar de reguliere route."]
    }


def test_every_save_of_the_canvas_is_a_new_version(client_for, consulent, route_case):
    client = client_for(consulent)
    blockage = route_case.blockages.get()

    first = client.post(
        "/api/v1/canvas-versions/",
        {"case": route_case.pk, "goal": "Schuldenvrij", "blockages": [blockage.pk]},
        format="json",
    )
    second = client.post(
        "/api/v1/canvas-versions/",
        {"case": route_case.pk, "needs": "Een regeling met de schuldeisers"},
        format="json",
    )

    assert (first.status_code, second.status_code) == (201, 201)
    assert (first.json()["number"], second.json()["number"]) == (1, 2)
    assert second.json()["goal"] == "Schuldenvrij"  # kept from the version before
    assert second.json()["blockages"] == [blockage.pk]
    listed = client.get(f"/api/v1/canvas-versions/?case={route_case.pk}").json()["results"]
    assert [row["number"] for row in listed] == [2, 1]


def test_saving_an_unchanged_canvas_makes_no_version(client_for, consulent, route_case):
    client = client_for(consulent)
    body = {"case": route_case.pk, "goal": "Schuldenvrij"}
    client.post("/api/v1/canvas-versions/", body, format="json")

    again = client.post("/api/v1/canvas-versions/", body, format="json")

    assert again.status_code == 200
    assert again.json()["number"] == 1
    assert CanvasVersion.objects.count() == 1


def test_a_canvas_cannot_name_a_blockage_of_another_case(
    client_for, consulent, route_case, zuid_route_case
):
    other = zuid_route_case.blockages.get()

    response = client_for(consulent).post(
        "/api/v1/canvas-versions/",
        {"case": route_case.pk, "blockages": [other.pk]},
        format="json",
    )

    assert response.status_code == 400
    assert response.json() == {"blockages": ["Kies alleen knelpunten van deze casus."]}
    assert not CanvasVersion.objects.exists()


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_a_canvas_version_is_never_changed_or_deleted(client_for, consulent, route_case, method):
    client = client_for(consulent)
    version = client.post(
        "/api/v1/canvas-versions/", {"case": route_case.pk, "goal": "Schuldenvrij"}, format="json"
    ).json()

    response = getattr(client, method)(
        f"/api/v1/canvas-versions/{version['id']}/", {"goal": "Anders"}, format="json"
    )

    # The authorization table declares no change or delete: refused before routing.
    assert response.status_code == 403
    assert CanvasVersion.objects.get().goal == "Schuldenvrij"
