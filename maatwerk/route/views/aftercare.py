"""The screens after the decision: escalation and overlegtafel, the national escalation with
its dossier, the time-out, the plan, monitoring and the evaluation. Each view parses a form,
calls one service and shows the service's refusal on the form."""

import json
from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from maatwerk.audit.services import log_access

from .. import services
from ..errors import Conflict
from ..forms_aftercare import (
    AuthorityForm,
    CarryOutForm,
    EscalationForm,
    EvaluationForm,
    GoalForm,
    GoalFormSet,
    GoalStatusForm,
    MonitoringForm,
    NationalAnswerForm,
    NationalEscalationForm,
    PlanForm,
    RoundTableForm,
    RoundTableOutcomeForm,
    StepAnswerForm,
    TimeOutForm,
)
from ..models import (
    Escalation,
    ExternalEscalation,
    Goal,
    MonitoringMoment,
    Plan,
    RoundTable,
    TimeOut,
)
from ..pdf import render_pdf
from .case import _case, _logged, _message, _to_dossier
from .documents import _pdf

FORM_PAGE = "route/case/form_page.html"


def _form_page(
    request: HttpRequest,
    case,
    form,
    *,
    call: Callable[[], object],
    title: str,
    submit: str,
    success: str,
    channel: str,
    intro: str = "",
    extra: dict | None = None,
    template: str = FORM_PAGE,
) -> HttpResponse:
    """GET: the form. POST: a valid form calls the service; its refusal stays on the form
    with what was typed (400, or 409 when someone else acted first)."""
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                call()
            except Conflict as error:
                form.add_error(None, error)
                status = 409
            except ValidationError as error:
                form.add_error(None, error)
            else:
                _logged(request, case, "update", channel)
                messages.success(request, success)
                return _to_dossier(case)
    _logged(request, case, "read", channel)
    context = {"case": case, "form": form, "title": title, "submit": submit, "intro": intro}
    return render(request, template, context | (extra or {}), status=status)


def _post_only(request: HttpRequest, case, form, call, success: str, channel: str) -> HttpResponse:
    """A small form on the dossier itself: back to the dossier with the outcome as a message."""
    if not form.is_valid():
        messages.error(request, " ".join(m for errors in form.errors.values() for m in errors))
        return _to_dossier(case)
    try:
        call()
    except (ValidationError, Conflict) as error:
        messages.error(request, _message(error))
    except PermissionDenied as error:
        messages.error(request, str(error) or _("U mag dit niet."))
    else:
        _logged(request, case, "update", channel)
        messages.success(request, success)
    return _to_dossier(case)


# --- Escalation ---------------------------------------------------------------------------


def _ladders(case):
    return services.ladders_for(case.household.team.municipality)


@login_required
def escalate(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "scherm:route-escalatie")
    ladders = list(_ladders(case))
    domains = set(case.domains.values_list("code", flat=True))
    suggested = next((lad for lad in ladders if lad.domain in domains), None)
    form = EscalationForm(
        request.POST or None,
        ladders=ladders,
        blockages=case.blockages.select_related("rule", "owner"),
        suggested=suggested,
    )
    return _form_page(
        request,
        case,
        form,
        call=lambda: services.start_escalation(request.user, case, **form.service_arguments()),
        title=_("Opschalen langs de escalatieladder"),
        submit=_("Opschalen"),
        success=_("De escalatie is gestart; de eerste stap is gevraagd."),
        channel="scherm:route-escalatie",
        intro=_(
            "Kies de ladder die past bij het soort knelpunt. Elke stap heeft een termijn in "
            "werkdagen; een stap overslaan kan niet."
        ),
    )


def _on_case(request: HttpRequest, records, pk: int, channel: str):
    """A record of a case the user may work on (outside their scope: a 404), with its case."""
    record = get_object_or_404(records, pk=pk)
    record.case = _case(request, record.case_id, channel)
    return record


def _escalation(request: HttpRequest, pk: int, channel: str) -> Escalation:
    return _on_case(request, Escalation.objects.select_related("ladder"), pk, channel)


@login_required
@require_POST
def answer_step(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = _escalation(request, pk, "scherm:route-escalatie")
    form = StepAnswerForm(request.POST, prefix=f"stap-{escalation.pk}")
    return _post_only(
        request,
        escalation.case,
        form,
        lambda: services.answer_step(request.user, escalation, **form.cleaned_data),
        _("Het antwoord is vastgelegd."),
        "scherm:route-escalatie",
    )


@login_required
@require_POST
def name_authority(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = _escalation(request, pk, "scherm:route-escalatie")
    form = AuthorityForm(
        request.POST, prefix=f"bevoegde-{escalation.pk}", ladders=_ladders(escalation.case)
    )
    return _post_only(
        request,
        escalation.case,
        form,
        lambda: services.name_the_authority(
            request.user, escalation, ladder=form.ladders.get(form.cleaned_data["ladder"])
        ),
        _("De escalatie gaat verder langs de gekozen ladder."),
        "scherm:route-escalatie",
    )


@login_required
def round_table(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "scherm:route-overlegtafel")
    form = RoundTableForm(request.POST or None)
    open_escalation = case.escalations.filter(status="open").first()
    return _form_page(
        request,
        case,
        form,
        call=lambda: services.hold_round_table(
            request.user, case, escalation=open_escalation, **form.cleaned_data
        ),
        title=_("Overlegtafel"),
        submit=_("Vastleggen"),
        success=_("De overlegtafel is vastgelegd."),
        channel="scherm:route-overlegtafel",
        intro=_("Alle betrokken disciplines aan één tafel: wie, wanneer, en wat het opleverde."),
    )


@login_required
@require_POST
def round_table_outcome(request: HttpRequest, pk: int) -> HttpResponse:
    table = _on_case(request, RoundTable.objects.all(), pk, "scherm:route-overlegtafel")
    case = table.case
    form = RoundTableOutcomeForm(request.POST, prefix=f"tafel-{table.pk}")
    return _post_only(
        request,
        case,
        form,
        lambda: services.record_round_table_outcome(
            request.user, table, form.cleaned_data["outcome"]
        ),
        _("De uitkomst van de overlegtafel is vastgelegd."),
        "scherm:route-overlegtafel",
    )


@login_required
def national(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "scherm:route-landelijk")
    form = NationalEscalationForm(request.POST or None)
    consent = case.consent == "gegeven"
    return _form_page(
        request,
        case,
        form,
        call=lambda: services.escalate_externally(request.user, case, **form.cleaned_data),
        title=_("Landelijk escaleren"),
        submit=_("Versturen en vastleggen"),
        success=_("De landelijke escalatie is vastgelegd; download het dossier om te versturen."),
        channel="scherm:route-landelijk",
        intro=_(
            "Het dossier bevat de knelpunten, de geprobeerde routes, de besluiten en de "
            "escalatie tot nu toe. Met toestemming van het huishouden ook voornamen en "
            "geboortejaren; nooit BSN, adres of contactgegevens."
        )
        if consent
        else _(
            "Het huishouden gaf geen toestemming om gegevens te delen: het dossier bevat "
            "niets waarmee iemand herkend kan worden."
        ),
    )


def _external(request: HttpRequest, pk: int, channel: str) -> ExternalEscalation:
    return _on_case(request, ExternalEscalation.objects.all(), pk, channel)


@login_required
@require_POST
def national_answer(request: HttpRequest, pk: int) -> HttpResponse:
    external = _external(request, pk, "scherm:route-landelijk")
    form = NationalAnswerForm(request.POST, prefix=f"landelijk-{external.pk}")
    return _post_only(
        request,
        external.case,
        form,
        lambda: services.record_external_answer(request.user, external, **form.cleaned_data),
        _("Het antwoord is vastgelegd."),
        "scherm:route-landelijk",
    )


@login_required
def national_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The dossier as it was sent, as JSON or PDF: the same content either way."""
    external = _external(request, pk, f"document:landelijk-{fmt}")
    log_access(
        user=request.user,
        case=external.case,
        action="export",
        channel=f"document:landelijk-{fmt}",
        request=request,
    )
    name = f"escalatie-{external.case.reference}-{external.sent_at:%Y-%m-%d}"
    if fmt == "json":
        body = json.dumps(external.export, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}.json"'
    else:
        content = render_pdf(
            "route/pdf/national.html", {"export": external.export, "external": external}
        )
        return _pdf(content, f"{name}.pdf")
    response["Cache-Control"] = "no-store"
    return response


# --- Time-out -----------------------------------------------------------------------------


@login_required
def time_out(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "scherm:route-time-out")
    form = TimeOutForm(request.POST or None)
    return _form_page(
        request,
        case,
        form,
        call=lambda: services.register_time_out(request.user, case, **form.cleaned_data),
        title=_("Time-out vastleggen"),
        submit=_("Vastleggen"),
        success=_("De time-out is vastgelegd; u krijgt een melding voordat hij afloopt."),
        channel="scherm:route-time-out",
        intro=_(
            "Een besluit of invordering die het bestaan van het huishouden bedreigt, wordt "
            "opgeschort terwijl de partijen een alternatief zoeken."
        ),
    )


@login_required
@require_POST
def end_time_out(request: HttpRequest, pk: int) -> HttpResponse:
    found = _on_case(request, TimeOut.objects.all(), pk, "scherm:route-time-out")
    case = found.case
    try:
        services.end_time_out(request.user, found)
    except (ValidationError, Conflict) as error:
        messages.error(request, _message(error))
    else:
        _logged(request, case, "update", "scherm:route-time-out")
        messages.success(request, _("De time-out is beëindigd."))
    return _to_dossier(case)


# --- Plan ---------------------------------------------------------------------------------


@login_required
def make_plan(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "scherm:route-plan")
    form = PlanForm(request.POST or None)
    goals = GoalFormSet(request.POST or None, prefix="doel")

    def call():
        if not goals.is_valid():
            raise ValidationError({"goals": _("Controleer de doelen.")})
        chosen = [f.goal() for f in goals.forms if f.cleaned_data and not f.is_blank()]
        services.make_plan(
            request.user,
            case,
            summary=form.cleaned_data["summary"],
            goals=chosen,
            commitments=form.commitment_lines(),
        )

    return _form_page(
        request,
        case,
        form,
        call=call,
        title=_("Plan opstellen (1Gezin1Plan)"),
        submit=_("Plan vastleggen"),
        success=_("Het plan is vastgelegd."),
        channel="scherm:route-plan",
        intro=_(
            "Maak het plan met het huishouden: concrete doelen met wie ze oppakt en wanneer, "
            "en wat het huishouden zelf afspreekt."
        ),
        extra={"goals": goals},
        template="route/case/plan_form.html",
    )


def _plan(request: HttpRequest, pk: int, channel: str) -> Plan:
    return _on_case(request, Plan.objects.all(), pk, channel)


@login_required
@require_POST
def add_goal(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk, "scherm:route-plan")
    form = GoalForm(request.POST, prefix="nieuw-doel")
    return _post_only(
        request,
        plan.case,
        form,
        lambda: services.add_goal(request.user, plan, form.goal()),
        _("Het doel is toegevoegd."),
        "scherm:route-plan",
    )


@login_required
@require_POST
def goal_status(request: HttpRequest, pk: int) -> HttpResponse:
    goal = get_object_or_404(Goal.objects.select_related("plan"), pk=pk)
    case = _case(request, goal.plan.case_id, "scherm:route-plan")
    goal.plan.case = case
    form = GoalStatusForm(request.POST, prefix=f"doel-{goal.pk}")
    return _post_only(
        request,
        case,
        form,
        lambda: services.set_goal_status(request.user, goal, form.cleaned_data["status"]),
        _("De stand van het doel is bijgewerkt."),
        "scherm:route-plan",
    )


@login_required
@require_POST
def carry_out(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk, "scherm:route-plan")
    form = CarryOutForm(request.POST, prefix="uitgevoerd")
    return _post_only(
        request,
        plan.case,
        form,
        lambda: services.carry_out(request.user, plan, on=form.cleaned_data["on"]),
        _("De oplossing is uitgevoerd; de monitoringsmomenten staan gepland."),
        "scherm:route-plan",
    )


@login_required
def plan_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The plan printed for the household: their goals, who does what, their own commitments."""
    plan = _plan(request, pk, "document:plan")
    log_access(
        user=request.user, case=plan.case, action="export", channel="document:plan", request=request
    )
    content = render_pdf(
        "route/pdf/plan.html",
        {
            "plan": plan,
            "case": plan.case,
            "members": list(plan.case.household.members.all()),
            "goals": list(plan.goals.all()),
            "commitments": list(plan.commitments.all()),
            "regisseur": plan.case.regisseur,
        },
    )
    return _pdf(content, f"plan-{plan.case.reference}.pdf")


# --- Monitoring and evaluation --------------------------------------------------------------


@login_required
def monitoring(request: HttpRequest, pk: int) -> HttpResponse:
    moment = _on_case(request, MonitoringMoment.objects.all(), pk, "scherm:route-monitoring")
    case = moment.case
    domains = list(case.domains.values_list("code", flat=True))
    form = MonitoringForm(request.POST or None, domains=domains)
    return _form_page(
        request,
        case,
        form,
        call=lambda: services.answer_moment(request.user, moment, form.answer()),
        title=_("Monitoring na %(m)s maanden") % {"m": moment.months},
        submit=_("Vastleggen"),
        success=_("De monitoring is vastgelegd."),
        channel="scherm:route-monitoring",
        intro=_("Gepland op %(date)s. Vraag het huishouden zelf hoe het gaat.")
        % {"date": moment.due_date.strftime("%d-%m-%Y")},
    )


@login_required
def evaluate(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "scherm:route-evaluatie")
    form = EvaluationForm(request.POST or None)
    return _form_page(
        request,
        case,
        form,
        call=lambda: services.evaluate_and_close(request.user, case, **form.cleaned_data),
        title=_("Evalueren en afsluiten"),
        submit=_("Evalueren en de casus afsluiten"),
        success=_("De route is geëvalueerd en de casus is afgesloten."),
        channel="scherm:route-evaluatie",
        intro=_("Na het laatste monitoringsmoment: is de oplossing geborgd, en wat leren we?"),
    )
