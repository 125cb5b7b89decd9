"""The route's part when a case file is anonymised or destroyed (named by RouteConfig as
`case_erasure`; `cases.erasure` calls it inside its own transaction, with the case locked).

Anonymising keeps the route's facts — phases and their dates, agenda outcomes, mandate levels,
costs, scores, legal grounds, decision outcomes, College dates and references, who acted — and
empties every text written about the household (the fields `personal_data.py` declares).
Destroying deletes every route record of the case. The decisions and letters are protected
against an accidental delete (`on_delete=PROTECT`), so they go here explicitly, newest first:
a replacing decision always comes after the one it replaces."""

from django.db.models import Model

from .models import (
    CANVAS_FIELD_NAMES,
    Advice,
    AgendaItem,
    CanvasVersion,
    Decision,
    DecisionLetter,
    Escalation,
    EscalationStep,
    Evaluation,
    ExternalEscalation,
    Goal,
    HouseholdCommitment,
    MonitoringMoment,
    PhaseChange,
    Plan,
    PortfolioConsultation,
    Proposal,
    RoundTable,
    Route,
    Task,
    TimeOut,
)

__all__ = ["ERASURE", "RouteErasure"]

# Per model: how its rows are found from a case id, and the free texts emptied on anonymising.
_TEXTS: tuple[tuple[type[Model], str, tuple[str, ...]], ...] = (
    (PhaseChange, "case_id", ("reason",)),
    (AgendaItem, "case_id", ("question", "outcome_notes")),
    (Task, "agenda_item__case_id", ("description",)),
    (CanvasVersion, "case_id", CANVAS_FIELD_NAMES),
    (
        Proposal,
        "case_id",
        (
            "solution",
            "rendement_motivation",
            "legitimiteit_motivation",
            "betrokkenheid_motivation",
            "deviation_rule",
            "deviation_power_holder",
            "deviation_motivation",
            "regular_budget_reason",
        ),
    ),
    (Advice, "proposal__case_id", ("text",)),
    (PortfolioConsultation, "proposal__case_id", ("question", "view")),
    (Decision, "proposal__case_id", ("motivation", "conditions", "supersede_reason")),
    (DecisionLetter, "decision__proposal__case_id", ("text",)),
    (Escalation, "case_id", ("question",)),
    (EscalationStep, "escalation__case_id", ("answer", "answered_by_name")),
    (RoundTable, "case_id", ("parties", "outcome")),
    (ExternalEscalation, "case_id", ("question", "answer")),
    (TimeOut, "case_id", ("subject", "reason", "agreed_with")),
    (Plan, "case_id", ("summary",)),
    (Goal, "plan__case_id", ("description", "owner")),
    (HouseholdCommitment, "plan__case_id", ("description",)),
    (MonitoringMoment, "case_id", ("household_judgement", "notes")),
    (Evaluation, "case_id", ("lessons",)),
)


class RouteErasure:
    def anonymise(self, case_id: int) -> None:
        for model, lookup, fields in _TEXTS:
            model.objects.filter(**{lookup: case_id}).update(**dict.fromkeys(fields, ""))
        # What was sent to a national body named the members (with consent): keep the fact
        # of sending, not the dossier.
        ExternalEscalation.objects.filter(case_id=case_id).update(export={})

    def destroy(self, case_id: int) -> None:
        # The plan points at its decision (protected): it goes first, with goals and
        # commitments; then everything after the decision.
        Plan.objects.filter(case_id=case_id).delete()
        for model in (Evaluation, MonitoringMoment, TimeOut, ExternalEscalation, RoundTable):
            model.objects.filter(case_id=case_id).delete()
        Escalation.objects.filter(case_id=case_id).delete()  # and their steps
        DecisionLetter.objects.filter(decision__proposal__case_id=case_id).delete()
        decisions = Decision.objects.filter(proposal__case_id=case_id).order_by("-pk")
        for pk in list(decisions.values_list("pk", flat=True)):
            Decision.objects.filter(pk=pk).delete()
        # Advice and consultations of the portefeuillehouder go with their proposal; the
        # proposals before the canvas versions they point at.
        Proposal.objects.filter(case_id=case_id).delete()
        CanvasVersion.objects.filter(case_id=case_id).delete()
        AgendaItem.objects.filter(case_id=case_id).delete()  # and their tasks
        PhaseChange.objects.filter(case_id=case_id).delete()
        Route.objects.filter(case_id=case_id).delete()


ERASURE = RouteErasure()
