"""The report screen and its downloads: thin, over `services` and `exports`."""

import datetime

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import capabilities_of
from maatwerk.cases import selectors as case_lists
from maatwerk.cases.services import visible_cases

from . import exports, services
from .models import SignalStatus

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "html": "text/html; charset=utf-8",
}


def _period(request: HttpRequest):
    default_start, default_end = services.current_quarter()
    start = request.GET.get("van") or request.POST.get("van") or default_start.isoformat()
    end = request.GET.get("tot") or request.POST.get("tot") or default_end.isoformat()
    return services.parse_period(start, end)


def _municipality(request: HttpRequest):
    municipality = services.municipality_of(request.user)
    if municipality is None:
        raise PermissionDenied
    return municipality


@login_required
def report(request: HttpRequest) -> HttpResponse:
    municipality = _municipality(request)
    error = ""
    try:
        start, end = _period(request)
    except ValidationError as problem:
        error = problem.messages[0]
        start, end = services.current_quarter()
    if request.method == "POST":
        services.save_findings(request.user, start, end, request.POST.get("findings", ""))
        query = urlencode({"van": start.isoformat(), "tot": end.isoformat()})
        return redirect(f"{reverse('insights:report')}?{query}")
    found = services.report_for(municipality, start, end)
    return render(
        request,
        "insights/report.html",
        {
            "error": error,
            "query": urlencode({"van": start.isoformat(), "tot": end.isoformat()}),
            "may_write": services.may_write_findings(request.user),
            "may_signal": request.user.role in services.SIGNAL_EDITORS,
            "proposals": services.proposed_signals(found),
            "document": exports.to_html(found),
            "report": found,
        },
    )


@login_required
def download(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in CONTENT_TYPES:
        raise PermissionDenied
    municipality = _municipality(request)
    try:
        start, end = _period(request)
    except ValidationError as problem:
        return HttpResponse(problem.messages[0], status=400, content_type="text/plain")
    found = services.report_for(municipality, start, end)
    content = {
        "pdf": exports.to_pdf,
        "xlsx": exports.to_xlsx,
        "csv": exports.to_csv,
        "html": exports.to_html,
    }[fmt](found)
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    name = f"kwartaalrapportage-{start.isoformat()}-{end.isoformat()}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


def _date(value: str):
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        raise ValidationError({"response_date": _("Vul een datum in als JJJJ-MM-DD.")}) from None


@login_required
def signals(request: HttpRequest) -> HttpResponse:
    municipality = _municipality(request)
    errors: dict = {}
    if request.method == "POST":
        owner = case_lists.organisations().filter(pk=request.POST.get("owner") or None).first()
        rule = case_lists.rules().filter(pk=request.POST.get("rule") or None).first()
        references = [r.strip() for r in request.POST.get("cases", "").split(",") if r.strip()]
        case_ids = (
            visible_cases(request.user)
            .filter(reference__in=references)
            .values_list("pk", flat=True)
        )
        try:
            signal = services.create_signal(
                request.user,
                title=request.POST.get("title", ""),
                owner=owner,
                rule=rule,
                description=request.POST.get("description", ""),
                case_ids=case_ids,
            )
        except ValidationError as problem:
            errors = problem.message_dict
        else:
            return redirect("insights:signal", pk=signal.pk)
    return render(
        request,
        "insights/signals.html",
        {
            "signals": services.signals_for(municipality).annotate(
                case_count=Count("cases", distinct=True),
                precedent_count=Count("precedents", distinct=True),
            ),
            "may_edit": request.user.role in services.SIGNAL_EDITORS,
            "organisations": case_lists.organisations(),
            "rules": case_lists.rules(active_only=True),
            "errors": errors,
            "posted": request.POST,
        },
        status=400 if errors else 200,
    )


@login_required
def signal(request: HttpRequest, pk: int) -> HttpResponse:
    municipality = _municipality(request)
    found = get_object_or_404(services.signals_for(municipality), pk=pk)
    errors: dict = {}
    if request.method == "POST":
        try:
            services.update_signal(
                request.user,
                found,
                status=request.POST.get("status", ""),
                response=request.POST.get("response", ""),
                response_date=_date(request.POST.get("response_date", "")),
            )
        except ValidationError as problem:
            errors = problem.message_dict
        else:
            return redirect("insights:signal", pk=found.pk)
    caps = capabilities_of(request.user)
    return render(
        request,
        "insights/signal.html",
        {
            "signal": found,
            # Case references only for who may see case files with personal data.
            "case_references": sorted(found.cases.values_list("reference", flat=True))
            if caps.personal_data
            else None,
            "case_count": found.cases.count(),
            "precedents": found.precedents.order_by("title"),
            "statuses": SignalStatus.choices,
            "may_edit": request.user.role in services.SIGNAL_EDITORS,
            "errors": errors,
        },
        status=400 if errors else 200,
    )


@login_required
def propose(request: HttpRequest) -> HttpResponse:
    """Take up a proposal of the report: a signal for the rule, with its cases."""
    start, end = _period(request)
    try:
        rule_id = int(request.POST.get("rule", ""))
    except ValueError:
        return HttpResponse(_("Kies een regel."), status=400, content_type="text/plain")
    found = services.signal_from_blockage(request.user, rule_id, start, end)
    return redirect("insights:signal", pk=found.pk)


def _year(request: HttpRequest) -> int:
    try:
        year = int(request.GET.get("jaar") or services.current_quarter()[1].year)
    except ValueError:
        raise ValidationError(_("Vul een jaartal in.")) from None
    if not 2000 <= year <= 2100:
        raise ValidationError(_("Vul een jaartal in."))
    return year


@login_required
def annual(request: HttpRequest) -> HttpResponse:
    try:
        year = _year(request)
    except ValidationError as problem:
        return HttpResponse(problem.messages[0], status=400, content_type="text/plain")
    evaluation = services.annual_evaluation(_municipality(request), year)
    return render(
        request,
        "insights/annual.html",
        {"evaluation": evaluation, "document": exports.evaluation_html(evaluation)},
    )


@login_required
def annual_pdf(request: HttpRequest) -> HttpResponse:
    try:
        year = _year(request)
    except ValidationError as problem:
        return HttpResponse(problem.messages[0], status=400, content_type="text/plain")
    evaluation = services.annual_evaluation(_municipality(request), year)
    response = HttpResponse(exports.evaluation_pdf(evaluation), content_type=CONTENT_TYPES["pdf"])
    response["Content-Disposition"] = f'attachment; filename="jaarevaluatie-{year}.pdf"'
    response["Cache-Control"] = "no-store"
    return response
