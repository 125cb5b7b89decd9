"""The report screen and its downloads: thin, over `services` and `exports`."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from . import exports, services

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
