"""After an approving decision: the plan, carrying out the solution, the monitoring moments and
the evaluation that closes the route — through the services the screens and the API call."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from maatwerk.cases.workflow import CaseStatus
from maatwerk.core.working_days import WorkingDays
from maatwerk.route import services
from maatwerk.route.errors import Conflict
from maatwerk.route.models import Evaluation, Goal, MonitoringMoment, Plan, TimeOut
from maatwerk.route.services import MonitoringAnswer, NewGoal
from maatwerk.route.workflow import Phase

from .test_flow import phase

pytestmark = pytest.mark.django_db

IN_A_MONTH = timezone.localdate() + datetime.timedelta(days=30)


def goals() -> list[NewGoal]:
    return [
        NewGoal("Schuldregeling rond", "Consulent en kredietbank", IN_A_MONTH),
        NewGoal("Yvonne volgt de cursus budgetteren", "Yvonne", IN_A_MONTH),
    ]


def a_plan(user, case) -> Plan:
    return services.make_plan(
        user,
        case,
        summary="Bonus inzetten om de schuldregeling te starten.",
        goals=goals(),
        commitments=["Yvonne opent haar post elke week met de vrijwilliger."],
    )


def answer(**overrides) -> MonitoringAnswer:
    fields = {
        "domain_results": {"financien_schulden": "beter"},
        "household_judgement": "Yvonne: 'Ik slaap weer.'",
        "regular_care_reduced": "ja",
        "debts": "beter",
        "housing_stable": "ja",
        "costs_avoided": Decimal("12000.00"),
    }
    return MonitoringAnswer(**(fields | overrides))


def due_now(case) -> None:
    MonitoringMoment.objects.filter(case=case).update(due_date=timezone.localdate())


def test_a_plan_follows_the_approving_decision_and_names_it(consulent, decided_case):
    plan = a_plan(consulent, decided_case)

    assert plan.decision == services.approving_decision(decided_case)
    assert [g.owner for g in plan.goals.all()] == ["Consulent en kredietbank", "Yvonne"]
    assert plan.commitments.count() == 1
    assert decided_case.timeline.filter(kind="route_aftercare").exists()


def test_a_goal_without_owner_or_due_date_is_refused_and_nothing_is_stored(consulent, decided_case):
    with pytest.raises(ValidationError) as refused:
        services.make_plan(
            consulent,
            decided_case,
            summary="Plan",
            goals=[NewGoal("Schuldregeling", "", None)],
        )

    assert refused.value.message_dict["goals"] == [
        "Doel 1: noem wie het doel oppakt.",
        "Doel 1: vul een uiterste datum in.",
    ]
    assert not Plan.objects.exists()
    assert not Goal.objects.exists()


def test_there_is_no_plan_before_an_approving_decision(consulent, route_case):
    with pytest.raises(ValidationError, match="goedgekeurd besluit"):
        a_plan(consulent, route_case)


def test_a_second_plan_is_a_conflict(consulent, decided_case):
    a_plan(consulent, decided_case)
    with pytest.raises(Conflict):
        a_plan(consulent, decided_case)


def test_carrying_out_the_plan_moves_to_monitoring_with_moments_on_working_days(
    consulent, decided_case
):
    plan = a_plan(consulent, decided_case)
    on = timezone.localdate()

    moments = services.carry_out(consulent, plan, on=on)

    assert phase(decided_case) == Phase.MONITORING
    assert [m.months for m in moments] == [6, 12]
    calendar = WorkingDays()
    for moment in moments:
        assert calendar.is_working_day(moment.due_date)
        assert 0 <= (moment.due_date - on).days - moment.months * 30 < 12
    with pytest.raises(Conflict):
        services.carry_out(consulent, plan)


def test_a_monitoring_answer_needs_the_households_own_judgement(consulent, decided_case):
    services.carry_out(consulent, a_plan(consulent, decided_case))
    due_now(decided_case)
    first = MonitoringMoment.objects.get(case=decided_case, number=1)

    with pytest.raises(ValidationError) as refused:
        services.answer_moment(consulent, first, answer(household_judgement="  "))

    assert "household_judgement" in refused.value.message_dict
    first.refresh_from_db()
    assert first.answered_at is None


def test_a_moment_cannot_be_answered_long_before_it_is_due(consulent, decided_case):
    services.carry_out(consulent, a_plan(consulent, decided_case))
    first = MonitoringMoment.objects.get(case=decided_case, number=1)

    with pytest.raises(ValidationError, match="beantwoorden kan vanaf"):
        services.answer_moment(consulent, first, answer())


def test_moments_are_answered_in_order_and_once(consulent, decided_case):
    services.carry_out(consulent, a_plan(consulent, decided_case))
    due_now(decided_case)
    first, second = MonitoringMoment.objects.filter(case=decided_case).order_by("number")

    with pytest.raises(ValidationError, match="eerdere"):
        services.answer_moment(consulent, second, answer())
    services.answer_moment(consulent, first, answer())
    with pytest.raises(Conflict):
        services.answer_moment(consulent, first, answer())

    first.refresh_from_db()
    assert list(first.domain_results.values_list("domain", "change")) == [
        ("financien_schulden", "beter")
    ]


def test_the_route_closes_only_after_the_last_moment_and_the_evaluation(consulent, decided_case):
    services.carry_out(consulent, a_plan(consulent, decided_case))
    due_now(decided_case)
    first, second = MonitoringMoment.objects.filter(case=decided_case).order_by("number")
    services.answer_moment(consulent, first, answer())

    with pytest.raises(Conflict, match="laatste monitoringsmoment"):
        services.evaluate_and_close(consulent, decided_case, embedded=True, lessons="Bonus werkt.")
    assert not Evaluation.objects.exists()

    services.answer_moment(consulent, second, answer())
    services.evaluate_and_close(consulent, decided_case, embedded=True, lessons="Bonus werkt.")

    decided_case.refresh_from_db()
    assert decided_case.status == CaseStatus.AFGESLOTEN
    assert Evaluation.objects.get(case=decided_case).embedded is True


def test_a_time_out_that_ends_before_it_starts_is_refused(consulent, route_case):
    today = timezone.localdate()

    with pytest.raises(ValidationError) as refused:
        services.register_time_out(
            consulent,
            route_case,
            organisation="CJIB",
            subject="Inning verkeersboetes",
            starts_on=today,
            ends_on=today - datetime.timedelta(days=1),
            reason="Beslag op het leefgeld",
            agreed_with="Afdeling bijzondere inning",
        )

    assert refused.value.message_dict == {
        "ends_on": ["Een time-out kan niet eindigen voordat hij begint."]
    }
    assert not TimeOut.objects.exists()


def test_a_time_out_is_recorded_and_can_end_early(consulent, route_case):
    today = timezone.localdate()
    time_out = services.register_time_out(
        consulent,
        route_case,
        organisation="Belastingdienst",
        subject="Terugvordering toeslagen",
        starts_on=today,
        ends_on=today + datetime.timedelta(days=90),
        reason="De terugvordering neemt het leefgeld weg.",
        agreed_with="Mevrouw De Vries, team Herstel",
    )

    services.end_time_out(consulent, time_out)

    time_out.refresh_from_db()
    assert time_out.ended_early_on == today
    with pytest.raises(Conflict):
        services.end_time_out(consulent, time_out)
