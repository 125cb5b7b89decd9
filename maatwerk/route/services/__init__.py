"""What screens, API views and commands may do on the route. Each function checks permission
and the route table, runs in the case file's unit of work (`cases.editing_case`: the case
locked, one transaction) and writes its line on the case's timeline."""

from .canvas import FieldComparison, compare_versions, latest_canvas, save_canvas
from .consultation import (
    NewTask,
    can_put_on_agenda,
    complete_task,
    consultation_on,
    next_consultation_date,
    put_on_agenda,
    record_outcome,
)
from .decisions import decide, supersede_decision
from .letters import DEFAULT_TEMPLATE, PLACEHOLDERS, check_template, issue_letter, render_letter
from .phases import in_phase, move_by_hand, move_route, moves_for, phase_of
from .proposals import (
    can_propose,
    current_decision,
    give_advice,
    is_open,
    open_proposal,
    put_before_portefeuillehouder,
    record_portfolio_view,
    submit_proposal,
)

__all__ = [
    "DEFAULT_TEMPLATE",
    "PLACEHOLDERS",
    "FieldComparison",
    "NewTask",
    "can_propose",
    "can_put_on_agenda",
    "check_template",
    "compare_versions",
    "complete_task",
    "consultation_on",
    "current_decision",
    "decide",
    "give_advice",
    "in_phase",
    "is_open",
    "issue_letter",
    "latest_canvas",
    "move_by_hand",
    "move_route",
    "moves_for",
    "next_consultation_date",
    "open_proposal",
    "phase_of",
    "put_before_portefeuillehouder",
    "put_on_agenda",
    "record_outcome",
    "record_portfolio_view",
    "render_letter",
    "save_canvas",
    "submit_proposal",
    "supersede_decision",
]
