from .canvas import CANVAS_FIELD_NAMES, CANVAS_FIELDS, CanvasVersion
from .config import MANDATE_ROLES, RouteSettings, Weekday
from .consultation import AgendaItem, Consultation, Outcome, Task
from .proposal import (
    APPROVING,
    VALUES,
    Advice,
    Decision,
    DecisionLetter,
    DecisionOutcome,
    LegalGround,
    MandateLevel,
    PortfolioConsultation,
    Proposal,
    Recommendation,
)
from .route import PhaseChange, Route

__all__ = [
    "APPROVING",
    "CANVAS_FIELDS",
    "CANVAS_FIELD_NAMES",
    "MANDATE_ROLES",
    "VALUES",
    "Advice",
    "AgendaItem",
    "CanvasVersion",
    "Consultation",
    "Decision",
    "DecisionLetter",
    "DecisionOutcome",
    "LegalGround",
    "MandateLevel",
    "Outcome",
    "PhaseChange",
    "PortfolioConsultation",
    "Proposal",
    "Recommendation",
    "Route",
    "RouteSettings",
    "Task",
    "Weekday",
]
