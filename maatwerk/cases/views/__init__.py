from .dossier import case_detail, case_note, case_transition
from .list import case_list
from .steps import STEPS, case_create, case_step

__all__ = [
    "STEPS",
    "case_create",
    "case_detail",
    "case_list",
    "case_note",
    "case_step",
    "case_transition",
]
