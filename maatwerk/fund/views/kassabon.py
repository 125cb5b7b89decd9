"""The kassabon of a case: made and filled by whoever works on the case, read (figures
only) by the controller, on screen in the style of a receipt and as PDF; realised costs
entered beside a frozen one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from maatwerk.accounts.roles import capabilities_of
from maatwerk.audit.services import log_access
from maatwerk.cases.services import get_case_for

from .. import compute, services
from ..forms import KassabonForm, LineForm, RealisedForm
from ..models import CostItem, Kassabon, Line
from ..pdf import render_pdf


def _case_for_edit(request: HttpRequest, pk: int, channel: str):
    case = get_case_for(request.user, pk, request=request, channel=channel)
    if not request.user.has_perm("cases.change_case", case):
        raise PermissionDenied
    return case


def _kassabon(request: HttpRequest, pk: int, channel: str) -> Kassabon:
    kassabon = get_object_or_404(Kassabon, pk=pk)
    # Access to the kassabon is access to its case: outside the user's scope it is a 404.
    kassabon.case = get_case_for(request.user, kassabon.case_id, request=request, channel=channel)
    return kassabon


def _personal(request: HttpRequest) -> bool:
    return capabilities_of(request.user).personal_data


def _logged(request: HttpRequest, case, action: str, channel: str) -> None:
    log_access(user=request.user, case=case, action=action, channel=channel, request=request)


def _to_kassabon(kassabon: Kassabon) -> HttpResponse:
    return redirect("fund:kassabon", kassabon.pk)


@login_required
def new(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case_for_edit(request, pk, "scherm:kassabon")
    existing = services.open_kassabon(case)
    if existing is not None:
        return _to_kassabon(existing)
    form = KassabonForm(request.POST or None, initial={"title": _("Kassabon")})
    if request.method == "POST" and form.is_valid():
        try:
            kassabon = services.create_kassabon(request.user, case, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            _logged(request, case, "create", "scherm:kassabon")
            messages.success(request, _("De kassabon is gemaakt. Voeg regels toe."))
            return _to_kassabon(kassabon)
    return render(
        request,
        "fund/kassabon_new.html",
        {"case": case, "form": form},
        status=400 if form.is_bound else 200,
    )


def _receipt_context(request: HttpRequest, kassabon: Kassabon) -> dict:
    personal = _personal(request)
    receipt = services.computed(kassabon, anonymised=not personal)
    return {
        "kassabon": kassabon,
        "case": kassabon.case,
        "receipt": receipt,
        "personal": personal,
        "default_rate": compute.DEFAULT_DISCOUNT_RATE,
        "rate_source": compute.DISCOUNT_RATE_SOURCE,
        "realised": kassabon.realised.order_by("period_end", "pk"),
        "realised_total": sum((r.amount for r in kassabon.realised.all()), 0),
    }


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    kassabon = _kassabon(request, pk, "scherm:kassabon")
    context = _receipt_context(request, kassabon)
    editable = not kassabon.frozen and request.user.has_perm("cases.change_case", kassabon.case)
    items = CostItem.objects.filter(is_active=True)
    context |= {
        "editable": editable,
        "line_form": LineForm(prefix="regel", items=items) if editable else None,
        "items": items,
        "lines": Line.objects.filter(scenario__kassabon=kassabon).select_related("scenario", "item")
        if editable
        else [],
        "realised_form": RealisedForm(prefix="gerealiseerd")
        if kassabon.frozen and services.may_record_realised(request.user, kassabon)
        else None,
    }
    _logged(request, kassabon.case, "read", "scherm:kassabon")
    return render(request, "fund/kassabon.html", context)


@login_required
@require_POST
def add_line(request: HttpRequest, pk: int) -> HttpResponse:
    kassabon = _kassabon(request, pk, "scherm:kassabon")
    form = LineForm(request.POST, prefix="regel", items=CostItem.objects.filter(is_active=True))
    if form.is_valid():
        try:
            services.add_line(
                request.user, kassabon, form.cleaned_data["scenario"], **form.service_fields()
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(
                request,
                " ".join(error.messages) if isinstance(error, ValidationError) else str(error),
            )
        else:
            _logged(request, kassabon.case, "update", "scherm:kassabon")
            messages.success(request, _("De regel staat op de kassabon."))
    else:
        messages.error(request, " ".join(str(e) for errs in form.errors.values() for e in errs))
    return _to_kassabon(kassabon)


@login_required
@require_POST
def remove_line(request: HttpRequest, pk: int) -> HttpResponse:
    line = get_object_or_404(Line.objects.select_related("scenario__kassabon"), pk=pk)
    kassabon = _kassabon(request, line.scenario.kassabon_id, "scherm:kassabon")
    try:
        services.remove_line(request.user, line)
    except (ValidationError, PermissionDenied) as error:
        messages.error(
            request, " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        )
    else:
        _logged(request, kassabon.case, "update", "scherm:kassabon")
        messages.success(request, _("De regel is van de kassabon gehaald."))
    return _to_kassabon(kassabon)


@login_required
@require_POST
def realised(request: HttpRequest, pk: int) -> HttpResponse:
    kassabon = _kassabon(request, pk, "scherm:kassabon")
    form = RealisedForm(request.POST, prefix="gerealiseerd")
    if form.is_valid():
        try:
            services.record_realised(request.user, kassabon, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            messages.error(
                request,
                " ".join(error.messages) if isinstance(error, ValidationError) else str(error),
            )
        else:
            _logged(request, kassabon.case, "update", "scherm:kassabon")
            messages.success(request, _("De gerealiseerde kosten staan naast de raming."))
    else:
        messages.error(request, " ".join(str(e) for errs in form.errors.values() for e in errs))
    return _to_kassabon(kassabon)


@login_required
def pdf(request: HttpRequest, pk: int) -> HttpResponse:
    kassabon = _kassabon(request, pk, "scherm:kassabon-pdf")
    content = render_pdf("fund/kassabon_pdf.html", _receipt_context(request, kassabon))
    _logged(request, kassabon.case, "read", "scherm:kassabon-pdf")
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="kassabon-{kassabon.case.reference}-{kassabon.pk}.pdf"'
    )
    return response
