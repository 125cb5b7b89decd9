"""Downloads: the agenda and minutes of a consultation, and the decision letter. Each holds
personal data, so each download is written to the access log."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from maatwerk.accounts.roles import capabilities_of
from maatwerk.audit.services import log_access
from maatwerk.cases.services import get_case_for, visible_cases

from ..models import AgendaItem, CanvasVersion, Consultation, Decision
from ..pdf import render_pdf
from ..services import issue_letter


def _pdf(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


def _items(request: HttpRequest, consultation: Consultation) -> list[AgendaItem]:
    """The items of the cases this user may see; the latest canvas version of each."""
    items = list(
        AgendaItem.objects.filter(
            consultation=consultation, case__in=visible_cases(request.user).values("pk")
        )
        .select_related("case__household__team", "added_by", "outcome_by")
        .prefetch_related(
            "tasks__owner",
            Prefetch(
                "case__canvas_versions",
                queryset=CanvasVersion.objects.order_by("-number"),
                to_attr="canvas_newest_first",
            ),
        )
        .order_by("pk")
    )
    for item in items:
        item.canvas = next(iter(item.case.canvas_newest_first), None)
    return items


def _consultation_document(request: HttpRequest, pk: int, template: str, kind: str):
    caps = capabilities_of(request.user)
    if not (caps.view_cases and caps.personal_data):
        raise PermissionDenied
    consultation = get_object_or_404(Consultation.objects.select_related("municipality"), pk=pk)
    items = _items(request, consultation)
    log_access(
        user=request.user,
        cases=[item.case for item in items],
        action="export",
        channel=f"document:{kind}",
        request=request,
    )
    content = render_pdf(
        template,
        {"consultation": consultation, "items": items, "municipality": consultation.municipality},
    )
    return _pdf(content, f"{kind}-casusoverleg-{consultation.date:%Y-%m-%d}.pdf")


@login_required
def agenda_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return _consultation_document(request, pk, "route/pdf/agenda.html", "agenda")


@login_required
def minutes_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return _consultation_document(request, pk, "route/pdf/minutes.html", "verslag")


@login_required
def letter_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The letter as it was first made: made (and kept) on the first download."""
    decision = get_object_or_404(Decision.objects.select_related("proposal"), pk=pk)
    case = get_case_for(
        request.user, decision.proposal.case_id, request=request, channel="document:besluitbrief"
    )
    decision.proposal.case = case
    letter = issue_letter(request.user, decision)
    log_access(
        user=request.user,
        case=case,
        action="export",
        channel="document:besluitbrief",
        request=request,
    )
    content = render_pdf(
        "route/pdf/letter.html", {"text": letter.text, "reference": case.reference}
    )
    return _pdf(content, f"besluitbrief-{case.reference}.pdf")
