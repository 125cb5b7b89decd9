"""The screens after the decision: each form reaches its service, and each refusal is shown in
Dutch with what was typed kept and nothing changed (the API tests check the same rules)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from maatwerk.route import services
from maatwerk.route.models import (
    Escalation,
    EscalationStep,
    Evaluation,
    MonitoringMoment,
    Plan,
    TimeOut,
)
from maatwerk.route.workflow import Phase

from ..test_after_the_decision import a_plan, answer
from ..test_flow import phase

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def _page(response) -> str:
    return response.content.decode()


def _messages(client, case) -> str:
    return _page(client.get(reverse("cases:detail", args=[case.pk])))


def test_the_dossier_offers_the_plan_after_an_approving_decision(client, consulent, decided_case):
    client.force_login(consulent)

    page = _page(client.get(reverse("cases:detail", args=[decided_case.pk])))

    assert "Escalatie, plan en monitoring" in page
    assert reverse("route:plan", args=[decided_case.pk]) in page
    assert reverse("route:escalate", args=[decided_case.pk]) in page


def test_a_plan_goal_without_owner_or_due_date_is_refused_and_the_text_kept(
    client, consulent, decided_case
):
    client.force_login(consulent)

    response = client.post(
        reverse("route:plan", args=[decided_case.pk]),
        {
            "summary": "Bonus naar de kredietbank",
            "doel-TOTAL_FORMS": "1",
            "doel-INITIAL_FORMS": "0",
            "doel-0-description": "Schuldregeling rond",
        },
    )

    assert response.status_code == 400
    assert "Doel 1: noem wie het doel oppakt." in _page(response)
    assert "Bonus naar de kredietbank" in _page(response)
    assert not Plan.objects.exists()


def test_a_time_out_that_ends_before_it_starts_is_refused(client, consulent, route_case):
    client.force_login(consulent)

    response = client.post(
        reverse("route:time_out", args=[route_case.pk]),
        {
            "organisation": "CJIB",
            "subject": "Inning",
            "starts_on": TODAY().isoformat(),
            "ends_on": (TODAY() - datetime.timedelta(days=3)).isoformat(),
            "reason": "Leefgeld",
            "agreed_with": "CJIB",
        },
    )

    assert response.status_code == 400
    assert "Een time-out kan niet eindigen voordat hij begint." in _page(response)
    assert not TimeOut.objects.exists()


def test_a_step_answered_by_someone_not_at_it_is_refused_on_the_dossier(
    client, consulent, teamleider, route_case
):
    escalation = services.start_escalation(
        consulent,
        route_case,
        ladder=services.ladders_for(route_case.household.team.municipality).get(name="Wonen"),
        question="Urgentie",
    )
    client.force_login(consulent)
    prefix = f"stap-{escalation.pk}"
    post = {f"{prefix}-number": "1", f"{prefix}-solved": "1", f"{prefix}-answer": "Ja"}

    refused = client.post(reverse("route:step_answer", args=[escalation.pk]), post, follow=True)
    skipped_post = post | {f"{prefix}-number": "2"}
    client.force_login(teamleider)
    skipped = client.post(
        reverse("route:step_answer", args=[escalation.pk]), skipped_post, follow=True
    )

    assert "alleen die beantwoordt hem" in _page(refused)
    assert "een stap overslaan kan niet" in _page(skipped)
    assert not EscalationStep.objects.filter(answered_at__isnull=False).exists()
    # The consulent's dossier says who is at the step instead of offering the form.
    client.force_login(consulent)
    assert "alleen die beantwoordt hem" in _messages(client, route_case)


def test_a_monitoring_answer_without_the_households_judgement_is_refused(
    client, consulent, decided_case
):
    services.carry_out(consulent, a_plan(consulent, decided_case))
    MonitoringMoment.objects.update(due_date=TODAY())
    moment = MonitoringMoment.objects.get(number=1)
    client.force_login(consulent)
    domains = {
        f"domain_{code}": "beter" for code in decided_case.domains.values_list("code", flat=True)
    }

    response = client.post(
        reverse("route:monitoring", args=[moment.pk]),
        {**domains, "regular_care_reduced": "ja", "housing_stable": "ja", "notes": "Goed"},
    )

    assert response.status_code == 400
    assert "Leg het oordeel van het huishouden zelf vast" in _page(response)
    moment.refresh_from_db()
    assert moment.answered_at is None


def test_closing_before_the_last_moment_is_refused_with_409(client, consulent, decided_case):
    services.carry_out(consulent, a_plan(consulent, decided_case))
    MonitoringMoment.objects.update(due_date=TODAY())
    services.answer_moment(consulent, MonitoringMoment.objects.get(number=1), answer())
    client.force_login(consulent)

    response = client.post(
        reverse("route:evaluate", args=[decided_case.pk]), {"embedded": "1", "lessons": "Klaar"}
    )

    assert response.status_code == 409
    assert "Sluit pas af na het laatste monitoringsmoment." in _page(response)
    assert not Evaluation.objects.exists()
    assert phase(decided_case) == Phase.MONITORING


def test_a_consulent_cannot_escalate_nationally(client, consulent, route_case):
    client.force_login(consulent)

    response = client.post(
        reverse("route:national", args=[route_case.pk]), {"body": "let", "question": "Help"}
    )

    assert response.status_code == 403
    assert not route_case.external_escalations.exists()


def test_another_teams_consulent_does_not_reach_the_screens(client, consulent_zuid, route_case):
    client.force_login(consulent_zuid)

    for name in ("route:escalate", "route:time_out", "route:plan", "route:round_table"):
        assert client.get(reverse(name, args=[route_case.pk])).status_code == 404, name
    assert not Escalation.objects.exists()


@pytest.mark.parametrize("role", ["controller", "beleid"])
def test_anonymised_roles_see_nothing_of_what_happened_after_the_decision(
    client, request, consulent, decided_case, role
):
    services.register_time_out(
        consulent,
        decided_case,
        organisation="CJIB",
        subject="Kanariebeslag",
        starts_on=TODAY(),
        ends_on=TODAY(),
        reason="Kanariereden",
        agreed_with="Kanarie",
    )
    client.force_login(request.getfixturevalue(role))

    dossier = client.get(reverse("cases:detail", args=[decided_case.pk]))

    assert dossier.status_code == 200
    assert "Kanarie" not in _page(dossier)
    assert client.get(reverse("route:time_out", args=[decided_case.pk])).status_code == 403
    assert client.get(reverse("route:deadlines")).status_code == 403


def test_the_deadlines_page_lists_an_overdue_moment_for_the_regisseur(
    client, consulent, decided_case
):
    services.carry_out(consulent, a_plan(consulent, decided_case))
    MonitoringMoment.objects.filter(number=1).update(due_date=TODAY() - datetime.timedelta(days=3))
    client.force_login(consulent)

    for path in (reverse("route:deadlines"), reverse("home")):
        page = _page(client.get(path))
        assert decided_case.reference in page and "te laat" in page, path


def _pdf_text(response) -> str:
    import io

    from pypdf import PdfReader

    content = b"".join(response.streaming_content) if response.streaming else response.content
    return " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(content)).pages
    )


def test_the_plan_prints_for_the_household_and_the_print_is_logged(client, consulent, decided_case):
    from maatwerk.audit.services import AccessLog

    plan = a_plan(consulent, decided_case)
    client.force_login(consulent)

    response = client.get(reverse("route:plan_pdf", args=[plan.pk]))

    assert response["Content-Type"] == "application/pdf"
    text = _pdf_text(response)
    assert "Ons plan" in text and "Yvonne volgt de cursus budgetteren" in text
    assert "Yvonne opent haar post elke week" in text
    assert AccessLog.objects.filter(channel="document:plan", action="export").exists()


def test_the_national_dossier_downloads_as_sent_in_json_and_pdf(client, omo, route_case):
    route_case.consent, route_case.consent_date = "gegeven", TODAY()
    route_case.save()
    external = services.escalate_externally(omo, route_case, body="let", question="Kanarievraag")
    client.force_login(omo)

    as_json = client.get(reverse("route:national_json", args=[external.pk]))
    as_pdf = client.get(reverse("route:national_pdf", args=[external.pk]))

    assert as_json.json() == external.export
    assert as_json.json()["huishouden"]["leden"][0]["voornaam"] == "Yvonne"
    text = _pdf_text(as_pdf)
    assert "Kanarievraag" in text and "Landelijk Escalatie Team" in text
