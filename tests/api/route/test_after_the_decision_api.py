"""The rules after the decision through the API: the same services as the screens, so the same
refusals — with the HTTP status a client can act on and nothing changed."""

import datetime

import pytest
from django.utils import timezone

from maatwerk.audit.services import AccessLog
from maatwerk.route.models import (
    Escalation,
    EscalationStep,
    Evaluation,
    Goal,
    MonitoringMoment,
    Plan,
    TimeOut,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


@pytest.fixture
def approved(client_for, proposed, consulent, teamleider, route_case):
    proposal = proposed(consulent, route_case)
    decided = client_for(teamleider).post(
        f"/api/v1/proposals/{proposal['id']}/decide/",
        {"outcome": "akkoord", "motivation": "Doelmatig."},
        format="json",
    )
    assert decided.status_code == 201, decided.content
    return route_case


def _ladder_id(client, name: str) -> int:
    ladders = client.get("/api/v1/escalation-ladders/").json()
    return next(ladder["id"] for ladder in ladders if ladder["name"] == name)


def _escalate(client, case, ladder: str = "Wonen") -> dict:
    response = client.post(
        "/api/v1/escalations/",
        {"case": case.pk, "ladder": _ladder_id(client, ladder), "question": "Urgentie nodig."},
        format="json",
    )
    assert response.status_code == 201, response.content
    return response.json()


def test_the_ladders_are_listed_with_who_is_at_each_step(client_for, consulent, route_case):
    ladders = client_for(consulent).get("/api/v1/escalation-ladders/").json()

    wonen = next(ladder for ladder in ladders if ladder["name"] == "Wonen")
    assert wonen["steps"][0]["title"] == "Teamleider"
    assert {"number", "holder_role", "term_working_days"} <= set(wonen["steps"][0])


def test_a_step_answered_by_someone_not_at_it_is_403_and_skipping_is_409(
    client_for, consulent, teamleider, route_case
):
    escalation = _escalate(client_for(consulent), route_case)
    path = f"/api/v1/escalations/{escalation['id']}/answer/"

    wrong_person = client_for(consulent).post(
        path, {"number": 1, "solved": True, "answer": "Ja"}, format="json"
    )
    skipped = client_for(teamleider).post(
        path, {"number": 2, "solved": True, "answer": "Ja"}, format="json"
    )

    assert wrong_person.status_code == 403
    assert "teamleider" in wrong_person.json()["detail"]
    assert skipped.status_code == 409
    assert "overslaan" in skipped.json()["detail"]
    assert not EscalationStep.objects.filter(answered_at__isnull=False).exists()

    answered = client_for(teamleider).post(
        path, {"number": 1, "solved": False, "answer": "Nee."}, format="json"
    )
    assert answered.status_code == 200, answered.content
    assert [s["number"] for s in answered.json()["steps"]] == [1, 2]


def test_a_ladder_of_another_municipality_or_an_unknown_one_is_refused(
    client_for, consulent, route_case
):
    response = client_for(consulent).post(
        "/api/v1/escalations/",
        {"case": route_case.pk, "ladder": 999999, "question": "Urgentie"},
        format="json",
    )

    assert response.status_code == 400
    assert response.json() == {"ladder": ["Deze escalatieladder bestaat niet."]}
    assert not Escalation.objects.exists()


def test_a_time_out_that_ends_before_it_starts_is_400(client_for, consulent, route_case):
    response = client_for(consulent).post(
        "/api/v1/time-outs/",
        {
            "case": route_case.pk,
            "organisation": "CJIB",
            "subject": "Inning",
            "starts_on": TODAY().isoformat(),
            "ends_on": (TODAY() - datetime.timedelta(days=1)).isoformat(),
            "reason": "Leefgeld",
            "agreed_with": "CJIB",
        },
        format="json",
    )

    assert response.status_code == 400
    assert response.json() == {"ends_on": ["Een time-out kan niet eindigen voordat hij begint."]}
    assert not TimeOut.objects.exists()


def test_a_plan_goal_without_owner_or_due_date_is_400(client_for, consulent, approved):
    response = client_for(consulent).post(
        "/api/v1/plans/",
        {"case": approved.pk, "summary": "Plan", "goals": [{"description": "Huur"}]},
        format="json",
    )

    assert response.status_code == 400
    assert response.json() == {
        "goals": ["Doel 1: noem wie het doel oppakt.", "Doel 1: vul een uiterste datum in."]
    }
    assert not Plan.objects.exists() and not Goal.objects.exists()


def _plan_carried_out(client, case) -> dict:
    plan = client.post(
        "/api/v1/plans/",
        {
            "case": case.pk,
            "summary": "Huur doorbetalen",
            "goals": [
                {"description": "Huur", "owner": "Consulent", "due_date": TODAY().isoformat()}
            ],
        },
        format="json",
    ).json()
    done = client.post(f"/api/v1/plans/{plan['id']}/carry-out/", {}, format="json")
    assert done.status_code == 200, done.content
    return plan


def test_a_monitoring_answer_without_the_households_judgement_is_400(
    client_for, consulent, approved
):
    client = client_for(consulent)
    _plan_carried_out(client, approved)
    MonitoringMoment.objects.update(due_date=TODAY())
    first = MonitoringMoment.objects.get(number=1)

    response = client.post(
        f"/api/v1/monitoring-moments/{first.pk}/answer/",
        {"domain_results": {"wonen": "beter"}, "household_judgement": ""},
        format="json",
    )

    assert response.status_code == 400
    assert "household_judgement" in response.json()
    first.refresh_from_db()
    assert first.answered_at is None


def test_closing_before_the_last_monitoring_moment_is_409(client_for, consulent, approved):
    client = client_for(consulent)
    _plan_carried_out(client, approved)
    MonitoringMoment.objects.update(due_date=TODAY())
    first = MonitoringMoment.objects.get(number=1)
    client.post(
        f"/api/v1/monitoring-moments/{first.pk}/answer/",
        {"domain_results": {"wonen": "beter"}, "household_judgement": "Rustiger"},
        format="json",
    )

    response = client.post(
        "/api/v1/evaluations/",
        {"case": approved.pk, "embedded": True, "lessons": "Te vroeg"},
        format="json",
    )

    assert response.status_code == 409
    assert "laatste monitoringsmoment" in response.json()["detail"]
    assert not Evaluation.objects.exists()
    approved.refresh_from_db()
    assert approved.status == "in_behandeling"


def test_national_escalation_is_for_the_omo_functionaris_or_teamleider(
    client_for, consulent, omo, route_case
):
    route_case.consent = "geweigerd"
    route_case.save()
    body = {"case": route_case.pk, "body": "let", "question": "Wie kan helpen?"}

    refused = client_for(consulent).post("/api/v1/national-escalations/", body, format="json")
    sent = client_for(omo).post("/api/v1/national-escalations/", body, format="json")

    assert refused.status_code == 403
    assert sent.status_code == 201, sent.content
    assert sent.json()["with_personal_data"] is False
    assert "Yvonne" not in str(sent.json()["export"])


def test_the_deadlines_list_shows_what_is_due_and_its_read_is_logged(
    client_for, consulent, omo, approved
):
    client = client_for(consulent)
    _plan_carried_out(client, approved)
    MonitoringMoment.objects.filter(number=1).update(due_date=TODAY() - datetime.timedelta(days=2))

    body = client_for(omo).get("/api/v1/deadlines/").json()

    monitoring = next(s for s in body["sections"] if s["key"] == "monitoring")
    assert [(i["case"], i["overdue"]) for i in monitoring["items"]] == [(approved.pk, True)]
    assert AccessLog.objects.filter(channel="api:deadlines", user=omo).exists()


def test_another_teams_case_gets_no_aftercare_records(client_for, consulent_zuid, approved):
    client = client_for(consulent_zuid)

    response = client.post(
        "/api/v1/time-outs/",
        {
            "case": approved.pk,
            "organisation": "CJIB",
            "subject": "Inning",
            "starts_on": TODAY().isoformat(),
            "ends_on": TODAY().isoformat(),
            "reason": "x",
            "agreed_with": "y",
        },
        format="json",
    )

    assert response.status_code == 400
    assert response.json() == {"case": ["Deze casus bestaat niet."]}
    assert client.get("/api/v1/plans/").json()["results"] == []
