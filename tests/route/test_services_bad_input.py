"""Every refusal the route promises, through the services the screens and the API call: a
clear Dutch message, the right kind of refusal (ValidationError 400, PermissionDenied 403,
Conflict 409), and nothing changed — no route row, no timeline line, no status change."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from maatwerk.accounts.roles import Role
from maatwerk.cases.models import Case, CaseStatusChange, TimelineEntry
from maatwerk.cases.workflow import CaseStatus
from maatwerk.route import services
from maatwerk.route.errors import Conflict
from maatwerk.route.models import (
    Advice,
    AgendaItem,
    CanvasVersion,
    Consultation,
    Decision,
    DecisionLetter,
    MandateLevel,
    Outcome,
    PhaseChange,
    PortfolioConsultation,
    Proposal,
    Route,
    RouteSettings,
    Task,
)
from maatwerk.route.workflow import Phase

from ..api.db_state import snapshot
from ..factories import CaseFactory, HouseholdFactory, MemberFactory, UserFactory
from .test_flow import on_the_table, phase, proposal_fields

pytestmark = pytest.mark.django_db

WATCHED = (
    Route,
    PhaseChange,
    Consultation,
    AgendaItem,
    Task,
    CanvasVersion,
    Proposal,
    Advice,
    PortfolioConsultation,
    Decision,
    DecisionLetter,
    RouteSettings,
    TimelineEntry,
    CaseStatusChange,
)


def refused(kind: type[Exception], call, *args, match: str | None = None, **kwargs):
    """Call a service that must refuse; the database must be exactly as it was."""
    before = snapshot(extra=WATCHED)
    with pytest.raises(kind, match=match) as refusal:
        call(*args, **kwargs)
    assert snapshot(extra=WATCHED) == before
    return refusal.value


def messages(error: ValidationError) -> dict[str, list[str]]:
    return error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}


@pytest.fixture
def teamleider_2(team_noord):
    return UserFactory(username="teamleider2", role=Role.TEAMLEIDER, team=team_noord)


@pytest.fixture
def college_proposal(consulent, omo, route_case):
    return on_the_table(consulent, omo, route_case, cost_estimate=Decimal("40000"))


def test_nobody_approves_their_own_proposal(teamleider, omo, route_case):
    proposal = on_the_table(teamleider, omo, route_case)
    assert proposal.mandate_level == MandateLevel.BINNEN_KADERS

    refused(
        PermissionDenied,
        services.decide,
        teamleider,
        proposal,
        outcome="akkoord",
        motivation="Past in de kaders.",
        match="eigen voorstel",
    )
    assert phase(route_case) == Phase.BESLUITVORMING


def test_a_colleague_with_the_same_role_in_the_same_team_does_not_decide(
    teamleider, teamleider_2, omo, route_case
):
    proposal = on_the_table(teamleider, omo, route_case)

    refused(
        PermissionDenied,
        services.decide,
        teamleider_2,
        proposal,
        outcome="akkoord",
        motivation="Namens mijn collega.",
        match="collega met dezelfde rol",
    )


def test_deciding_above_the_mandate_is_refused(consulent, omo, teamleider, route_case):
    outside = on_the_table(consulent, omo, route_case, within_frameworks=False)

    refused(
        PermissionDenied,
        services.decide,
        teamleider,
        outside,
        outcome="akkoord",
        motivation="Lijkt me prima.",
        match="niet binnen uw mandaat",
    )
    # The OMO-functionaris holds that mandate, but only after the portefeuillehouder's view.
    refused(
        PermissionDenied,
        services.decide,
        omo,
        outside,
        outcome="akkoord",
        motivation="Goed plan.",
        match="portefeuillehouder",
    )


def test_a_consulent_does_not_decide_within_the_frameworks_either(
    consulent, omo, route_case, team_noord
):
    other_consulent = UserFactory(username="consulent3", role=Role.CONSULENT, team=team_noord)
    proposal = on_the_table(consulent, omo, route_case)

    refused(
        PermissionDenied,
        services.decide,
        other_consulent,
        proposal,
        outcome="akkoord",
        motivation="x",
        match="collega met dezelfde rol",
    )


def test_the_college_level_is_not_decided_by_the_teamleider(
    teamleider, college_proposal, route_case
):
    refused(
        PermissionDenied,
        services.decide,
        teamleider,
        college_proposal,
        outcome="akkoord",
        motivation="Het College besloot.",
        college_date=timezone.localdate(),
        college_reference="B&W 2026/77",
        match="College",
    )


@pytest.mark.parametrize("motivation", ["", "   ", None])
def test_a_rejection_needs_a_motivation(consulent, omo, teamleider, route_case, motivation):
    proposal = on_the_table(consulent, omo, route_case)

    error = refused(
        ValidationError,
        services.decide,
        teamleider,
        proposal,
        outcome="afgewezen",
        motivation=motivation,
    )
    assert messages(error) == {"motivation": ["Motiveer het besluit."]}


def test_approval_with_conditions_names_them(consulent, omo, teamleider, route_case):
    proposal = on_the_table(consulent, omo, route_case)

    error = refused(
        ValidationError,
        services.decide,
        teamleider,
        proposal,
        outcome="akkoord_met_voorwaarden",
        motivation="Goed plan.",
        conditions=" ",
    )
    assert messages(error) == {"conditions": ["Noem de voorwaarden."]}


def test_an_unknown_outcome_is_refused(consulent, omo, teamleider, route_case):
    proposal = on_the_table(consulent, omo, route_case)

    for outcome in ("ingetrokken", "ja", ""):
        error = refused(
            ValidationError,
            services.decide,
            teamleider,
            proposal,
            outcome=outcome,
            motivation="Zo is het.",
        )
        assert messages(error) == {"outcome": ["Kies een besluit."]}


def test_a_deviation_names_rule_ground_power_holder_and_motivation(consulent, omo, route_case):
    item = services.put_on_agenda(consulent, route_case, "Mag dit buiten de regels?")
    services.record_outcome(omo, item, Outcome.BESLUIT_NU)

    error = refused(
        ValidationError,
        services.submit_proposal,
        consulent,
        route_case,
        **proposal_fields(deviates=True),
    )
    assert set(messages(error)) == {
        "deviation_rule",
        "deviation_ground",
        "deviation_power_holder",
        "deviation_motivation",
    }
    error = refused(
        ValidationError,
        services.submit_proposal,
        consulent,
        route_case,
        **proposal_fields(
            deviates=True,
            deviation_rule="Beleidsregel bijzondere bijstand art. 4",
            deviation_ground="hardheidsclausule",
            deviation_power_holder="het college",
            deviation_motivation="  ",
        ),
    )
    assert messages(error) == {"deviation_motivation": ["Leg uit waarom wordt afgeweken."]}


def test_every_score_of_the_waardendriehoek_is_motivated(consulent, omo, route_case):
    item = services.put_on_agenda(consulent, route_case, "Wat vindt het overleg?")
    services.record_outcome(omo, item, Outcome.BESLUIT_NU)

    error = refused(
        ValidationError,
        services.submit_proposal,
        consulent,
        route_case,
        **proposal_fields(legitimiteit_motivation="", betrokkenheid_motivation=" "),
    )
    assert set(messages(error)) == {"legitimiteit_motivation", "betrokkenheid_motivation"}


def test_a_college_decision_needs_its_date_and_reference(omo, college_proposal):
    error = refused(
        ValidationError,
        services.decide,
        omo,
        college_proposal,
        outcome="akkoord",
        motivation="Het College besloot.",
    )
    assert set(messages(error)) == {"college_date", "college_reference"}


def test_a_college_decision_is_not_dated_in_the_future(omo, college_proposal):
    error = refused(
        ValidationError,
        services.decide,
        omo,
        college_proposal,
        outcome="akkoord",
        motivation="Het College besluit volgende week.",
        college_date=timezone.localdate() + datetime.timedelta(days=1),
        college_reference="B&W 2026/78",
    )
    assert messages(error) == {
        "college_date": ["Het collegebesluit kan niet in de toekomst liggen."]
    }


def test_a_college_decision_is_not_dated_before_the_proposal(omo, college_proposal):
    error = refused(
        ValidationError,
        services.decide,
        omo,
        college_proposal,
        outcome="akkoord",
        motivation="Het College besloot.",
        college_date=timezone.localtime(college_proposal.proposed_at).date()
        - datetime.timedelta(days=1),
        college_reference="B&W 2026/79",
    )
    assert messages(error) == {"college_date": ["Het collegebesluit ligt niet vóór het voorstel."]}


def test_the_route_table_forbids_skipping_to_monitoring_or_to_uitvoering_by_hand(
    consulent, omo, teamleider, route_case
):
    on_the_table(consulent, omo, route_case)

    for target in (Phase.MONITORING, Phase.UITVOERING, Phase.AFGESLOTEN, "onzin"):
        error = refused(
            ValidationError,
            services.move_by_hand,
            teamleider,
            route_case,
            target,
            "Het besluit komt later wel.",
        )
        assert "kan niet naar" in messages(error)["target"][0]
    assert phase(route_case) == Phase.BESLUITVORMING


def test_a_move_by_hand_needs_a_reason(consulent, omo, teamleider, route_case):
    proposal = on_the_table(consulent, omo, route_case)
    services.decide(teamleider, proposal, outcome="akkoord", motivation="Goed.")

    error = refused(
        ValidationError, services.move_by_hand, consulent, route_case, Phase.MONITORING, " "
    )
    assert messages(error) == {"reason": ["Geef een reden voor deze stap."]}


@pytest.mark.parametrize("status", [CaseStatus.AANGEMELD, CaseStatus.AFGESLOTEN])
def test_a_case_not_in_behandeling_is_not_put_on_the_agenda(consulent, status):
    household = HouseholdFactory(team=consulent.team)
    MemberFactory(household=household, bsn="")
    case = CaseFactory(household=household, regisseur=consulent, status=status)

    error = refused(
        ValidationError, services.put_on_agenda, consulent, case, "Kan dit op de agenda?"
    )
    assert "in behandeling" in str(error)
    assert not Route.objects.filter(case=case).exists()


def test_a_case_awaiting_its_decision_is_not_put_on_the_agenda_again(consulent, omo, route_case):
    on_the_table(consulent, omo, route_case)

    refused(
        ValidationError,
        services.put_on_agenda,
        consulent,
        route_case,
        "Nog een keer?",
        match="kan niet naar",
    )


def test_the_agenda_is_not_in_the_past_and_a_question_is_asked(consulent, route_case):
    refused(ValidationError, services.put_on_agenda, consulent, route_case, "  ")
    refused(
        ValidationError,
        services.put_on_agenda,
        consulent,
        route_case,
        "Gisteren?",
        date=timezone.localdate() - datetime.timedelta(days=1),
        match="verleden",
    )


def test_roles_without_the_case_file_cannot_touch_the_route(
    consulent, omo, wethouder, controller, consulent_zuid, route_case
):
    for outsider in (wethouder, controller, consulent_zuid):
        refused(PermissionDenied, services.put_on_agenda, outsider, route_case, "Mag ik agenderen?")
    item = services.put_on_agenda(consulent, route_case, "Welke opties zijn er?")
    for outsider in (consulent, wethouder, controller):
        refused(PermissionDenied, services.record_outcome, outsider, item, Outcome.BESLUIT_NU)


def test_only_the_omo_functionaris_advises_and_not_on_their_own_proposal(
    consulent, omo, teamleider, route_case
):
    proposal = on_the_table(omo, omo, route_case)

    refused(PermissionDenied, services.give_advice, teamleider, proposal, "akkoord", "Prima.")
    refused(
        PermissionDenied,
        services.give_advice,
        omo,
        proposal,
        "akkoord",
        "Mijn eigen plan is goed.",
        match="eigen voorstel",
    )


def test_a_second_decision_on_a_decided_proposal_is_a_conflict(
    consulent, omo, teamleider, route_case
):
    proposal = on_the_table(consulent, omo, route_case)
    services.decide(teamleider, proposal, outcome="akkoord", motivation="Goed.")

    refused(
        Conflict,
        services.decide,
        teamleider,
        proposal,
        outcome="afgewezen",
        motivation="Toch niet.",
        match="al besloten",
    )


def test_a_decision_already_replaced_is_not_replaced_again(consulent, omo, teamleider, route_case):
    proposal = on_the_table(consulent, omo, route_case)
    first = services.decide(teamleider, proposal, outcome="afgewezen", motivation="Te duur.")
    services.supersede_decision(
        teamleider, first, reason="Bezwaar gegrond.", outcome="akkoord", motivation="Toch."
    )

    refused(
        Conflict,
        services.supersede_decision,
        teamleider,
        first,
        reason="Nog eens.",
        outcome="afgewezen",
        motivation="Toch niet.",
    )
    error = refused(
        ValidationError,
        services.supersede_decision,
        teamleider,
        services.current_decision(proposal),
        reason="",
        outcome="afgewezen",
        motivation="Toch niet.",
    )
    assert set(messages(error)) == {"supersede_reason"}


def test_a_refused_decision_leaves_the_case_where_it_was(consulent, omo, teamleider, route_case):
    """The decision and the move are one: a refusal halfway leaves neither."""
    proposal = on_the_table(consulent, omo, route_case)
    Case.objects.filter(pk=route_case.pk).update(status=CaseStatus.AFGESLOTEN)

    refused(
        (ValidationError, PermissionDenied),
        services.decide,
        teamleider,
        proposal,
        outcome="akkoord",
        motivation="Goed.",
    )
    assert not Decision.objects.exists()
