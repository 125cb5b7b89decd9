"""No sequence of route actions, by any mix of roles, reaches *uitvoering* without an approving
decision in force by someone entitled to take it and other than the proposer.

Hypothesis plays six people of one municipality — the consulent who is the case's regisseur, a
second consulent of the same team, the teamleider, the OMO-functionaris, the portefeuillehouder
and the controller — doing whatever the services offer, in any order and with good or bad
input: agendering, the consultation's outcome, proposals with any cost and kind, advice, the
portefeuillehouder's view, decisions and replacements, moves by hand. The services may refuse
(ValidationError, PermissionDenied, Conflict); anything else is a failure. After every step:

- in *uitvoering*, the case's newest decision in force approves, was taken by the role the
  mandate names for its proposal's level (College: with date and reference; outside the
  frameworks: after the portefeuillehouder gave their view), and not by the proposer or a
  colleague in the proposer's seat;
- a proposal has at most one first decision;
- a decision, once stored, never changes and is never removed.

Each example runs in a savepoint that is rolled back, so examples do not depend on each other.
The municipality's mandate settings are drawn too, so the rule is checked for every choice
beheer can make, not just the defaults."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from maatwerk.accounts.roles import Role
from maatwerk.cases.models import Case
from maatwerk.cases.workflow import CaseStatus
from maatwerk.route import services
from maatwerk.route.errors import Conflict
from maatwerk.route.mandate import decider_role
from maatwerk.route.models import (
    APPROVING,
    AgendaItem,
    Decision,
    DecisionOutcome,
    MandateLevel,
    Outcome,
    PortfolioConsultation,
    Proposal,
    Recommendation,
    RouteSettings,
)
from maatwerk.route.workflow import Phase

from ..factories import (
    BlockageFactory,
    CaseFactory,
    HouseholdFactory,
    MemberFactory,
    MunicipalityFactory,
    TeamFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

REFUSALS = (ValidationError, PermissionDenied, Conflict)
ACTORS = ("consulent", "consulent_2", "teamleider", "omo", "wethouder", "controller")
THRESHOLD = Decimal("25000.00")
COSTS = st.sampled_from(
    [Decimal("0"), Decimal("450.00"), THRESHOLD, THRESHOLD + Decimal("0.01"), Decimal("80000")]
)
# Mostly good input, and often the person who usually acts, so that sequences get far
# enough down the route to matter; bad input and every other role still come often.
# "bevoegd" is whoever holds the role the mandate names for the proposal at hand — which may
# be its proposer, or a colleague in the proposer's seat.
MANDATED = "bevoegd"


def actors(usual: str):
    return st.one_of(st.just(usual), st.sampled_from([*ACTORS, MANDATED]))


TEXT = st.sampled_from(
    ["Omdat het huishouden dit nodig heeft.", "Zie het canvas.", "Besproken met de wijk.", ""]
)
COLLEGE_DATES = st.sampled_from(["today", "today", None, "yesterday", "tomorrow"])
OUTCOMES = st.one_of(
    st.sampled_from(sorted(APPROVING)), st.sampled_from([*DecisionOutcome.values, "onzin"])
)
MOSTLY = st.sampled_from([True, True, True, False])

MACHINE_SETTINGS = settings(
    max_examples=60,
    stateful_step_count=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _date(choice: str | None) -> datetime.date | None:
    today = timezone.localdate()
    return {
        None: None,
        "today": today,
        "yesterday": today - datetime.timedelta(days=1),
        "tomorrow": today + datetime.timedelta(days=1),
    }[choice]


def _pick(items: list, index: int):
    return items[index % len(items)] if items else None


class RouteMachine(RuleBasedStateMachine):
    # How often a step ended in uitvoering: a run that never gets there proves nothing.
    reached_uitvoering = 0

    def __init__(self) -> None:
        super().__init__()
        self._savepoint = transaction.atomic()
        self._savepoint.__enter__()
        municipality = MunicipalityFactory()
        team = TeamFactory(name="Wijkteam Noord", municipality=municipality)
        self.users = {
            "consulent": UserFactory(role=Role.CONSULENT, team=team),
            "consulent_2": UserFactory(role=Role.CONSULENT, team=team),
            "teamleider": UserFactory(role=Role.TEAMLEIDER, team=team),
            "omo": UserFactory(role=Role.OMO_FUNCTIONARIS, team=None, municipality=municipality),
            "wethouder": UserFactory(
                role=Role.PORTEFEUILLEHOUDER, team=None, municipality=municipality
            ),
            "controller": UserFactory(role=Role.CONTROLLER, team=None, municipality=municipality),
        }
        household = HouseholdFactory(team=team)
        MemberFactory(household=household, bsn="")
        self.case = CaseFactory(
            household=household,
            regisseur=self.users["consulent"],
            status=CaseStatus.IN_BEHANDELING,
            eligible=True,
        )
        BlockageFactory(case=self.case)
        self.municipality = municipality
        self.decisions: dict[int, dict] = {}  # pk -> the row as first seen

    def teardown(self) -> None:
        transaction.set_rollback(True)
        self._savepoint.__exit__(None, None, None)

    # -- the set-up beheer chose -------------------------------------------------------------

    @initialize(
        within=st.sampled_from([Role.TEAMLEIDER, Role.CONSULENT, Role.OMO_FUNCTIONARIS]),
        recorder=st.sampled_from([Role.OMO_FUNCTIONARIS, Role.TEAMLEIDER, Role.CONSULENT]),
    )
    def mandate(self, within: str, recorder: str) -> None:
        RouteSettings.objects.update_or_create(
            municipality=self.municipality,
            defaults={
                "within_frameworks_role": within,
                "college_recorder_role": recorder,
                "college_threshold": THRESHOLD,
            },
        )

    @initialize(
        start=st.sampled_from(["in_behandeling", "geagendeerd", "voorstel", "voorstel"]),
        proposer=st.sampled_from(["consulent", "consulent_2", "teamleider", "omo"]),
        cost=COSTS,
        within_frameworks=st.booleans(),
        consulted=st.booleans(),
    )
    def starting_point(
        self, start: str, proposer: str, cost: Decimal, within_frameworks: bool, consulted: bool
    ) -> None:
        """Where the case stands when the people start: still in behandeling, on the agenda,
        or with a proposal on the table — perhaps with the portefeuillehouder's view already
        given — so that most sequences get to the decision."""
        if start == "in_behandeling":
            return
        services.put_on_agenda(self.users["consulent"], self.fresh_case(), "Wat is nodig?")
        if start != "voorstel":
            return
        proposal = self._propose(
            proposer, cost=cost, within_frameworks=within_frameworks, deviates=False, explained=True
        )
        if consulted and proposer != "omo":
            consultation = services.put_before_portefeuillehouder(
                self.users["omo"], proposal, self.users["wethouder"], "Steunt u dit?"
            )
            services.record_portfolio_view(self.users["wethouder"], consultation, "Ja.")

    # -- helpers ----------------------------------------------------------------------------

    def fresh_case(self) -> Case:
        return Case.objects.select_related("household__team").get(pk=self.case.pk)

    def attempt(self, call, *args, **kwargs):
        try:
            return call(*args, **kwargs)
        except REFUSALS:
            return None

    def user(self, name: str, proposal: Proposal | None = None):
        if name != MANDATED:
            return self.users[name]
        proposal = proposal or _pick(self.proposals(), -1)
        if proposal is None:
            return self.users["consulent"]
        mandate = RouteSettings.objects.get(municipality=self.municipality)
        role = decider_role(mandate, proposal.mandate_level)
        holders = [user for user in self.users.values() if user.role == role]
        return holders[proposal.pk % len(holders)]

    def has(self, model, lookup: str) -> bool:
        """Rules about agenda items, proposals or decisions wait until there is one."""
        return model.objects.filter(**{lookup: self.case}).exists()

    def proposals(self) -> list[Proposal]:
        return list(Proposal.objects.filter(case=self.case).order_by("pk"))

    # -- what people do ---------------------------------------------------------------------
    # Each rule takes who acts and one dictionary of how: Hypothesis favours rules with fewer
    # arguments, and the decision should not be the rarest step.

    @rule(actor=actors("consulent"), how=st.fixed_dictionaries({"question": TEXT}))
    def put_on_agenda(self, actor: str, how: dict) -> None:
        self.attempt(services.put_on_agenda, self.user(actor), self.fresh_case(), how["question"])

    @precondition(lambda self: self.has(AgendaItem, "case"))
    @rule(
        actor=actors("omo"),
        how=st.fixed_dictionaries(
            {
                "outcome": st.sampled_from([*Outcome.values, "onzin"]),
                "notes": TEXT,
                "with_task": MOSTLY,
                "index": st.integers(0, 3),
            }
        ),
    )
    def record_outcome(self, actor: str, how: dict) -> None:
        items = list(AgendaItem.objects.filter(case=self.case).order_by("-pk"))
        item = _pick(items, how["index"])
        tasks = []
        if how["with_task"]:
            due = item.consultation.date + datetime.timedelta(days=3)
            tasks = [services.NewTask("Vraag de corporatie", self.users["consulent"], due)]
        self.attempt(
            services.record_outcome, self.user(actor), item, how["outcome"], how["notes"], tasks
        )

    @rule(
        actor=actors("consulent"),
        how=st.fixed_dictionaries(
            {
                "cost": COSTS,
                "within_frameworks": st.booleans(),
                "deviates": st.booleans(),
                "explained": MOSTLY,
            }
        ),
    )
    def submit_proposal(self, actor: str, how: dict) -> None:
        self.attempt(self._propose, actor, **how)

    def _propose(
        self, actor: str, *, cost: Decimal, within_frameworks: bool, deviates: bool, explained: bool
    ) -> Proposal:
        deviation = {}
        if deviates:
            deviation = {
                "deviation_rule": "Beleidsregel bijzondere bijstand art. 4" if explained else "",
                "deviation_ground": "hardheidsclausule",
                "deviation_power_holder": "het college",
                "deviation_motivation": "De regel pakt hier onredelijk uit.",
            }
        return services.submit_proposal(
            self.user(actor),
            self.fresh_case(),
            solution="Een oplossing op maat.",
            cost_estimate=cost,
            within_frameworks=within_frameworks,
            rendement_score=3,
            rendement_motivation="Doelmatig.",
            legitimiteit_score=4,
            legitimiteit_motivation="Uit te leggen.",
            betrokkenheid_score=5,
            betrokkenheid_motivation="Het huishouden wil dit.",
            deviates=deviates,
            **deviation,
        )

    @precondition(lambda self: self.has(Proposal, "case"))
    @rule(
        actor=actors("omo"),
        how=st.fixed_dictionaries(
            {
                "recommendation": st.sampled_from(Recommendation.values),
                "text": TEXT,
                "index": st.integers(0, 3),
            }
        ),
    )
    def give_advice(self, actor: str, how: dict) -> None:
        proposal = _pick(self.proposals(), how["index"])
        self.attempt(
            services.give_advice, self.user(actor), proposal, how["recommendation"], how["text"]
        )

    @precondition(lambda self: self.has(Proposal, "case"))
    @rule(
        actor=actors("omo"),
        how=st.fixed_dictionaries(
            {"before": actors("wethouder"), "question": TEXT, "index": st.integers(0, 3)}
        ),
    )
    def put_before_portefeuillehouder(self, actor: str, how: dict) -> None:
        proposal = _pick(list(reversed(self.proposals())), how["index"])
        self.attempt(
            services.put_before_portefeuillehouder,
            self.user(actor),
            proposal,
            self.user(how["before"]),
            how["question"],
        )

    @precondition(lambda self: self.has(PortfolioConsultation, "proposal__case"))
    @rule(
        actor=actors("wethouder"),
        how=st.fixed_dictionaries({"view": TEXT, "index": st.integers(0, 3)}),
    )
    def record_view(self, actor: str, how: dict) -> None:
        consultations = list(
            PortfolioConsultation.objects.filter(proposal__case=self.case).order_by("-pk")
        )
        consultation = _pick(consultations, how["index"])
        self.attempt(services.record_portfolio_view, self.user(actor), consultation, how["view"])

    @precondition(lambda self: self.has(Proposal, "case"))
    @rule(
        actor=actors(MANDATED),
        how=st.fixed_dictionaries(
            {
                "outcome": OUTCOMES,
                "motivation": TEXT,
                "conditions": TEXT,
                "college_date": COLLEGE_DATES,
                "with_reference": MOSTLY,
                "index": st.integers(0, 3),
            }
        ),
    )
    def decide(self, actor: str, how: dict) -> None:
        proposal = _pick(list(reversed(self.proposals())), how["index"])
        self.attempt(
            services.decide,
            self.user(actor, proposal),
            proposal,
            outcome=how["outcome"],
            motivation=how["motivation"],
            conditions=how["conditions"],
            college_date=_date(how["college_date"]),
            college_reference="B&W 2026/0042" if how["with_reference"] else "",
        )

    @precondition(lambda self: self.has(Proposal, "case"))
    @rule(
        how=st.fixed_dictionaries(
            {"outcome": st.sampled_from(sorted(APPROVING)), "index": st.integers(0, 3)}
        )
    )
    def approve_as_mandated(self, how: dict) -> None:
        """Whoever holds the mandate for the proposal approves it, with everything filled in
        well — refused still when that is the proposer, their colleague in the same seat, or
        before the portefeuillehouder's view."""
        proposal = _pick(list(reversed(self.proposals())), how["index"])
        self.attempt(
            services.decide,
            self.user(MANDATED, proposal),
            proposal,
            outcome=how["outcome"],
            motivation="Doelmatig en uit te leggen.",
            conditions="Elke maand een gesprek.",
            college_date=timezone.localdate(),
            college_reference="B&W 2026/0044",
        )

    @precondition(lambda self: self.has(Decision, "proposal__case"))
    @rule(
        actor=actors(MANDATED),
        how=st.fixed_dictionaries(
            {
                "outcome": OUTCOMES,
                "reason": TEXT,
                "motivation": TEXT,
                "college_date": COLLEGE_DATES,
                "index": st.integers(0, 5),
            }
        ),
    )
    def supersede(self, actor: str, how: dict) -> None:
        decisions = list(Decision.objects.filter(proposal__case=self.case).order_by("-pk"))
        decision = _pick(decisions, how["index"])
        self.attempt(
            services.supersede_decision,
            self.user(actor, decision.proposal),
            decision,
            reason=how["reason"],
            outcome=how["outcome"],
            motivation=how["motivation"],
            conditions="Elke maand een gesprek.",
            college_date=_date(how["college_date"]),
            college_reference="B&W 2026/0043",
        )

    @rule(
        actor=actors("consulent"),
        how=st.fixed_dictionaries({"phase": st.sampled_from(Phase.values), "reason": TEXT}),
    )
    def move_by_hand(self, actor: str, how: dict) -> None:
        self.attempt(
            services.move_by_hand, self.user(actor), self.fresh_case(), how["phase"], how["reason"]
        )

    # -- what must always hold --------------------------------------------------------------

    @invariant()
    def uitvoering_only_on_an_entitled_approving_decision(self) -> None:
        case = self.fresh_case()
        if services.phase_of(case) != Phase.UITVOERING:
            return
        RouteMachine.reached_uitvoering += 1
        in_force = (
            Decision.objects.filter(proposal__case=case, superseded_by__isnull=True)
            .exclude(outcome=DecisionOutcome.AANGEHOUDEN)
            .select_related("proposal__proposed_by", "decided_by")
            .order_by("-decided_at", "-pk")
            .first()
        )
        assert in_force is not None, "uitvoering zonder besluit"
        assert in_force.outcome in APPROVING, f"uitvoering na {in_force.outcome}"
        proposal, decider = in_force.proposal, in_force.decided_by
        proposer = proposal.proposed_by
        mandate = RouteSettings.objects.get(municipality=self.municipality)
        assert in_force.level == proposal.mandate_level
        assert decider.role == decider_role(mandate, proposal.mandate_level)
        assert decider.pk != proposer.pk
        assert not (decider.role == proposer.role and decider.team_id == proposer.team_id), (
            "besloten door een collega op dezelfde stoel"
        )
        if proposal.mandate_level == MandateLevel.COLLEGE:
            assert in_force.college_date is not None and in_force.college_reference
            assert in_force.college_date <= timezone.localtime(in_force.decided_at).date()
            assert in_force.college_date >= timezone.localtime(proposal.proposed_at).date()
        if proposal.mandate_level == MandateLevel.BUITEN_KADERS:
            assert PortfolioConsultation.objects.filter(
                proposal=proposal, answered_at__lte=in_force.decided_at
            ).exists(), "buiten de kaders besloten zonder zienswijze van de portefeuillehouder"

    @invariant()
    def at_most_one_first_decision_per_proposal(self) -> None:
        for proposal in self.proposals():
            first = proposal.decisions.filter(supersedes__isnull=True).exclude(
                outcome=DecisionOutcome.AANGEHOUDEN
            )
            assert first.count() <= 1

    @invariant()
    def decisions_are_never_changed(self) -> None:
        current = {
            row["id"]: row for row in Decision.objects.filter(proposal__case=self.case).values()
        }
        for pk, row in self.decisions.items():
            assert current.get(pk) == row, f"besluit {pk} gewijzigd of verdwenen"
        for pk, row in current.items():
            self.decisions.setdefault(pk, row)


def test_no_sequence_of_actions_reaches_uitvoering_without_an_entitled_approval(db):
    RouteMachine.reached_uitvoering = 0
    run_state_machine_as_test(RouteMachine, settings=MACHINE_SETTINGS)
    assert RouteMachine.reached_uitvoering > 0, "geen enkele reeks bereikte uitvoering"
