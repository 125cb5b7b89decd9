"""A case taken through everything after an approving decision — escalation, overlegtafel,
national escalation, time-out, plan, monitoring, evaluation — with a recognisable text (starting
with `tag`) in every free-text field, for the privacy and retention tests."""

import datetime
from decimal import Decimal

from django.utils import timezone

from maatwerk.route import services
from maatwerk.route.models import EscalationLadder, LadderStep, MonitoringMoment


def walk_after_the_decision(case, *, consulent, omo, tag: str = "Kanarie") -> list[str]:
    today = timezone.localdate()
    ladder = EscalationLadder.objects.create(
        municipality=case.household.team.municipality, name=f"{tag}ladder"
    )
    LadderStep.objects.create(
        ladder=ladder, number=1, title="Woningcorporatie", term_working_days=5
    )
    escalation = services.start_escalation(
        consulent, case, ladder=ladder, question=f"{tag}escalatievraag"
    )
    services.answer_step(
        consulent,
        escalation,
        number=1,
        solved=True,
        answer=f"{tag}stapantwoord",
        answered_by_name=f"{tag}antwoordgever",
    )
    services.hold_round_table(
        consulent, case, held_on=today, parties=f"{tag}partijen", outcome=f"{tag}tafeluitkomst"
    )
    external = services.escalate_externally(omo, case, body="let", question=f"{tag}letvraag")
    services.record_external_answer(omo, external, answer=f"{tag}letantwoord")
    services.register_time_out(
        consulent,
        case,
        organisation="CJIB",
        subject=f"{tag}vordering",
        starts_on=today,
        ends_on=today + datetime.timedelta(days=60),
        reason=f"{tag}timeoutreden",
        agreed_with=f"{tag}afgesprokenmet",
    )
    plan = services.make_plan(
        consulent,
        case,
        summary=f"{tag}plan",
        goals=[services.NewGoal(f"{tag}doel", f"{tag}doeleigenaar", today)],
        commitments=[f"{tag}afspraak"],
    )
    services.carry_out(consulent, plan)
    MonitoringMoment.objects.filter(case=case).update(due_date=today)
    for moment in MonitoringMoment.objects.filter(case=case).order_by("number"):
        services.answer_moment(
            consulent,
            moment,
            services.MonitoringAnswer(
                domain_results={"financien_schulden": "beter"},
                household_judgement=f"{tag}oordeel{moment.number}",
                notes=f"{tag}monitoringnotitie{moment.number}",
                costs_avoided=Decimal("1000"),
            ),
        )
    services.evaluate_and_close(consulent, case, embedded=True, lessons=f"{tag}lessen")
    return [
        f"{tag}escalatievraag",
        f"{tag}stapantwoord",
        f"{tag}antwoordgever",
        f"{tag}partijen",
        f"{tag}tafeluitkomst",
        f"{tag}letvraag",
        f"{tag}letantwoord",
        f"{tag}vordering",
        f"{tag}timeoutreden",
        f"{tag}afgesprokenmet",
        f"{tag}plan",
        f"{tag}doel",
        f"{tag}doeleigenaar",
        f"{tag}afspraak",
        f"{tag}oordeel1",
        f"{tag}oordeel2",
        f"{tag}monitoringnotitie1",
        f"{tag}monitoringnotitie2",
        f"{tag}lessen",
    ]
