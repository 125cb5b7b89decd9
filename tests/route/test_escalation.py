"""The escalation ladder: one step at a time, each answered by whoever is at that step; the
overlegtafel; the national escalation with a dossier that follows the consent."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from maatwerk.core.working_days import WorkingDays
from maatwerk.route import services
from maatwerk.route.errors import Conflict
from maatwerk.route.models import EscalationStatus, EscalationStep, Route

pytestmark = pytest.mark.django_db


def ladder(case, name: str):
    return services.ladders_for(case.household.team.municipality).get(name=name)


def escalate(consulent, case, name="Wonen"):
    return services.start_escalation(
        consulent,
        case,
        ladder=ladder(case, name),
        question="Urgentie voor een woning met vier slaapkamers.",
        blockage=case.blockages.first(),
    )


def test_every_municipality_starts_with_the_default_ladders(route_case):
    ladders = services.ladders_for(route_case.household.team.municipality)

    assert [lad.name for lad in ladders] == [
        "Inkomen",
        "PGB en onderwijs",
        "Schulden",
        "Wonen",
        "Zorg en jeugd",
    ]
    wonen = ladders.get(name="Wonen")
    assert [(s.title, s.holder_role) for s in wonen.steps.all()] == [
        ("Teamleider", "teamleider"),
        ("Contactpersoon woningcorporatie", ""),
        ("Wethouder wonen", ""),
    ]
    assert ladders.get(name="PGB en onderwijs").authority_unknown


def test_escalating_asks_the_first_step_within_its_term_and_marks_the_route(consulent, route_case):
    escalation = escalate(consulent, route_case)

    step = services.current_step(escalation)
    assert (step.number, step.title) == (1, "Teamleider")
    assert step.due_date == WorkingDays().add(timezone.localdate(), 2)
    assert Route.objects.get(case=route_case).escalated


def test_a_step_is_answered_only_by_whoever_is_at_it(consulent, omo, route_case):
    escalation = escalate(consulent, route_case)

    for outsider in (consulent, omo):
        with pytest.raises(PermissionDenied, match="teamleider"):
            services.answer_step(outsider, escalation, number=1, solved=False, answer="Nee.")
    assert not EscalationStep.objects.filter(answered_at__isnull=False).exists()


def test_a_teamleider_of_another_team_is_not_at_the_step(teamleider, consulent, route_case):
    from tests.factories import TeamFactory, UserFactory

    other = UserFactory(
        role="teamleider", team=TeamFactory(municipality=teamleider.team.municipality)
    )
    escalation = escalate(consulent, route_case)

    with pytest.raises(PermissionDenied):
        services.answer_step(other, escalation, number=1, solved=False, answer="Nee.")


def test_a_step_cannot_be_skipped(consulent, teamleider, route_case):
    escalation = escalate(consulent, route_case)

    with pytest.raises(Conflict, match="Beantwoord eerst stap 1"):
        services.answer_step(consulent, escalation, number=2, solved=True, answer="Ja.")


def test_up_the_wonen_ladder_until_the_corporation_solves_it(consulent, teamleider, route_case):
    escalation = escalate(consulent, route_case)

    services.answer_step(
        teamleider, escalation, number=1, solved=False, answer="Past niet in de regels."
    )
    second = services.current_step(escalation)
    assert second.title == "Contactpersoon woningcorporatie"
    with pytest.raises(ValidationError, match="namens"):
        services.answer_step(consulent, escalation, number=2, solved=True, answer="Ja")
    services.answer_step(
        consulent,
        escalation,
        number=2,
        solved=True,
        answer="Hardheidsclausule toegepast: urgentie toegekend.",
        answered_by_name="J. Bakker, Woonstede",
    )

    escalation.refresh_from_db()
    assert escalation.status == EscalationStatus.OPGELOST
    assert not Route.objects.get(case=route_case).escalated
    with pytest.raises(Conflict):
        services.answer_step(teamleider, escalation, number=3, solved=True, answer="x")


def test_a_ladder_climbed_without_a_solution_suggests_the_national_route(
    consulent, teamleider, route_case
):
    escalation = escalate(consulent, route_case)
    services.answer_step(teamleider, escalation, number=1, solved=False, answer="Nee.")
    for number in (2, 3):
        services.answer_step(
            consulent, escalation, number=number, solved=False, answer="Nee.", answered_by_name="X"
        )

    escalation.refresh_from_db()
    assert escalation.status == EscalationStatus.LADDER_OP
    assert "Landelijk Maatwerkloket" in route_case.timeline.order_by("-pk").first().text


def test_authority_unknown_is_a_visible_state_the_omo_functionaris_resolves(
    consulent, omo, route_case
):
    escalation = escalate(consulent, route_case, name="PGB en onderwijs")
    assert escalation.status == EscalationStatus.BEVOEGDE_ONBEKEND
    assert services.current_step(escalation) is None

    with pytest.raises(PermissionDenied):
        services.name_the_authority(
            consulent, escalation, ladder=ladder(route_case, "Zorg en jeugd")
        )
    services.name_the_authority(omo, escalation, ladder=ladder(route_case, "Zorg en jeugd"))

    escalation.refresh_from_db()
    assert escalation.status == EscalationStatus.OPEN
    assert services.current_step(escalation).title == "Teamleider"


def test_a_blockage_is_escalated_once_at_a_time(consulent, route_case):
    escalate(consulent, route_case)
    with pytest.raises(Conflict):
        escalate(consulent, route_case)


def test_an_overlegtafel_is_recorded_with_parties_and_later_its_outcome(consulent, route_case):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError):
        services.hold_round_table(consulent, route_case, held_on=tomorrow, parties=" ")

    table = services.hold_round_table(
        consulent, route_case, held_on=tomorrow, parties="Woonstede, Kredietbank, wijkteam"
    )
    with pytest.raises(ValidationError, match="nog niet geweest"):
        services.record_round_table_outcome(consulent, table, "Urgentie.")


def test_the_national_dossier_holds_personal_data_only_with_consent(omo, route_case):
    route_case.consent = "geweigerd"
    route_case.save()

    without = services.escalate_externally(
        omo, route_case, body="let", question="Wie kan de terugvordering stoppen?"
    )

    assert not without.with_personal_data
    text = str(without.export)
    assert "Yvonne" not in text and "leden" not in without.export["huishouden"]
    assert without.export["huishouden"]["aantal_leden"] == 1
    assert Route.objects.get(case=route_case).escalated

    route_case.consent, route_case.consent_date = "gegeven", timezone.localdate()
    route_case.save()
    with_consent = services.escalate_externally(
        omo, route_case, body="maatwerkloket", question="Wie kan de terugvordering stoppen?"
    )
    assert with_consent.export["huishouden"]["leden"][0]["voornaam"] == "Yvonne"
    assert "bsn" not in str(with_consent.export).lower()


def test_only_the_omo_functionaris_or_teamleider_escalates_nationally(consulent, route_case):
    with pytest.raises(PermissionDenied):
        services.escalate_externally(consulent, route_case, body="let", question="Help")


def test_the_answer_of_the_national_body_is_recorded_once(omo, route_case):
    external = services.escalate_externally(omo, route_case, body="let", question="Help")

    services.record_external_answer(
        omo, external, answer="LET neemt het op.", their_reference="LET-7"
    )

    with pytest.raises(Conflict):
        services.record_external_answer(omo, external, answer="Nog eens")
