"""Route records for the benchmark's synthetic cases: the cases in behandeling spread over the
route's phases, a weekly consultation for the past two years with a realistic agenda each, and
open proposals at every mandate level. Bulk inserts, like the synthetic cases themselves: they
describe nobody."""

import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from maatwerk.accounts.models import User
from maatwerk.accounts.roles import Role
from maatwerk.cases.models import Case
from maatwerk.route.models import (
    AgendaItem,
    Consultation,
    Decision,
    MandateLevel,
    Outcome,
    Proposal,
    Route,
)
from maatwerk.route.services import next_consultation_date
from maatwerk.route.workflow import Phase

# Of the cases in behandeling: the share that is on the route, per phase.
PHASE_WEIGHTS = [
    (None, 40),
    (Phase.GEAGENDEERD, 10),
    (Phase.BESLUITVORMING, 15),
    (Phase.AFGEWEZEN, 5),
    (Phase.UITVOERING, 20),
    (Phase.MONITORING, 10),
]
LEVEL_WEIGHTS = [
    (MandateLevel.BINNEN_KADERS, 6),
    (MandateLevel.BUITEN_KADERS, 3),
    (MandateLevel.COLLEGE, 1),
]
# The upcoming consultation holds this many cases; the rest of the geagendeerde cases are
# spread over the earlier weeks (a case waits on the agenda of the week it was put on).
UPCOMING_AGENDA = 30
WEEKS = 104


def _proposal(case, level, proposer, now) -> Proposal:
    cost = {
        MandateLevel.BINNEN_KADERS: Decimal("3080.00"),
        MandateLevel.BUITEN_KADERS: Decimal("13000.00"),
        MandateLevel.COLLEGE: Decimal("50000.00"),
    }[level]
    return Proposal(
        case=case,
        solution="Maatwerkoplossing volgens het canvas.",
        cost_estimate=cost,
        within_frameworks=level == MandateLevel.BINNEN_KADERS,
        rendement_score=4,
        rendement_motivation="Goedkoper dan escalatie.",
        legitimiteit_score=3,
        legitimiteit_motivation="Uitlegbaar.",
        betrokkenheid_score=4,
        betrokkenheid_motivation="Het huishouden draagt het mee.",
        mandate_level=level,
        proposed_by=proposer,
        proposed_at=now,
    )


@transaction.atomic
def generate_route(world, *, seed: int = 7) -> dict[str, int]:
    """Put the synthetic cases in behandeling that have no route yet on it."""
    rng = random.Random(seed)
    now = timezone.now()
    deciders = {
        Role.TEAMLEIDER: list(User.objects.filter(role=Role.TEAMLEIDER)),
        Role.OMO_FUNCTIONARIS: list(User.objects.filter(role=Role.OMO_FUNCTIONARIS)),
    }
    upcoming = next_consultation_date(world.municipality)
    consultations = {
        week: Consultation.objects.get_or_create(
            municipality=world.municipality,
            date=upcoming - datetime.timedelta(weeks=week),
            defaults={"time": datetime.time(10), "place": "Stadskantoor"},
        )[0]
        for week in range(WEEKS)
    }
    cases = list(
        Case.objects.filter(status="in_behandeling", route__isnull=True).only("pk", "regisseur_id")
    )
    phases, weights = zip(*PHASE_WEIGHTS, strict=True)
    levels, level_weights = zip(*LEVEL_WEIGHTS, strict=True)
    routes, items, proposals, decided = [], [], [], []
    upcoming_left = UPCOMING_AGENDA
    for case in cases:
        phase = rng.choices(phases, weights)[0]
        if phase is None:
            continue
        routes.append(Route(case=case, phase=phase))
        if upcoming_left and phase == Phase.GEAGENDEERD:
            week, upcoming_left = 0, upcoming_left - 1
        else:
            week = rng.randint(1, WEEKS - 1)
        items.append(
            AgendaItem(
                consultation=consultations[week],
                case=case,
                question="Welke doorbraak is mogelijk?",
                added_by_id=case.regisseur_id,
                added_at=now,
                outcome="" if phase == Phase.GEAGENDEERD else Outcome.BESLUIT_NU,
            )
        )
        if phase == Phase.GEAGENDEERD:
            continue
        proposal = _proposal(case, rng.choices(levels, level_weights)[0], case.regisseur, now)
        proposals.append(proposal)
        if phase != Phase.BESLUITVORMING:
            decided.append((proposal, phase))
    Route.objects.bulk_create(routes, batch_size=5000)
    AgendaItem.objects.bulk_create(items, batch_size=5000)
    Proposal.objects.bulk_create(proposals, batch_size=5000)
    decisions = []
    for proposal, phase in decided:
        college = proposal.mandate_level == MandateLevel.COLLEGE
        decider = rng.choice(
            deciders[Role.TEAMLEIDER]
            if proposal.mandate_level == MandateLevel.BINNEN_KADERS
            else deciders[Role.OMO_FUNCTIONARIS]
        )
        decisions.append(
            Decision(
                proposal=proposal,
                outcome="afgewezen" if phase == Phase.AFGEWEZEN else "akkoord",
                motivation="Afgewogen in het casusoverleg.",
                level=proposal.mandate_level,
                college_date=timezone.localdate() if college else None,
                college_reference="B&W 2026/1" if college else "",
                decided_by=decider,
                decided_at=now,
            )
        )
    Decision.objects.bulk_create(decisions, batch_size=5000)
    return {"routes": len(routes), "proposals": len(proposals), "decisions": len(decisions)}
