"""The seed cases after their decisions, through the route's services: plans with goals, the
solution carried out and monitored, Anna's housing blockage up the wonen ladder, a time-out on
a collection for Yvonne. Run right after the case's route story (see `route_data.run_story`).

The services date what they record "now"; the stories happened months ago, so the route's
records of a case are then dated back to the story's moments (demo only: no service of the
product moves a date)."""

import datetime
from collections.abc import Callable
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from maatwerk.cases.models import TimelineEntry
from maatwerk.core.working_days import WorkingDays
from maatwerk.route import services
from maatwerk.route.models import (
    Advice,
    Decision,
    DecisionLetter,
    MonitoringMoment,
    PhaseChange,
    Plan,
    PortfolioConsultation,
    Proposal,
)

from .setup import DemoWorld

_DECISION_KINDS = ["route", "route_proposal", "route_decision"]


def _ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def _date_the_decision(case, days_ago: int) -> None:
    """The proposal, advice, consultation and decision of `case` took place `days_ago`."""
    moment = _ago(days_ago)
    Proposal.objects.filter(case=case).update(proposed_at=moment)
    Advice.objects.filter(proposal__case=case).update(given_at=moment)
    PortfolioConsultation.objects.filter(proposal__case=case).update(
        asked_at=moment, answered_at=moment
    )
    Decision.objects.filter(proposal__case=case).update(decided_at=moment)
    DecisionLetter.objects.filter(decision__proposal__case=case).update(made_at=moment)
    PhaseChange.objects.filter(case=case).update(changed_at=moment)
    TimelineEntry.objects.filter(case=case, kind__in=_DECISION_KINDS).update(at=moment)


def _carried_out(consulent, plan: Plan, days_ago: int, plan_days_ago: int) -> None:
    """The plan was made `plan_days_ago` and its solution carried out `days_ago`: the
    monitoring moments fall at their intervals after that day."""
    services.carry_out(consulent, plan)
    done = _ago(days_ago)
    Plan.objects.filter(pk=plan.pk).update(created_at=_ago(plan_days_ago), carried_out_at=done)
    calendar = WorkingDays.load()
    for moment in MonitoringMoment.objects.filter(case=plan.case):
        due = calendar.next_working_day(done.date() + relativedelta(months=moment.months))
        MonitoringMoment.objects.filter(pk=moment.pk).update(due_date=due)
    TimelineEntry.objects.filter(case=plan.case, kind="route_aftercare").update(at=done)


def _goal_reached(consulent, plan: Plan, *descriptions: str, status: str = "behaald") -> None:
    for goal in plan.goals.filter(description__in=descriptions):
        services.set_goal_status(consulent, goal, status)


def _answer(consulent, case, number: int, answer: services.MonitoringAnswer) -> None:
    moment = MonitoringMoment.objects.get(case=case, number=number)
    services.answer_moment(consulent, moment, answer)
    answered = timezone.make_aware(datetime.datetime.combine(moment.due_date, datetime.time(11, 0)))
    MonitoringMoment.objects.filter(pk=moment.pk).update(answered_at=answered)


def _goals(*rows: tuple[str, str, int]) -> list[services.NewGoal]:
    today = timezone.localdate()
    return [services.NewGoal(d, o, today + datetime.timedelta(days=days)) for d, o, days in rows]


def _yvonne(world: DemoWorld, case, consulent) -> None:
    """The bonus is paid; the 6-month monitoring moment is overdue. Meanwhile the CJIB holds a
    wage garnishment back (time-out) that would undo the debt arrangement; it ends soon."""
    _date_the_decision(case, 205)
    plan = services.make_plan(
        consulent,
        case,
        summary="De participatiebonus gaat naar de kredietbank, zodat de schuldregeling met "
        "alle 41 schuldeisers rond komt. Yvonne blijft aan het werk.",
        goals=_goals(
            ("Schuldregeling getekend door alle schuldeisers", "Kredietbank", -150),
            ("Budgetcursus afgerond", "Yvonne", -90),
            ("Wekelijks de post openen met de vrijwilliger", "Yvonne en vrijwilliger", 30),
        ),
        commitments=[
            "Yvonne blijft werken en meldt een nieuwe rekening meteen.",
            "Geen nieuwe leningen of kopen op afbetaling.",
        ],
    )
    _goal_reached(
        consulent,
        plan,
        "Schuldregeling getekend door alle schuldeisers",
        "Budgetcursus afgerond",
    )
    _carried_out(consulent, plan, 195, 200)
    today = timezone.localdate()
    services.register_time_out(
        consulent,
        case,
        organisation="CJIB",
        subject="Loonbeslag voor openstaande verkeersboetes",
        starts_on=today - datetime.timedelta(days=40),
        ends_on=WorkingDays.load().add(today, 3),
        reason="Het loonbeslag neemt het leefgeld weg en zet de schuldregeling op het spel.",
        agreed_with="CJIB, team bijzondere inning",
    )


def _class(world: DemoWorld, case, consulent) -> None:
    """The class plan is running; its 6-month monitoring moment is due this week."""
    _date_the_decision(case, 192)
    plan = services.make_plan(
        consulent,
        case,
        summary="Een gedragsspecialist werkt tien weken met de hele groep; de leerkracht "
        "krijgt extra begeleiding.",
        goals=_goals(
            ("Tien groepssessies met de gedragsspecialist", "Gedragsspecialist", -120),
            ("Afspraken met de ouders over de groepsapp", "Leerkracht", -140),
        ),
        commitments=["De ouders komen naar de twee ouderavonden."],
    )
    _goal_reached(
        consulent,
        plan,
        "Tien groepssessies met de gedragsspecialist",
        "Afspraken met de ouders over de groepsapp",
    )
    # Carried out six months before the moment that is due in two working days.
    today = timezone.localdate()
    carried_on = WorkingDays.load().add(today, 2) - relativedelta(months=6)
    _carried_out(consulent, plan, (today - carried_on).days, 186)


def _voortman(world: DemoWorld, case, consulent) -> None:
    """The family allowance worked for a while; at twelve months the children were placed with
    a foster family after all, voluntarily — monitoring says so. Ready for evaluation."""
    _date_the_decision(case, 415)
    plan = services.make_plan(
        consulent,
        case,
        summary="Een jaar lang een gezinsuitkering van EUR 1.500 per maand, met een grotere "
        "woning en begeleiding naar werk.",
        goals=_goals(
            ("Grotere woning via de corporatie", "Consulent en corporatie", -330),
            ("Vader aan het werk, minstens 24 uur", "Vader, Werk & Inkomen", -200),
        ),
        commitments=[
            "Maandelijks gesprek met de consulent.",
            "De kinderen gaan elke dag naar school.",
        ],
    )
    _goal_reached(consulent, plan, "Grotere woning via de corporatie")
    _goal_reached(consulent, plan, "Vader aan het werk, minstens 24 uur", status="niet_behaald")
    _carried_out(consulent, plan, 400, 410)
    _answer(
        consulent,
        case,
        1,
        services.MonitoringAnswer(
            domain_results={"inkomen": "beter", "wonen": "beter", "jeugd_opvoeding": "gelijk"},
            household_judgement="Moeder: 'Er is rust; we kunnen de huur weer betalen.'",
            regular_care_reduced="ja",
            debts="gelijk",
            housing_stable="ja",
            costs_avoided=Decimal("30000"),
        ),
    )
    _answer(
        consulent,
        case,
        2,
        services.MonitoringAnswer(
            domain_results={"inkomen": "gelijk", "wonen": "gelijk", "jeugd_opvoeding": "slechter"},
            household_judgement="Vader: 'Het ging een tijd goed. Nu wonen de kinderen bij een "
            "pleeggezin; daar hebben we zelf voor gekozen.'",
            regular_care_reduced="nee",
            debts="gelijk",
            housing_stable="ja",
            notes="Vrijwillige plaatsing na een half jaar; geen kinderbeschermingsmaatregel.",
        ),
    )


def _anna(world: DemoWorld, case, consulent) -> None:
    """The housing blockage went up the wonen ladder: the teamleider could not solve it, nor
    the corporation's contact after an overlegtafel; the wethouder wonen got Anna into the
    lottery of the urgent procedure, which found her a home."""
    teamleider = world.users["teamleider"]
    ladder = services.ladders_for(case.household.team.municipality).get(name="Wonen")
    escalation = services.start_escalation(
        consulent,
        case,
        ladder=ladder,
        blockage=case.blockages.first(),
        question="Een woning voor Anna ondanks de ontbrekende regiobinding: wie kan de "
        "toewijzingsregels opzij zetten?",
    )
    services.answer_step(
        teamleider,
        escalation,
        number=1,
        solved=False,
        answer="Binnen de gemeente kan niemand de toewijzingsregels van de corporatie opzij "
        "zetten. Door naar de corporatie.",
    )
    services.hold_round_table(
        consulent,
        case,
        held_on=timezone.localdate(),
        parties="Woningcorporatie, wijkteam, schuldhulp, Anna",
        outcome="De corporatie past de hardheidsclausule niet toe zonder regiobinding.",
        escalation=escalation,
    )
    services.answer_step(
        consulent,
        escalation,
        number=2,
        solved=False,
        answer="De hardheidsclausule wordt niet toegepast; wel de spoedprocedure als de "
        "gemeente daarom vraagt.",
        answered_by_name="Contactpersoon verhuur, woningcorporatie",
    )
    services.answer_step(
        consulent,
        escalation,
        number=3,
        solved=True,
        answer="De wethouder wonen vraagt de corporatie Anna in de loting van de "
        "spoedprocedure op te nemen.",
        answered_by_name="Wethouder wonen",
    )
    _date_the_escalation(case, started=75, answered=(70, 60, 45), table=62)


def _date_the_escalation(case, *, started: int, answered: tuple[int, ...], table: int) -> None:
    from maatwerk.route.models import Escalation, EscalationStep, RoundTable

    Escalation.objects.filter(case=case).update(
        started_at=_ago(started), closed_at=_ago(answered[-1])
    )
    for number, days in enumerate(answered, start=1):
        asked = started if number == 1 else answered[number - 2]
        EscalationStep.objects.filter(escalation__case=case, number=number).update(
            asked_at=_ago(asked),
            answered_at=_ago(days),
            due_date=WorkingDays.load().add(_ago(asked).date(), 5),
        )
    RoundTable.objects.filter(case=case).update(held_on=_ago(table).date(), recorded_at=_ago(table))
    TimelineEntry.objects.filter(case=case, kind="route_escalation").update(at=_ago(answered[-1]))


AFTERCARE: dict[str, Callable] = {
    "Yvonne – schulden blokkeren werk": _yvonne,
    "Groep 7/8 – onveilige groepsdynamiek": _class,
    "Familie Voortman – gezinsuitkering en grotere woning": _voortman,
    "Anna – geen woning, geen uitweg": _anna,
}
