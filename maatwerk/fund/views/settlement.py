"""Settlement statements for the financiële verrekening with partners: draw one up, read it,
download it as PDF or Excel, and book the partner's contribution as a top-up linked to it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import selectors, services
from ..excel import statement_workbook
from ..forms import ContributionForm, StatementForm
from ..models import SettlementStatement, TopUpSource
from ..pdf import render_pdf


def _statements(request: HttpRequest):
    return SettlementStatement.objects.filter(
        municipality_id=services.user_municipality_id(request.user)
    )


def _message(error: Exception) -> str:
    return " ".join(error.messages) if isinstance(error, ValidationError) else str(error)


@login_required
def statements(request: HttpRequest) -> HttpResponse:
    form = StatementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            statement = services.make_statement(request.user, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, _message(error))
        else:
            messages.success(request, _("Het verrekenoverzicht is opgesteld."))
            return redirect("fund:statement", statement.pk)
    return render(
        request,
        "fund/statements.html",
        {"form": form, "statements": _statements(request).order_by("-made_at")[:50]},
        status=400 if form.is_bound else 200,
    )


@login_required
def statement(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(_statements(request), pk=pk)
    return render(
        request,
        "fund/statement.html",
        {
            "statement": item,
            "contributions": item.contributions.select_related("fund").order_by("sequence"),
            "form": ContributionForm(prefix="bijdrage", funds=selectors.funds_for(request.user)),
        },
    )


@login_required
@require_POST
def contribution(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(_statements(request), pk=pk)
    form = ContributionForm(
        request.POST, prefix="bijdrage", funds=selectors.funds_for(request.user)
    )
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.top_up(
                request.user,
                data["fund"],
                data["amount"],
                source=TopUpSource.PARTNER,
                reference=data["reference"],
                statement=item,
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _message(error))
        else:
            messages.success(request, _("De bijdrage is als aanvulling op het fonds geboekt."))
    else:
        messages.error(request, _("Kies het fonds en vul bedrag en kenmerk in."))
    return redirect("fund:statement", item.pk)


def _filename(item: SettlementStatement, extension: str) -> str:
    return f"verrekening-{item.partner_kind}-{item.period_start:%Y%m%d}-{item.pk}.{extension}"


@login_required
def statement_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(_statements(request), pk=pk)
    response = HttpResponse(
        render_pdf("fund/statement_pdf.html", {"statement": item}), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(item, "pdf")}"'
    return response


@login_required
def statement_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(_statements(request), pk=pk)
    response = HttpResponse(
        statement_workbook(item),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(item, "xlsx")}"'
    return response
