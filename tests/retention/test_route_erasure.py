"""The route's records go with their case file: anonymising empties every text the route holds
about the household, destroying deletes the route's rows — the decisions and letters, which are
protected against an accidental delete, included — and a legal hold stops both."""

import datetime
from decimal import Decimal

import pytest

from maatwerk.cases.workflow import CaseStatus
from maatwerk.retention.services import LegalHold, anonymise_case, destroy_case
from maatwerk.route import services
from maatwerk.route.models import (
    CANVAS_FIELD_NAMES,
    Advice,
    AgendaItem,
    CanvasVersion,
    Decision,
    DecisionLetter,
    DomainResult,
    Escalation,
    EscalationStep,
    Evaluation,
    ExternalEscalation,
    Goal,
    HouseholdCommitment,
    MonitoringMoment,
    Outcome,
    PhaseChange,
    Plan,
    PortfolioConsultation,
    Proposal,
    RoundTable,
    Route,
    Task,
    TimeOut,
)
from maatwerk.route.workflow import Phase

from ..factories import BlockageFactory, CaseFactory, HouseholdFactory, MemberFactory
from ..route.aftercare_walk import walk_after_the_decision
from .test_anonymise import database_text

pytestmark = pytest.mark.django_db

ROUTE_MODELS = (
    Route,
    PhaseChange,
    AgendaItem,
    Task,
    CanvasVersion,
    Proposal,
    Advice,
    PortfolioConsultation,
    Decision,
    DecisionLetter,
    Escalation,
    EscalationStep,
    RoundTable,
    ExternalEscalation,
    TimeOut,
    Plan,
    Goal,
    HouseholdCommitment,
    MonitoringMoment,
    DomainResult,
    Evaluation,
)


def _case_rows(model, case_id: int):
    lookup = {
        Task: "agenda_item__case_id",
        Advice: "proposal__case_id",
        PortfolioConsultation: "proposal__case_id",
        Decision: "proposal__case_id",
        DecisionLetter: "decision__proposal__case_id",
        EscalationStep: "escalation__case_id",
        Goal: "plan__case_id",
        HouseholdCommitment: "plan__case_id",
        DomainResult: "moment__case_id",
    }.get(model, "case_id")
    return model.objects.filter(**{lookup: case_id})


def route_rows(case_id: int) -> dict[str, list[dict]]:
    return {
        model._meta.label: list(_case_rows(model, case_id).order_by("pk").values())
        for model in ROUTE_MODELS
    }


def walk_the_route(case, *, consulent, omo, wethouder, tag: str = "Kanarie") -> list[str]:
    """Take `case` along the whole route, writing a recognisable text (starting with `tag`)
    into every free-text field the route has, and close it. Returns those texts."""
    canvas = {name: f"{tag}canvas-{name}" for name in CANVAS_FIELD_NAMES}
    services.save_canvas(
        consulent, case, canvas, blockage_ids=list(case.blockages.values_list("pk", flat=True))
    )
    item = services.put_on_agenda(consulent, case, f"{tag}vraag")
    services.record_outcome(
        omo,
        item,
        Outcome.BEZINNING,
        notes=f"{tag}uitkomst",
        tasks=[
            services.NewTask(
                f"{tag}taak", consulent, item.consultation.date + datetime.timedelta(days=3)
            )
        ],
    )
    proposal = services.submit_proposal(
        consulent,
        case,
        solution=f"{tag}oplossing",
        cost_estimate=Decimal("3080.00"),
        within_frameworks=False,
        rendement_score=4,
        rendement_motivation=f"{tag}rendement",
        legitimiteit_score=3,
        legitimiteit_motivation=f"{tag}legitimiteit",
        betrokkenheid_score=5,
        betrokkenheid_motivation=f"{tag}betrokkenheid",
        deviates=True,
        deviation_rule=f"{tag}regel",
        deviation_ground="hardheidsclausule",
        deviation_power_holder=f"{tag}bevoegde",
        deviation_motivation=f"{tag}afwijking",
    )
    services.give_advice(omo, proposal, "akkoord", f"{tag}advies")
    consultation = services.put_before_portefeuillehouder(
        omo, proposal, wethouder, f"{tag}portefeuillevraag"
    )
    services.record_portfolio_view(wethouder, consultation, f"{tag}zienswijze")
    first = services.decide(
        omo,
        proposal,
        outcome="akkoord_met_voorwaarden",
        motivation=f"{tag}motivering",
        conditions=f"{tag}voorwaarden",
        awb_besluit=True,
    )
    second = services.supersede_decision(
        omo,
        first,
        reason=f"{tag}vervangreden",
        outcome="akkoord",
        motivation=f"{tag}herziening",
    )
    services.issue_letter(consulent, second)
    after = walk_after_the_decision(case, consulent=consulent, omo=omo, tag=tag)
    case.refresh_from_db()
    assert case.status == CaseStatus.AFGESLOTEN
    return [
        *canvas.values(),
        f"{tag}vraag",
        f"{tag}uitkomst",
        f"{tag}taak",
        f"{tag}oplossing",
        f"{tag}rendement",
        f"{tag}legitimiteit",
        f"{tag}betrokkenheid",
        f"{tag}regel",
        f"{tag}bevoegde",
        f"{tag}afwijking",
        f"{tag}advies",
        f"{tag}portefeuillevraag",
        f"{tag}zienswijze",
        f"{tag}motivering",
        f"{tag}voorwaarden",
        f"{tag}vervangreden",
        f"{tag}herziening",
        *after,
        f"{tag}bewoner",  # the letter's greeting
    ]


@pytest.fixture
def route_case_factory(team_noord, consulent, omo, wethouder):
    def make(tag: str = "Kanarie"):
        household = HouseholdFactory(team=team_noord)
        MemberFactory(household=household, first_name=f"{tag}bewoner", bsn="")
        case = CaseFactory(
            household=household,
            regisseur=consulent,
            status=CaseStatus.IN_BEHANDELING,
            eligible=True,
        )
        BlockageFactory(case=case)
        texts = walk_the_route(case, consulent=consulent, omo=omo, wethouder=wethouder, tag=tag)
        return case, texts

    return make


def test_anonymising_leaves_no_route_text_about_the_household(route_case_factory):
    case, texts = route_case_factory()
    before = database_text()
    assert [text for text in texts if text not in before] == []

    anonymise_case(case)

    after = database_text()
    assert [text for text in texts if text in after] == []


def test_anonymising_keeps_the_route_facts(route_case_factory):
    case, _texts = route_case_factory()
    outcomes = list(Decision.objects.filter(proposal__case=case).values_list("outcome", "level"))
    phases = list(PhaseChange.objects.filter(case=case).values_list("source", "target"))

    anonymise_case(case)

    proposal = Proposal.objects.get(case=case)
    assert (proposal.cost_estimate, proposal.mandate_level) == (Decimal("3080.00"), "buiten_kaders")
    assert (proposal.deviation_ground, proposal.scores()) == (
        "hardheidsclausule",
        {"rendement": 4, "legitimiteit": 3, "betrokkenheid": 5},
    )
    assert (
        list(Decision.objects.filter(proposal__case=case).values_list("outcome", "level"))
        == outcomes
    )
    assert list(PhaseChange.objects.filter(case=case).values_list("source", "target")) == phases
    assert Route.objects.get(case=case).phase == Phase.AFGESLOTEN
    assert AgendaItem.objects.filter(case=case, outcome=Outcome.BEZINNING).count() == 1
    assert CanvasVersion.objects.get(case=case).blockages.count() == 1


def test_destroying_deletes_every_route_record_of_the_case_and_no_other(route_case_factory):
    case, _texts = route_case_factory("Kanarie")
    other, other_texts = route_case_factory("Ander")
    others_before = route_rows(other.pk)
    assert all(others_before.values())

    destroy_case(case)

    assert {label: rows for label, rows in route_rows(case.pk).items() if rows} == {}
    assert route_rows(other.pk) == others_before
    assert all(text in database_text() for text in other_texts[:-1])  # its member stays too


def test_a_case_under_legal_hold_keeps_its_route(route_case_factory):
    case, _texts = route_case_factory()
    type(case).objects.filter(pk=case.pk).update(
        legal_hold=True, legal_hold_reason="Bezwaarprocedure loopt"
    )
    before = route_rows(case.pk)

    with pytest.raises(LegalHold):
        anonymise_case(case)
    with pytest.raises(LegalHold):
        destroy_case(case)

    assert route_rows(case.pk) == before


def test_an_erasure_that_fails_halfway_rolls_the_whole_case_back(route_case_factory, monkeypatch):
    """The route's part runs inside the case file's transaction: a failure leaves both."""
    from maatwerk.route import erasure

    case, _texts = route_case_factory()
    before = route_rows(case.pk)
    destroy_route = erasure.ERASURE.destroy

    def destroy_then_fail(case_id: int) -> None:
        destroy_route(case_id)
        raise RuntimeError("schijf vol")

    monkeypatch.setattr(erasure.ERASURE, "destroy", destroy_then_fail)
    with pytest.raises(RuntimeError):
        destroy_case(case)

    assert route_rows(case.pk) == before
    assert type(case).objects.filter(pk=case.pk).exists()
