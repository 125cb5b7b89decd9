"""The route's documents, downloaded and read back as a person would read them."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from maatwerk.audit.services import AccessLog
from maatwerk.route import services
from maatwerk.route.models import DecisionLetter, RouteSettings

from ..test_flow import on_the_table

pytestmark = pytest.mark.django_db


def pdf_text(response) -> str:
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(
        io.BytesIO(b"".join(response.streaming_content) if response.streaming else response.content)
    )
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_decision_letter_says_what_was_decided_why_and_how_to_object(
    client, consulent, omo, teamleider, route_case
):
    proposal = on_the_table(consulent, omo, route_case)
    decision = services.decide(
        teamleider,
        proposal,
        outcome="akkoord",
        motivation="De bonus is goedkoper dan jaren bewindvoering.",
        awb_besluit=True,
    )
    client.force_login(consulent)

    response = client.get(reverse("route:letter_pdf", args=[decision.pk]))

    text = pdf_text(response)
    assert route_case.reference in response["Content-Disposition"]
    assert "Beste Yvonne," in text
    assert "Wij gaan akkoord met de oplossing" in text
    assert "De bonus is goedkoper dan jaren bewindvoering." in text
    assert "binnen zes weken" in text
    assert AccessLog.objects.filter(channel="document:besluitbrief").exists()


def test_the_letter_as_sent_is_kept_whatever_the_template_says_later(
    client, consulent, omo, teamleider, route_case
):
    proposal = on_the_table(consulent, omo, route_case)
    decision = services.decide(teamleider, proposal, outcome="akkoord", motivation="Doelmatig.")
    client.force_login(consulent)
    first = pdf_text(client.get(reverse("route:letter_pdf", args=[decision.pk])))
    settings = RouteSettings.objects.get(municipality=route_case.household.team.municipality)
    settings.letter_template = "Nieuw sjabloon. {{ besluit }}"
    settings.save()

    again = pdf_text(client.get(reverse("route:letter_pdf", args=[decision.pk])))

    assert again == first
    assert DecisionLetter.objects.count() == 1


def test_a_letter_without_an_awb_decision_has_no_objection_clause(
    client, consulent, omo, teamleider, route_case
):
    proposal = on_the_table(consulent, omo, route_case)
    decision = services.decide(teamleider, proposal, outcome="afgewezen", motivation="Te duur.")
    client.force_login(consulent)

    text = pdf_text(client.get(reverse("route:letter_pdf", args=[decision.pk])))

    assert "Wij gaan niet akkoord" in text
    assert "bezwaar" not in text


def test_another_team_and_an_anonymised_role_get_no_letter(
    client, consulent, omo, teamleider, consulent_zuid, controller, route_case
):
    proposal = on_the_table(consulent, omo, route_case)
    decision = services.decide(teamleider, proposal, outcome="akkoord", motivation="Doelmatig.")
    url = reverse("route:letter_pdf", args=[decision.pk])

    client.force_login(consulent_zuid)
    other_team = client.get(url)
    client.force_login(controller)
    anonymised = client.get(url)

    assert other_team.status_code == 404
    assert anonymised.status_code == 403
    assert not DecisionLetter.objects.exists()


def test_the_agenda_and_minutes_list_the_cases_with_question_outcome_and_tasks(
    client, consulent, omo, route_case
):
    import datetime

    item = services.put_on_agenda(consulent, route_case, "Kan de huurschuld bevroren worden?")
    services.record_outcome(
        omo,
        item,
        "bezinningsperiode",
        tasks=[
            services.NewTask(
                "Bel de woningcorporatie", consulent, item.consultation.date + datetime.timedelta(3)
            )
        ],
    )
    client.force_login(omo)

    agenda = pdf_text(client.get(reverse("route:agenda_pdf", args=[item.consultation_id])))
    minutes = pdf_text(client.get(reverse("route:minutes_pdf", args=[item.consultation_id])))

    assert route_case.reference in agenda
    assert "Kan de huurschuld bevroren worden?" in agenda
    assert "Bezinningsperiode" in minutes
    assert "Bel de woningcorporatie" in minutes


def test_a_consulent_of_another_team_sees_an_agenda_without_the_other_teams_cases(
    client, consulent, consulent_zuid, route_case
):
    item = services.put_on_agenda(consulent, route_case, "Vraag over de huur")
    client.force_login(consulent_zuid)

    text = pdf_text(client.get(reverse("route:agenda_pdf", args=[item.consultation_id])))

    assert route_case.reference not in text
    assert "Vraag over de huur" not in text
