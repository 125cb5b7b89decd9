"""The maatwerk route as one table: its phases, which phase may follow which, who may make
the move and how it is made. Every move goes through `services.move_route`, which checks it.

A move is made either by hand (a button with a reason) or as the consequence of a route act:
putting a case on the agenda, the consultation's outcome, a decision, the plan carried out, the
evaluation. `by` names that act, so the table shows that *uitvoering* is reached only through
an approving decision, *monitoring* only when the plan's solution is carried out, and
*afgesloten* only with the evaluation after the last monitoring moment.

The first two phases follow the case file's own status (`cases.workflow`): a case enters the
route when it is in behandeling, and a case file that is closed has left it."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from maatwerk.accounts.roles import CASE_WORKER_ROLES, Role


class Phase(models.TextChoices):
    AANGEMELD = "aangemeld", _("Aangemeld")
    IN_BEHANDELING = "in_behandeling", _("In behandeling")
    GEAGENDEERD = "geagendeerd", _("Geagendeerd")
    BESLUITVORMING = "besluitvorming", _("Besluitvorming")
    AFGEWEZEN = "afgewezen", _("Afgewezen")
    UITVOERING = "uitvoering", _("Uitvoering")
    MONITORING = "monitoring", _("Monitoring")
    AFGESLOTEN = "afgesloten", _("Afgesloten")


class By(models.TextChoices):
    """How a move is made."""

    HAND = "hand", _("met de hand, met reden")
    AGENDA = "agenda", _("agenderen voor het casusoverleg")
    OUTCOME = "outcome", _("uitkomst van het casusoverleg")
    PROPOSAL = "proposal", _("voorstel indienen")
    DECISION = "decision", _("besluit")
    PLAN = "plan", _("oplossing uitgevoerd volgens het plan")
    EVALUATION = "evaluation", _("evaluatie na het laatste monitoringsmoment")


@dataclass(frozen=True)
class RouteMove:
    source: Phase
    target: Phase
    label: str
    by: By
    roles: frozenset[str] = CASE_WORKER_ROLES


_OMO = frozenset({Role.OMO_FUNCTIONARIS})

MOVES: tuple[RouteMove, ...] = (
    RouteMove(Phase.IN_BEHANDELING, Phase.GEAGENDEERD, _("Agenderen"), By.AGENDA),
    RouteMove(Phase.AFGEWEZEN, Phase.GEAGENDEERD, _("Opnieuw agenderen"), By.AGENDA),
    # The consultation: decide now (a proposal follows), or back to the regular route.
    RouteMove(Phase.GEAGENDEERD, Phase.BESLUITVORMING, _("Besluit nu"), By.OUTCOME, _OMO),
    RouteMove(
        Phase.GEAGENDEERD, Phase.IN_BEHANDELING, _("Terug naar reguliere route"), By.OUTCOME, _OMO
    ),
    # A proposal may also be made without waiting for the consultation's outcome; it still
    # needs a decision by mandate.
    RouteMove(Phase.GEAGENDEERD, Phase.BESLUITVORMING, _("Voorstel indienen"), By.PROPOSAL),
    RouteMove(Phase.BESLUITVORMING, Phase.UITVOERING, _("Akkoord"), By.DECISION),
    RouteMove(Phase.BESLUITVORMING, Phase.AFGEWEZEN, _("Afgewezen"), By.DECISION),
    # A taken decision replaced by a new one (after bezwaar, or withdrawn).
    RouteMove(Phase.AFGEWEZEN, Phase.UITVOERING, _("Akkoord na herziening"), By.DECISION),
    RouteMove(Phase.UITVOERING, Phase.AFGEWEZEN, _("Afgewezen na herziening"), By.DECISION),
    RouteMove(Phase.UITVOERING, Phase.BESLUITVORMING, _("Besluit ingetrokken"), By.DECISION),
    RouteMove(Phase.AFGEWEZEN, Phase.BESLUITVORMING, _("Besluit ingetrokken"), By.DECISION),
    # After the decision: monitoring starts when the plan's solution is carried out, and the
    # route closes only with the evaluation after the last monitoring moment.
    RouteMove(Phase.UITVOERING, Phase.MONITORING, _("Oplossing uitgevoerd"), By.PLAN),
    RouteMove(Phase.MONITORING, Phase.AFGESLOTEN, _("Geëvalueerd en afgesloten"), By.EVALUATION),
    RouteMove(Phase.AFGEWEZEN, Phase.IN_BEHANDELING, _("Terug naar reguliere route"), By.HAND),
)

# Phases in which the route holds the case: the case file's status no longer tells them.
ROUTE_PHASES = frozenset(
    {
        Phase.GEAGENDEERD,
        Phase.BESLUITVORMING,
        Phase.AFGEWEZEN,
        Phase.UITVOERING,
        Phase.MONITORING,
    }
)


def find_move(source: str, target: str, by: str) -> RouteMove | None:
    for move in MOVES:
        if (move.source, move.target, move.by) == (source, target, by):
            return move
    return None


def moves_by_hand(source: str, role: str) -> list[RouteMove]:
    return [m for m in MOVES if m.source == source and m.by == By.HAND and role in m.roles]
