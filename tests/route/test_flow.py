"""The route to a decision, through the services the screens and the API call."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from maatwerk.route import services
from maatwerk.route.errors import Conflict
from maatwerk.route.models import Decision, MandateLevel, Outcome
from maatwerk.route.workflow import Phase

pytestmark = pytest.mark.django_db


def phase(case) -> Phase:
    """Where the case stands now, read again from the database."""
    return services.phase_of(type(case).objects.get(pk=case.pk))


def proposal_fields(**overrides) -> dict:
    return {
        "solution": "Participatiebonus van EUR 3.000 om de schuldregeling rond te krijgen.",
        "cost_estimate": Decimal("3000.00"),
        "within_frameworks": True,
        "rendement_score": 4,
        "rendement_motivation": "Voorkomt jaren bewindvoering.",
        "legitimiteit_score": 3,
        "legitimiteit_motivation": "Past in de beleidsregels participatie.",
        "betrokkenheid_score": 5,
        "betrokkenheid_motivation": "Yvonne heeft dit zelf voorgesteld.",
        **overrides,
    }


def on_the_table(user, omo, case, **overrides):
    item = services.put_on_agenda(user, case, "Kan de bonus de schulden deblokkeren?")
    services.record_outcome(omo, item, Outcome.BESLUIT_NU)
    return services.submit_proposal(user, case, **proposal_fields(**overrides))


def test_a_case_goes_from_the_agenda_to_a_decision_by_the_teamleider(
    consulent, omo, teamleider, route_case
):
    proposal = on_the_table(consulent, omo, route_case)
    assert proposal.mandate_level == MandateLevel.BINNEN_KADERS
    assert phase(route_case) == Phase.BESLUITVORMING

    decision = services.decide(
        teamleider, proposal, outcome="akkoord", motivation="Goedkoper dan bewind."
    )

    assert decision.decided_by == teamleider
    assert phase(route_case) == Phase.UITVOERING


def test_nobody_approves_their_own_proposal(consulent, omo, route_case):
    proposal = on_the_table(omo, omo, route_case, within_frameworks=False)

    with pytest.raises(PermissionDenied, match="eigen voorstel"):
        services.decide(omo, proposal, outcome="akkoord", motivation="Prima.")
    assert not Decision.objects.exists()


def test_above_the_threshold_the_college_decides(consulent, omo, teamleider, route_case):
    proposal = on_the_table(consulent, omo, route_case, cost_estimate=Decimal("50000"))
    assert proposal.mandate_level == MandateLevel.COLLEGE

    with pytest.raises(ValidationError) as missing:
        services.decide(omo, proposal, outcome="akkoord", motivation="Het College besloot.")
    assert set(missing.value.message_dict) == {"college_date", "college_reference"}
    with pytest.raises(PermissionDenied, match="College"):
        services.decide(
            teamleider,
            proposal,
            outcome="akkoord",
            motivation="x",
            college_date=datetime.date.today(),
            college_reference="B&W 2026/123",
        )
    decision = services.decide(
        omo,
        proposal,
        outcome="akkoord",
        motivation="Het College besloot.",
        college_date=datetime.date.today(),
        college_reference="B&W 2026/123",
    )
    assert decision.level == MandateLevel.COLLEGE


def test_outside_the_frameworks_the_portefeuillehouder_is_consulted_first(
    consulent, omo, wethouder, route_case
):
    proposal = on_the_table(consulent, omo, route_case, within_frameworks=False)

    with pytest.raises(PermissionDenied, match="portefeuillehouder"):
        services.decide(omo, proposal, outcome="akkoord", motivation="Goed plan.")
    consultation = services.put_before_portefeuillehouder(
        omo, proposal, wethouder, "Mag dit buiten de kaders?"
    )
    services.record_portfolio_view(wethouder, consultation, "Ik steun dit.")
    decision = services.decide(omo, proposal, outcome="akkoord", motivation="Goed plan.")
    assert decision.level == MandateLevel.BUITEN_KADERS


def test_a_second_decision_on_the_same_proposal_is_a_conflict(
    consulent, omo, teamleider, route_case
):
    proposal = on_the_table(consulent, omo, route_case)
    services.decide(teamleider, proposal, outcome="afgewezen", motivation="Te duur.")

    with pytest.raises(Conflict):
        services.decide(teamleider, proposal, outcome="akkoord", motivation="Toch wel.")
    assert Decision.objects.count() == 1
    assert phase(route_case) == Phase.AFGEWEZEN


def test_a_taken_decision_is_replaced_by_a_linked_one(consulent, omo, teamleider, route_case):
    proposal = on_the_table(consulent, omo, route_case)
    first = services.decide(teamleider, proposal, outcome="afgewezen", motivation="Te duur.")

    second = services.supersede_decision(
        teamleider,
        first,
        reason="Bezwaar gegrond verklaard.",
        outcome="akkoord",
        motivation="Na heroverweging toch doelmatig.",
    )

    assert second.supersedes == first
    assert services.current_decision(proposal) == second
    assert phase(route_case) == Phase.UITVOERING


def test_a_bezinningsperiode_needs_tasks_and_puts_the_case_on_next_weeks_agenda(
    consulent, omo, route_case
):
    item = services.put_on_agenda(consulent, route_case, "Welke opties zijn er?")
    with pytest.raises(ValidationError):
        services.record_outcome(omo, item, Outcome.BEZINNING)

    services.record_outcome(
        omo,
        item,
        Outcome.BEZINNING,
        tasks=[
            services.NewTask(
                "Vraag de corporatie naar een tweede woning",
                consulent,
                item.consultation.date + datetime.timedelta(days=5),
            )
        ],
    )

    [later] = route_case.agenda_items.exclude(pk=item.pk)
    assert later.consultation.date == item.consultation.date + datetime.timedelta(days=7)
    assert phase(route_case) == Phase.GEAGENDEERD


def test_the_decision_letter_says_what_was_decided_and_is_kept(
    consulent, omo, teamleider, route_case
):
    proposal = on_the_table(consulent, omo, route_case)
    decision = services.decide(
        teamleider, proposal, outcome="akkoord", motivation="Goedkoper.", awb_besluit=True
    )

    letter = services.issue_letter(consulent, decision)

    assert "Beste Yvonne," in letter.text
    assert "bezwaar" in letter.text
    assert services.issue_letter(consulent, decision).pk == letter.pk


def test_a_second_omo_account_does_not_decide_for_the_first(consulent, omo, route_case):
    from maatwerk.accounts.roles import Role

    from ..factories import UserFactory

    second = UserFactory(
        role=Role.OMO_FUNCTIONARIS, team=None, municipality=omo.municipality, username="omo2"
    )
    proposal = on_the_table(omo, omo, route_case, within_frameworks=False)

    with pytest.raises(PermissionDenied, match="dezelfde rol"):
        services.decide(second, proposal, outcome="akkoord", motivation="Prima.")
    assert not Decision.objects.exists()
