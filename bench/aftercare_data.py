"""What happens after the decision, for the benchmark's synthetic route: a decision term on
every case waiting for a decision, plans with goals for the approved cases, monitoring moments
for the cases in monitoring, escalations with an open step and time-outs for a share of the
cases in behandeling. Bulk inserts with dates spread around today, so the worklists and
`run_due_tasks` meet a realistic mix of due, overdue and later terms."""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from maatwerk.accounts.roles import Role
from maatwerk.route.models import (
    Decision,
    Escalation,
    EscalationStatus,
    EscalationStep,
    Goal,
    MonitoringMoment,
    Plan,
    Route,
    TimeOut,
)
from maatwerk.route.services import ladders_for
from maatwerk.route.workflow import Phase

ESCALATED_SHARE = 0.05
TIME_OUT_SHARE = 0.03


def _day(rng: random.Random, low: int, high: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=rng.randint(low, high))


@transaction.atomic
def generate_aftercare(world, *, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    now = timezone.now()
    waiting = list(
        Route.objects.filter(
            phase__in=[Phase.GEAGENDEERD, Phase.BESLUITVORMING], decision_due__isnull=True
        )
    )
    for route in waiting:
        route.decision_due = _day(rng, -20, 10)
    Route.objects.bulk_update(waiting, ["decision_due"], batch_size=5000)

    decided = (
        Decision.objects.filter(
            proposal__case__route__phase__in=[Phase.UITVOERING, Phase.MONITORING],
            proposal__case__plan__isnull=True,
            outcome="akkoord",
        )
        .select_related("proposal__case__route")
        .only("pk", "proposal__case_id", "proposal__case__regisseur_id", "proposal__case__route")
    )
    plans, monitored = [], []
    for decision in decided:
        case = decision.proposal.case
        in_monitoring = case.route.phase == Phase.MONITORING
        plans.append(
            Plan(
                case_id=case.pk,
                decision=decision,
                summary="Plan volgens het besluit.",
                created_by_id=case.regisseur_id,
                created_at=now,
                carried_out_at=now if in_monitoring else None,
                carried_out_by_id=case.regisseur_id if in_monitoring else None,
            )
        )
        if in_monitoring:
            monitored.append(case.pk)
    Plan.objects.bulk_create(plans, batch_size=5000)
    goals = [
        Goal(plan=plan, description=f"Doel {n}", owner="Huishouden", due_date=_day(rng, -60, 120))
        for plan in plans
        for n in (1, 2)
    ]
    Goal.objects.bulk_create(goals, batch_size=5000)
    moments = [
        MonitoringMoment(case_id=case_id, number=n, months=months, due_date=_day(rng, -30, 330))
        for case_id in monitored
        for n, months in ((1, 6), (2, 12))
    ]
    MonitoringMoment.objects.bulk_create(moments, batch_size=5000)

    ladder = ladders_for(world.municipality).get(name="Wonen")
    on_route = list(
        Route.objects.filter(case__status="in_behandeling").values_list(
            "case_id", "case__regisseur_id"
        )
    )
    escalated = rng.sample(on_route, int(len(on_route) * ESCALATED_SHARE))
    escalations = Escalation.objects.bulk_create(
        [
            Escalation(
                case_id=case_id,
                ladder=ladder,
                question="Wie kan de regel opzij zetten?",
                status=EscalationStatus.OPEN,
                started_by_id=regisseur_id,
                started_at=now,
            )
            for case_id, regisseur_id in escalated
        ],
        batch_size=5000,
    )
    EscalationStep.objects.bulk_create(
        [
            EscalationStep(
                escalation=escalation,
                number=1,
                title="Teamleider",
                holder_role=Role.TEAMLEIDER,
                asked_at=now,
                due_date=_day(rng, -5, 5),
            )
            for escalation in escalations
        ],
        batch_size=5000,
    )
    paused = rng.sample(on_route, int(len(on_route) * TIME_OUT_SHARE))
    TimeOut.objects.bulk_create(
        [
            TimeOut(
                case_id=case_id,
                organisation="CJIB",
                subject="Inning",
                starts_on=_day(rng, -60, -30),
                ends_on=_day(rng, 0, 60),
                reason="Leefgeld in gevaar.",
                agreed_with="CJIB",
                registered_by_id=regisseur_id,
                registered_at=now,
            )
            for case_id, regisseur_id in paused
        ],
        batch_size=5000,
    )
    return {
        "plans": len(plans),
        "monitoring moments": len(moments),
        "escalations": len(escalations),
        "time-outs": len(paused),
    }
