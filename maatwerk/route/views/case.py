"""The route's screens on one case: putting it on the agenda, the canvas, a proposal, advice,
putting it before a portefeuillehouder, the decision and its replacement, moves by hand and
tasks. Each view parses a form, calls one service and shows the service's refusal."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from maatwerk.accounts.selectors import portefeuillehouders
from maatwerk.audit.services import log_access
from maatwerk.cases.services import get_case_for
from maatwerk.fund import services as fund_services

from .. import services, triangle
from ..errors import Conflict
from ..forms import (
    AdviceForm,
    AgendaForm,
    CanvasForm,
    ConsultForm,
    DecisionForm,
    MoveForm,
    ProposalForm,
    SupersedeForm,
)
from ..mandate import decision_refusal, settings_for
from ..models import CANVAS_FIELD_NAMES, Decision, MandateLevel, Proposal, Task


def _case(request: HttpRequest, pk: int, channel: str):
    case = get_case_for(request.user, pk, request=request, channel=channel)
    if not request.user.has_perm("cases.change_case", case):
        raise PermissionDenied
    return case


def _proposal(request: HttpRequest, pk: int, channel: str) -> Proposal:
    proposal = get_object_or_404(Proposal.objects.select_related("proposed_by"), pk=pk)
    # Access to the proposal is access to its case: outside the user's scope it is a 404.
    proposal.case = _case(request, proposal.case_id, channel)
    return proposal


def _to_dossier(case) -> HttpResponse:
    return redirect(reverse("cases:detail", args=[case.pk]) + "#route")


def _message(error: ValidationError) -> str:
    return " ".join(error.messages)


def _logged(request: HttpRequest, case, action: str, channel: str) -> None:
    log_access(user=request.user, case=case, action=action, channel=channel, request=request)


@login_required
@require_POST
def put_on_agenda(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "scherm:route-agenderen")
    form = AgendaForm(request.POST, prefix="agenda")
    if form.is_valid():
        try:
            item = services.put_on_agenda(
                request.user, case, form.cleaned_data["question"], date=form.cleaned_data["date"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            _logged(request, case, "update", "scherm:route-agenderen")
            messages.success(
                request,
                _("De casus staat op de agenda van %(date)s.")
                % {"date": item.consultation.date.strftime("%d-%m-%Y")},
            )
            return _to_dossier(case)
    return render(request, "route/case/agenda_form.html", {"case": case, "form": form}, status=400)


@login_required
@require_POST
def move(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "scherm:route-fase")
    form = MoveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Geef een reden voor deze stap."))
        return _to_dossier(case)
    try:
        services.move_by_hand(
            request.user, case, form.cleaned_data["target"], form.cleaned_data["reason"]
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(
            request, _message(error) if isinstance(error, ValidationError) else str(error)
        )
    else:
        _logged(request, case, "update", "scherm:route-fase")
        messages.success(request, _("De stap in de route is gezet."))
    return _to_dossier(case)


@login_required
def canvas(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "scherm:route-canvas")
    blockages = case.blockages.select_related("rule", "owner")
    latest = services.latest_canvas(case)
    if request.method == "POST":
        form = CanvasForm(request.POST, blockages=blockages)
        if form.is_valid():
            data = form.cleaned_data
            try:
                version = services.save_canvas(
                    request.user,
                    case,
                    {name: data[name] for name in CANVAS_FIELD_NAMES},
                    [int(pk) for pk in data["blockages"]],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                _logged(request, case, "update", "scherm:route-canvas")
                messages.success(
                    request, _("Canvas opgeslagen als versie %(n)s.") % {"n": version.number}
                )
                return _to_dossier(case)
    else:
        initial = {name: getattr(latest, name) for name in CANVAS_FIELD_NAMES} if latest else {}
        if latest:
            initial["blockages"] = [str(pk) for pk in latest.blockages.values_list("pk", flat=True)]
        form = CanvasForm(initial=initial, blockages=blockages)
    _logged(request, case, "read", "scherm:route-canvas")
    versions = case.canvas_versions.select_related("created_by").order_by("-number")
    return render(
        request,
        "route/case/canvas.html",
        {"case": case, "form": form, "versions": versions, "latest": latest},
        status=400 if form.is_bound else 200,
    )


@login_required
def canvas_compare(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for(request.user, pk, request=request, channel="scherm:route-canvas")
    if not request.user.has_perm("cases.view_personal_data"):
        raise PermissionDenied
    versions = {v.number: v for v in case.canvas_versions.prefetch_related("blockages__rule")}
    if len(versions) < 2:
        messages.info(request, _("Er is nog maar één versie van het canvas."))
        return _to_dossier(case)
    numbers = sorted(versions)
    old = _number(request.GET.get("oud"), numbers[-2], versions)
    new = _number(request.GET.get("nieuw"), numbers[-1], versions)
    _logged(request, case, "read", "scherm:route-canvas")
    return render(
        request,
        "route/case/canvas_compare.html",
        {
            "case": case,
            "old": versions[old],
            "new": versions[new],
            "numbers": numbers,
            "rows": services.compare_versions(versions[old], versions[new]),
        },
    )


def _number(value: str | None, default: int, versions: dict) -> int:
    try:
        number = int(value or default)
    except ValueError:
        return default
    return number if number in versions else default


@login_required
def new_proposal(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "scherm:route-voorstel")
    settings = settings_for(case.household.team.municipality)
    funds = fund_services.open_funds(case.household.team.municipality_id)
    if request.method == "POST":
        form = ProposalForm(request.POST, funds=funds)
        if form.is_valid():
            try:
                proposal = services.submit_proposal(request.user, case, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                _logged(request, case, "update", "scherm:route-voorstel")
                messages.success(
                    request,
                    _("Voorstel ingediend. Mandaatniveau: %(level)s.")
                    % {"level": proposal.get_mandate_level_display()},
                )
                return _to_dossier(case)
    else:
        canvas = services.latest_canvas(case)
        form = ProposalForm(
            initial={"solution": canvas.chosen_solution if canvas else ""}, funds=funds
        )
    return render(
        request,
        "route/case/proposal_form.html",
        {
            "case": case,
            "form": form,
            "threshold": settings.college_threshold,
            "within_role": settings.get_within_frameworks_role_display(),
            "college_role": settings.get_college_recorder_role_display(),
            "funds": funds,
        },
        status=400 if form.is_bound else 200,
    )


@login_required
@require_POST
def give_advice(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = _proposal(request, pk, "scherm:route-advies")
    form = AdviceForm(request.POST, prefix="advies")
    if form.is_valid():
        try:
            services.give_advice(
                request.user,
                proposal,
                form.cleaned_data["recommendation"],
                form.cleaned_data["text"],
            )
        except ValidationError as error:
            messages.error(request, _message(error))
        else:
            _logged(request, proposal.case, "update", "scherm:route-advies")
            messages.success(request, _("Het advies is vastgelegd."))
    else:
        messages.error(request, _("Kies een advies en licht het toe."))
    return _to_dossier(proposal.case)


@login_required
@require_POST
def consult(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = _proposal(request, pk, "scherm:route-voorleggen")
    municipality_id = proposal.case.household.team.municipality_id
    aldermen = portefeuillehouders(municipality_id)
    form = ConsultForm(request.POST, prefix="voorleggen", portefeuillehouders=aldermen)
    if form.is_valid():
        try:
            services.put_before_portefeuillehouder(
                request.user,
                proposal,
                aldermen.filter(pk=form.cleaned_data["portefeuillehouder"]).first(),
                form.cleaned_data["question"],
            )
        except ValidationError as error:
            messages.error(request, _message(error))
        else:
            _logged(request, proposal.case, "update", "scherm:route-voorleggen")
            messages.success(request, _("Het voorstel is voorgelegd."))
    else:
        messages.error(request, _("Kies een portefeuillehouder en schrijf uw vraag op."))
    return _to_dossier(proposal.case)


def _decision_form(request, proposal, form_class, template, record, extra=None):
    """The decision page and its POST, shared by deciding and replacing a decision: only the
    mandate holder gets the form; `record(data)` calls the service. A decision taken
    meanwhile by someone else answers 409 with the form kept as typed."""
    refusal = decision_refusal(request.user, proposal)
    if refusal:
        raise PermissionDenied(refusal)
    college = proposal.mandate_level == MandateLevel.COLLEGE
    form = form_class(request.POST or None, college=college)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                record(dict(form.cleaned_data))
            except Conflict as error:
                form.add_error(None, error)
                status = 409
            except ValidationError as error:
                form.add_error(None, error)
            else:
                _logged(request, proposal.case, "update", "scherm:route-besluit")
                return None
    _logged(request, proposal.case, "read", "scherm:route-besluit")
    context = {
        "case": proposal.case,
        "proposal": proposal,
        "form": form,
        "drawing": triangle.drawing(proposal.scores()),
        "college": college,
        **(extra or {}),
    }
    return render(request, template, context, status=status)


@login_required
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = _proposal(request, pk, "scherm:route-besluit")
    page = _decision_form(
        request,
        proposal,
        DecisionForm,
        "route/case/decision_form.html",
        lambda data: services.decide(request.user, proposal, **data),
    )
    if page is not None:
        return page
    messages.success(request, _("Het besluit is vastgelegd."))
    return _to_dossier(proposal.case)


@login_required
def supersede(request: HttpRequest, pk: int) -> HttpResponse:
    decision = get_object_or_404(Decision.objects.select_related("proposal"), pk=pk)
    proposal = _proposal(request, decision.proposal_id, "scherm:route-besluit")
    decision.proposal = proposal

    def record(data: dict) -> None:
        reason = data.pop("supersede_reason")
        services.supersede_decision(request.user, decision, reason=reason, **data)

    page = _decision_form(
        request,
        proposal,
        SupersedeForm,
        "route/case/supersede_form.html",
        record,
        {"decision": decision},
    )
    if page is not None:
        return page
    messages.success(request, _("Het besluit is vervangen."))
    return _to_dossier(proposal.case)


@login_required
@require_POST
def task_done(request: HttpRequest, pk: int) -> HttpResponse:
    task = get_object_or_404(Task.objects.select_related("agenda_item"), pk=pk)
    case = _case(request, task.agenda_item.case_id, "scherm:route-taak")
    services.complete_task(request.user, task)
    _logged(request, case, "update", "scherm:route-taak")
    messages.success(request, _("De taak is afgerond."))
    return _to_dossier(case)
