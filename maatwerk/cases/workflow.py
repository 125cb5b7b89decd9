"""The case workflow as one table: which status may follow which, and who may make the move.
Every move goes through `services.transition_case`, which checks this table."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from maatwerk.accounts.roles import Role


class CaseStatus(models.TextChoices):
    AANGEMELD = "aangemeld", _("Aangemeld")
    IN_BEHANDELING = "in_behandeling", _("In behandeling")
    AFGESLOTEN = "afgesloten", _("Afgesloten")
    HEROPEND = "heropend", _("Heropend")


_CASE_WORKERS = frozenset({Role.CONSULENT, Role.TEAMLEIDER, Role.OMO_FUNCTIONARIS})


@dataclass(frozen=True)
class Transition:
    source: CaseStatus
    target: CaseStatus
    label: str
    roles: frozenset[str] = _CASE_WORKERS


TRANSITIONS: tuple[Transition, ...] = (
    Transition(CaseStatus.AANGEMELD, CaseStatus.IN_BEHANDELING, _("In behandeling nemen")),
    Transition(CaseStatus.AANGEMELD, CaseStatus.AFGESLOTEN, _("Afsluiten zonder behandeling")),
    Transition(CaseStatus.IN_BEHANDELING, CaseStatus.AFGESLOTEN, _("Afsluiten")),
    Transition(CaseStatus.AFGESLOTEN, CaseStatus.HEROPEND, _("Heropenen")),
    Transition(CaseStatus.HEROPEND, CaseStatus.IN_BEHANDELING, _("Weer in behandeling nemen")),
    Transition(CaseStatus.HEROPEND, CaseStatus.AFGESLOTEN, _("Opnieuw afsluiten")),
)


def find_transition(source: str, target: str) -> Transition | None:
    for transition in TRANSITIONS:
        if transition.source == source and transition.target == target:
            return transition
    return None


def transitions_from(source: str, role: str) -> list[Transition]:
    return [t for t in TRANSITIONS if t.source == source and role in t.roles]
