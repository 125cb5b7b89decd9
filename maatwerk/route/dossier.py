"""The route's sections of the dossier (declared on RouteConfig): the whole route for those
who work on the case, and its facts without free text or names for the anonymised roles."""

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

from maatwerk.accounts.roles import Role
from maatwerk.accounts.selectors import portefeuillehouders
from maatwerk.cases.sections import DossierSection

from . import services, triangle
from .forms import AdviceForm, AgendaForm, ConsultForm
from .mandate import decision_refusal
from .models import AgendaItem, Proposal


def _proposals(case) -> list[Proposal]:
    return list(
        Proposal.objects.filter(case=case)
        .select_related("proposed_by")
        .prefetch_related(
            "advices__given_by",
            "portfolio_consultations__portefeuillehouder",
            "decisions__decided_by",
            "decisions__supersedes",
        )
        .order_by("-proposed_at", "-pk")
    )


def _proposal_view(request: HttpRequest, proposal: Proposal, can_edit: bool) -> dict:
    in_force = services.current_decision(proposal)
    is_open = in_force is None
    user = request.user
    refusal = decision_refusal(user, proposal) if is_open and can_edit else None
    return {
        "proposal": proposal,
        "drawing": triangle.drawing(proposal.scores()),
        "decisions": list(proposal.decisions.all()),
        "in_force": in_force,
        "open": is_open,
        "may_decide": is_open and can_edit and refusal is None,
        "decide_refusal": refusal,
        "may_advise": is_open
        and user.role == Role.OMO_FUNCTIONARIS
        and user.pk != proposal.proposed_by_id,
        "may_supersede": in_force is not None
        and can_edit
        and decision_refusal(user, proposal) is None,
    }


def _route(request: HttpRequest, case) -> dict:
    user = request.user
    can_edit = user.has_perm("cases.change_case", case)
    proposals = _proposals(case)
    views = [_proposal_view(request, proposal, can_edit) for proposal in proposals]
    municipality_id = case.household.team.municipality_id
    phase = services.phase_of(case)
    return {
        "phase": phase,
        "can_edit": can_edit,
        "moves": services.moves_for(user, case),
        "agenda_items": AgendaItem.objects.filter(case=case)
        .select_related("consultation", "added_by", "outcome_by")
        .prefetch_related("tasks__owner")
        .order_by("-consultation__date"),
        "agenda_form": AgendaForm(prefix="agenda"),
        "may_put_on_agenda": can_edit and services.can_put_on_agenda(case),
        "canvas": services.latest_canvas(case),
        "canvas_count": case.canvas_versions.count(),
        "proposals": views,
        "may_propose": can_edit and services.can_propose(case),
        "letter_url_name": _letter_url_name(),
        "advice_form": AdviceForm(prefix="advies"),
        "consult_form": ConsultForm(
            prefix="voorleggen", portefeuillehouders=portefeuillehouders(municipality_id)
        ),
    }


def _letter_url_name() -> str | None:
    """The letter download, when the documents are installed."""
    try:
        reverse("route:letter_pdf", args=[1])
    except NoReverseMatch:
        return None
    return "route:letter_pdf"


def _route_facts(request: HttpRequest, case) -> dict:
    proposals = _proposals(case)
    return {
        "phase": services.phase_of(case),
        "proposals": [
            {"proposal": proposal, "in_force": services.current_decision(proposal)}
            for proposal in proposals
        ],
    }


SECTIONS = [
    DossierSection("route", "route/case/_section.html", _route, order=5),
    DossierSection(
        "route_facts", "route/case/_section_anonymised.html", _route_facts, personal=False, order=5
    ),
]


def _aftercare(request: HttpRequest, case) -> dict:
    """After the decision: escalations, overlegtafels, national escalations, time-outs, the
    plan, monitoring and the evaluation — with the forms this user may use now."""
    from django.utils import timezone

    from maatwerk.core.working_days import WorkingDays

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


SECTIONS.append(DossierSection("aftercare", "route/case/_aftercare.html", _aftercare, order=6))
