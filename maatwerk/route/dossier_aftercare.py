"""The dossier's section after the decision (declared with the route's sections): escalations,
overlegtafels, national escalations, time-outs, the plan, monitoring and the evaluation, with
the forms this user may use now."""

from django.http import HttpRequest
from django.utils import timezone

from maatwerk.accounts.roles import Role
from maatwerk.core.working_days import WorkingDays

from . import services
from .forms_aftercare import (
    AuthorityForm,
    CarryOutForm,
    GoalForm,
    GoalStatusForm,
    NationalAnswerForm,
    RoundTableOutcomeForm,
    StepAnswerForm,
)
from .mandate import settings_for
from .models import (
    Escalation,
    Evaluation,
    ExternalEscalation,
    MonitoringMoment,
    Plan,
    RoundTable,
    TimeOut,
)


def aftercare_context(request: HttpRequest, case) -> dict:
    """After the decision: escalations, overlegtafels, national escalations, time-outs, the
    plan, monitoring and the evaluation — with the forms this user may use now."""
    user = request.user
    can_edit = user.has_perm("cases.change_case", case)
    today = timezone.localdate()
    phase = services.phase_of(case)
    ladders = list(services.ladders_for(case.household.team.municipality))
    escalations = []
    for escalation in (
        Escalation.objects.filter(case=case)
        .select_related("ladder", "blockage__rule")
        .prefetch_related("steps__answered_by")
    ):
        steps = list(escalation.steps.all())
        current = next((s for s in steps if s.answered_at is None), None)
        refusal = services.step_refusal(user, current, case) if current else None
        answer_form = None
        if current is not None:
            answer_form = StepAnswerForm(
                prefix=f"stap-{escalation.pk}", initial={"number": current.number}
            )
            if current.holder_role:  # answered in the app by the holder themself
                del answer_form.fields["answered_by_name"]
        escalations.append(
            {
                "escalation": escalation,
                "steps": steps,
                "current": current,
                "may_answer": current is not None and escalation.status == "open" and not refusal,
                "refusal": refusal,
                "answer_form": answer_form,
                "authority_form": AuthorityForm(prefix=f"bevoegde-{escalation.pk}", ladders=ladders)
                if escalation.status == "bevoegde_onbekend" and user.role == Role.OMO_FUNCTIONARIS
                else None,
            }
        )
    tables = [
        {"table": t, "form": RoundTableOutcomeForm(prefix=f"tafel-{t.pk}")}
        for t in RoundTable.objects.filter(case=case).select_related("recorded_by")
    ]
    externals = [
        {"external": e, "form": NationalAnswerForm(prefix=f"landelijk-{e.pk}")}
        for e in ExternalEscalation.objects.filter(case=case).select_related("sent_by")
    ]
    plan = Plan.objects.filter(case=case).select_related("decision").first()
    goals = list(plan.goals.all()) if plan else []
    for goal in goals:
        goal.form = GoalStatusForm(prefix=f"doel-{goal.pk}", initial={"status": goal.status})
    moments = list(MonitoringMoment.objects.filter(case=case).prefetch_related("domain_results"))
    window = settings_for(case.household.team.municipality).reminder_working_days
    calendar = WorkingDays.load()
    first_open = next((m for m in moments if m.answered_at is None), None)
    for moment in moments:
        moment.opens = calendar.subtract(moment.due_date, window)
        moment.may_answer = (
            can_edit and moment is first_open and moment.opens <= today and phase == "monitoring"
        )
        moment.overdue = moment.answered_at is None and moment.due_date < today
    time_outs = list(TimeOut.objects.filter(case=case))
    for time_out in time_outs:
        time_out.active = time_out.ended_early_on is None and time_out.ends_on >= today
        time_out.ending_soon = time_out.active and time_out.ends_on <= calendar.add(today, window)
    return {
        "phase": phase,
        "can_edit": can_edit,
        "today": today,
        "escalations": escalations,
        "may_escalate": can_edit and case.status == "in_behandeling",
        "may_escalate_nationally": can_edit
        and user.role in (Role.OMO_FUNCTIONARIS, Role.TEAMLEIDER)
        and case.status == "in_behandeling",
        "tables": tables,
        "externals": externals,
        "time_outs": time_outs,
        "plan": plan,
        "goals": goals,
        "commitments": list(plan.commitments.all()) if plan else [],
        "may_plan": can_edit and plan is None and phase == "uitvoering",
        "goal_form": GoalForm(prefix="nieuw-doel"),
        "carry_out_form": CarryOutForm(prefix="uitgevoerd", initial={"on": today}),
        "may_carry_out": can_edit and plan is not None and plan.carried_out_at is None,
        "moments": moments,
        "evaluation": Evaluation.objects.filter(case=case).select_related("evaluated_by").first(),
        "may_evaluate": can_edit
        and phase == "monitoring"
        and moments
        and all(m.answered_at for m in moments),
    }
