"""The route's entries in the authorization table (collected by `accounts.policy`): its
screens, its documents and its API resources. Who may *decide* a proposal is not a matter of
the URL but of the mandate (`route.mandate`); these entries say who may reach a screen at all."""

from maatwerk.accounts.policy import ANONYMISED_READERS, CASE_WORKERS, OMO, READERS, Rule
from maatwerk.accounts.roles import Role, Scope

from .models import CANVAS_FIELD_NAMES

# Who is consulted on proposals outside the frameworks, on a screen of their own.
PORTEFEUILLEHOUDERS = {Role.PORTEFEUILLEHOUDER: Scope.NONE}


def _records(name: str, read: Rule, create: Rule | None = None) -> dict[str, dict[str, Rule]]:
    """A route resource read (list, detail) and, when `create` is given, added to. No PUT,
    PATCH or DELETE: a route record is never changed; a later act is a new record."""
    listing = {"GET": read} | ({"POST": create} if create is not None else {})
    return {f"api:{name}-list": listing, f"api:{name}-detail": {"GET": read}}


ENTRIES: dict[str, dict[str, Rule]] = {
    # --- Screens on a case: canvas, agenda, proposal, advice, decision, route moves.
    "route:put_on_agenda": {"POST": CASE_WORKERS},
    "route:move": {"POST": CASE_WORKERS},
    "route:canvas": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:canvas_compare": {"GET": CASE_WORKERS},
    "route:proposal_new": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:advice": {"POST": OMO},
    "route:consult": {"POST": OMO},
    # Who may decide is the mandate's (route.mandate), checked by the service.
    "route:decide": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:supersede": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:task_done": {"POST": CASE_WORKERS},
    # --- After the decision: escalation (the answer at a step is the step holder's, checked
    # by the service), overlegtafel, national escalation (OMO-functionaris or teamleider,
    # checked by the service), time-out, plan, monitoring, evaluation.
    "route:escalate": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:step_answer": {"POST": CASE_WORKERS},
    "route:authority": {"POST": OMO},
    "route:round_table": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:round_table_outcome": {"POST": CASE_WORKERS},
    "route:national": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:national_answer": {"POST": CASE_WORKERS},
    "route:national_json": {"GET": CASE_WORKERS},
    "route:national_pdf": {"GET": CASE_WORKERS},
    "route:time_out": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:time_out_end": {"POST": CASE_WORKERS},
    "route:plan": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:goal_add": {"POST": CASE_WORKERS},
    "route:goal_status": {"POST": CASE_WORKERS},
    "route:carry_out": {"POST": CASE_WORKERS},
    # The plan printed for the household.
    "route:plan_pdf": {"GET": CASE_WORKERS},
    "route:monitoring": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:evaluate": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    # Terms due and overdue in the cases the user answers for.
    "route:deadlines": {"GET": CASE_WORKERS},
    # --- The consultation and the work lists: agenda, outcomes, proposals awaiting a
    # decision, the portefeuillehouder's proposals.
    "route:agenda": {"GET": CASE_WORKERS},
    # Only the OMO-functionaris records what the consultation agreed.
    "route:agenda_outcome": {"GET": OMO, "POST": OMO},
    "route:awaiting": {"GET": CASE_WORKERS},
    # The portefeuillehouder sees no case file: only the proposals put before them.
    "route:portfolio": {"GET": PORTEFEUILLEHOUDERS},
    "route:portfolio_view": {"POST": PORTEFEUILLEHOUDERS},
    # --- Documents: agenda and minutes, decision letter (PDF).
    "route:agenda_pdf": {"GET": CASE_WORKERS},
    "route:minutes_pdf": {"GET": CASE_WORKERS},
    # Making the letter (the first download) is a change to the case file.
    "route:letter_pdf": {"GET": CASE_WORKERS},
    # --- API v1.
    # Where a case stands; moves by hand (the routetabel says which role makes which move).
    **_records("routes", READERS),
    "api:routes-move": {"POST": CASE_WORKERS},
    # Agenda and canvas are free text about the household: case workers only.
    **_records("agenda-items", CASE_WORKERS, CASE_WORKERS),
    "api:agenda-items-outcome": {"POST": OMO},
    **_records("canvas-versions", CASE_WORKERS, CASE_WORKERS),
    # Proposals and decisions: anonymised readers see amounts, levels and outcomes (see
    # FIELD_ALLOWLIST). Advice and consultation are the OMO-functionaris's; who may decide is
    # the mandate's question (route.mandate), answered with a 403 and its reason.
    **_records("proposals", READERS, CASE_WORKERS),
    "api:proposals-advice": {"POST": OMO},
    "api:proposals-consult": {"POST": OMO},
    "api:proposals-decide": {"POST": CASE_WORKERS},
    **_records("decisions", READERS),
    "api:decisions-supersede": {"POST": CASE_WORKERS},
    # After the decision: free text about the household, for case workers only. Who may
    # answer a step, escalate nationally or close is the service's question (403 with why).
    **_records("escalation-ladders", CASE_WORKERS),
    **_records("escalations", CASE_WORKERS, CASE_WORKERS),
    "api:escalations-answer": {"POST": CASE_WORKERS},
    "api:escalations-authority": {"POST": OMO},
    **_records("round-tables", CASE_WORKERS, CASE_WORKERS),
    "api:round-tables-outcome": {"POST": CASE_WORKERS},
    **_records("national-escalations", CASE_WORKERS, CASE_WORKERS),
    "api:national-escalations-answer": {"POST": CASE_WORKERS},
    **_records("time-outs", CASE_WORKERS, CASE_WORKERS),
    "api:time-outs-end": {"POST": CASE_WORKERS},
    **_records("plans", CASE_WORKERS, CASE_WORKERS),
    "api:plans-goals": {"POST": CASE_WORKERS},
    "api:plans-goal-status": {"POST": CASE_WORKERS},
    "api:plans-carry-out": {"POST": CASE_WORKERS},
    **_records("monitoring-moments", CASE_WORKERS),
    "api:monitoring-moments-answer": {"POST": CASE_WORKERS},
    **_records("evaluations", CASE_WORKERS, CASE_WORKERS),
    "api:deadlines": {"GET": CASE_WORKERS},
}

_ROUTE = frozenset({"case", "phase", "escalated", "moves"})
_TASKS_AND_ITEMS = frozenset(
    "id case consultation question added_by added_at outcome outcome_notes outcome_by "
    "outcome_at tasks".split()
)
_CANVAS = frozenset(
    {"id", "case", "number", *CANVAS_FIELD_NAMES, "blockages", "created_by", "created_at"}
)
_PROPOSAL_ANONYMISED = frozenset(
    "id case cost_estimate within_frameworks fund_requested fund_amount fund "
    "regular_budget_reason rendement_score "
    "legitimiteit_score betrokkenheid_score deviates deviation_ground mandate_level "
    "proposed_at".split()
)
_PROPOSAL = _PROPOSAL_ANONYMISED | frozenset(
    "solution rendement_motivation legitimiteit_motivation betrokkenheid_motivation "
    "deviation_rule deviation_power_holder deviation_motivation canvas_version proposed_by "
    "advices portfolio_consultations decisions".split()
)
_DECISION_ANONYMISED = frozenset(
    "id proposal case outcome level awb_besluit college_date supersedes commitment "
    "decided_at".split()
)
_DECISION = _DECISION_ANONYMISED | frozenset(
    "motivation conditions college_reference superseded_by supersede_reason decided_by".split()
)


def _aftercare_fields() -> dict[str, frozenset[str]]:
    from .api.serializers import aftercare as s

    return {
        "escalation-ladders": frozenset(s.LADDER_FIELDS),
        "escalations": frozenset(s.ESCALATION_FIELDS),
        "round-tables": frozenset(s.ROUND_TABLE_FIELDS),
        "national-escalations": frozenset(s.NATIONAL_FIELDS),
        "time-outs": frozenset(s.TIME_OUT_FIELDS),
        "plans": frozenset(s.PLAN_FIELDS),
        "monitoring-moments": frozenset(s.MOMENT_FIELDS),
        "evaluations": frozenset(s.EVALUATION_FIELDS),
    }


FIELD_ALLOWLIST: dict[str, dict[str, frozenset[str]]] = {
    "routes": dict.fromkeys(READERS, _ROUTE),
    "agenda-items": dict.fromkeys(CASE_WORKERS, _TASKS_AND_ITEMS),
    "canvas-versions": dict.fromkeys(CASE_WORKERS, _CANVAS),
    "proposals": dict.fromkeys(CASE_WORKERS, _PROPOSAL)
    | dict.fromkeys(ANONYMISED_READERS, _PROPOSAL_ANONYMISED),
    "decisions": dict.fromkeys(CASE_WORKERS, _DECISION)
    | dict.fromkeys(ANONYMISED_READERS, _DECISION_ANONYMISED),
    **{
        resource: dict.fromkeys(CASE_WORKERS, fields)
        for resource, fields in _aftercare_fields().items()
    },
}
