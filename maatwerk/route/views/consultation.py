"""The casusoverleg screen: the agenda of a week's consultation with each case's canvas, and
for the OMO-functionaris the form to record the outcome per case (`services.record_outcome`)."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from maatwerk.accounts.roles import Role
from maatwerk.accounts.selectors import case_workers
from maatwerk.audit.services import AccessLog, log_access
from maatwerk.cases import services as cases

from .. import selectors, services
from ..forms_consultation import outcome_forms
from ..models import AgendaItem, Outcome
from ..workflow import Phase

CHANNEL = "scherm:casusoverleg"
# The canvas fields the agenda shows of each case: enough to discuss it, the rest is in the
# dossier.
CANVAS_SUMMARY = ("goal", "needs", "chosen_solution", "if_nothing")


def _municipality(request: HttpRequest):
    municipality = selectors.municipality_of(request.user)
    if municipality is None:
        raise PermissionDenied(_("Uw account hoort niet bij een gemeente."))
    return municipality


def _consultation(request: HttpRequest, municipality):
    """The week asked for in ?datum=, else the upcoming consultation."""
    text = request.GET.get("datum", "")
    if text:
        try:
            day = parse_date(text)
        except ValueError:
            day = None
        if day is not None:
            return selectors.consultation_in_week(municipality, day)
        messages.error(request, _("Die datum kennen we niet; u ziet het eerstvolgende overleg."))
    return selectors.upcoming_consultation(municipality)


def _pdf_url(name: str, consultation) -> str | None:
    """The PDFs come from another part of the route; link to them only when they exist."""
    if consultation.pk is None:
        return None
    try:
        return reverse(name, args=[consultation.pk])
    except NoReverseMatch:
        return None


def _canvas_summary(canvas) -> list[tuple[str, str]]:
    if canvas is None:
        return []
    labels = {field.name: field.verbose_name for field in canvas._meta.fields}
    return [(labels[name], getattr(canvas, name)) for name in CANVAS_SUMMARY]


def _render_agenda(request: HttpRequest, consultation, bound: dict | None = None, status=200):
    """The agenda page; `bound` holds the posted (invalid) forms of one item, so nothing typed
    is lost."""
    bound = bound or {}
    items = selectors.agenda(consultation, cases=cases.visible_cases(request.user))
    records_outcomes = request.user.role == Role.OMO_FUNCTIONARIS
    for item in items:
        item.canvas_summary = _canvas_summary(item.latest_canvas)
        item.phase = services.phase_of(item.case)
        item.open = not item.outcome and item.phase == Phase.GEAGENDEERD
        if records_outcomes and item.open:
            # Only the item being worked on gets its form here; the others fetch theirs.
            item.forms = bound.get(item.pk)
            item.may_record = item.forms is None
    if items:
        log_access(
            user=request.user,
            cases=[item.case for item in items],
            action=AccessLog.Action.READ,
            channel=CHANNEL,
            request=request,
        )
    week = datetime.timedelta(days=7)
    context = {
        "consultation": consultation,
        "items": items,
        "records_outcomes": records_outcomes,
        "previous_week": (consultation.date - week).isoformat(),
        "next_week": (consultation.date + week).isoformat(),
        "agenda_pdf": _pdf_url("route:agenda_pdf", consultation),
        "minutes_pdf": _pdf_url("route:minutes_pdf", consultation),
        "outcomes": Outcome,
    }
    return render(request, "route/overleg/agenda.html", context, status=status)


@login_required
def agenda(request: HttpRequest) -> HttpResponse:
    """Case workers see the items of the cases they may see (their team's); the
    OMO-functionaris sees every item and records the outcomes."""
    consultation = _consultation(request, _municipality(request))
    return _render_agenda(request, consultation)


@login_required
@require_http_methods(["GET", "POST"])
def record_outcome(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the outcome form of one item (the fragment for htmx, or the agenda with that
    form open). POST: record it."""
    visible = cases.visible_cases(request.user).values("pk")
    item = get_object_or_404(
        AgendaItem.objects.select_related("consultation", "case__household__team"),
        pk=pk,
        case__in=visible,
    )
    if item.consultation.municipality_id != _municipality(request).pk:
        raise Http404
    owners = list(case_workers(item.case.household.team))
    if request.method == "GET":
        form, task_forms = outcome_forms(item, owners)
        if request.htmx:
            context = {"item": item, "form": form, "task_forms": task_forms}
            return render(request, "route/overleg/_outcome_form.html", context)
        return _render_agenda(request, item.consultation, bound={item.pk: (form, task_forms)})
    form, task_forms = outcome_forms(item, owners, request.POST)
    outcome = request.POST.get(f"{form.prefix}-outcome")
    # Task rows count only for a bezinningsperiode; for another outcome they are ignored.
    tasks_valid = outcome != Outcome.BEZINNING or task_forms.is_valid()
    if form.is_valid() and tasks_valid:
        try:
            services.record_outcome(
                request.user,
                item,
                form.cleaned_data["outcome"],
                form.cleaned_data["outcome_notes"],
                task_forms.tasks() if outcome == Outcome.BEZINNING else [],
            )
        except ValidationError as error:
            form.apply_service_error(error, task_forms)
        else:
            log_access(
                user=request.user,
                case=item.case,
                action=AccessLog.Action.UPDATE,
                channel=CHANNEL,
                request=request,
            )
            messages.success(
                request,
                _("Uitkomst voor %(reference)s vastgelegd: %(outcome)s.")
                % {
                    "reference": item.case.reference,
                    "outcome": Outcome(form.cleaned_data["outcome"]).label,
                },
            )
            url = reverse("route:agenda")
            return redirect(f"{url}?datum={item.consultation.date.isoformat()}#punt-{item.pk}")
    messages.error(request, _("De uitkomst is niet vastgelegd. Verbeter wat hieronder staat."))
    return _render_agenda(request, item.consultation, bound={item.pk: (form, task_forms)})
