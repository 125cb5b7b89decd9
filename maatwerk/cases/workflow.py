"""The case workflow as one table: which status may follow which, who may make the move, and
which guards must let it pass. Every move goes through `services.transition_case`, which
checks this table.

Guards are named in the table and declared by the app that owns them (a dict of name →
function named `workflow_guards` on its AppConfig), so an app above this one — the route, with
"no uitvoering without an approving decision" — can guard a move without this app importing
it, and the table still shows every condition."""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils.translation import gettext_lazy as _

from maatwerk.accounts.roles import CASE_WORKER_ROLES
from maatwerk.core.declarations import declared_by_app


class CaseStatus(models.TextChoices):
    AANGEMELD = "aangemeld", _("Aangemeld")
    IN_BEHANDELING = "in_behandeling", _("In behandeling")
    AFGESLOTEN = "afgesloten", _("Afgesloten")
    HEROPEND = "heropend", _("Heropend")


@dataclass(frozen=True)
class Transition:
    source: CaseStatus
    target: CaseStatus
    label: str
    roles: frozenset[str] = CASE_WORKER_ROLES
    guards: tuple[str, ...] = ()


_ELIGIBLE = ("cases.eligible_or_explained",)

TRANSITIONS: tuple[Transition, ...] = (
    Transition(
        CaseStatus.AANGEMELD, CaseStatus.IN_BEHANDELING, _("In behandeling nemen"), guards=_ELIGIBLE
    ),
    Transition(CaseStatus.AANGEMELD, CaseStatus.AFGESLOTEN, _("Afsluiten zonder behandeling")),
    Transition(CaseStatus.IN_BEHANDELING, CaseStatus.AFGESLOTEN, _("Afsluiten")),
    Transition(CaseStatus.AFGESLOTEN, CaseStatus.HEROPEND, _("Heropenen")),
    Transition(
        CaseStatus.HEROPEND,
        CaseStatus.IN_BEHANDELING,
        _("Weer in behandeling nemen"),
        guards=_ELIGIBLE,
    ),
    Transition(CaseStatus.HEROPEND, CaseStatus.AFGESLOTEN, _("Opnieuw afsluiten")),
)


def find_transition(source: str, target: str) -> Transition | None:
    for transition in TRANSITIONS:
        if transition.source == source and transition.target == target:
            return transition
    return None


def transitions_from(source: str, role: str) -> list[Transition]:
    return [t for t in TRANSITIONS if t.source == source and role in t.roles]


def declared_guards() -> dict:
    guards: dict = {}
    for label, declared in declared_by_app("workflow_guards"):
        for name, function in declared.items():
            if name in guards:
                raise ImproperlyConfigured(f"{label}: guard {name} bestaat al.")
            guards[name] = function
    return guards


def failed_guard(transition: Transition, case, user) -> str | None:
    """The first guard on this move that refuses it (its reason), or None."""
    guards = declared_guards()
    for name in transition.guards:
        if name not in guards:
            raise ImproperlyConfigured(f"Guard {name!r} is door geen app gedeclareerd.")
        refusal = guards[name](case, user)
        if refusal:
            return refusal
    return None
