"""The fund's screens: the overview of the municipality's funds, one fund with its burn-down
and ledger, a commitment with its payments, the bookings, and the controller's worklist.
Amounts, references and reasons only: no name of a person is shown here."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from maatwerk.audit.services import log_access
from maatwerk.core.pagination import CappedCountPaginator

from .. import selectors, services
from ..forms import (
    CorrectionForm,
    PaymentForm,
    PrefinanceForm,
    ReleaseForm,
    ReminderForm,
    RepayForm,
    TopUpForm,
    WriteOffForm,
)
from ..models import EntryKind, LedgerEntry, Receivable

PAGE_SIZE = 25


def _fund(request: HttpRequest, pk: int):
    return get_object_or_404(selectors.funds_for(request.user), pk=pk)


def _entry(request: HttpRequest, pk: int) -> LedgerEntry:
    return get_object_or_404(
        LedgerEntry.objects.select_related("fund", "case__household"),
        pk=pk,
        fund__in=selectors.funds_for(request.user),
    )


def _receivable(request: HttpRequest, pk: int) -> Receivable:
    return get_object_or_404(
        Receivable.objects.select_related("fund"),
        pk=pk,
        fund__in=selectors.funds_for(request.user),
    )


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


def _logged(request: HttpRequest, entry: LedgerEntry | None, channel: str) -> None:
    """A booking on a case's money is a change to that case file (in the access log)."""
    if entry is not None and entry.case_id:
        log_access(
            user=request.user, case=entry.case, action="update", channel=channel, request=request
        )


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    funds = [(fund, services.totals(fund)) for fund in selectors.funds_for(request.user)]
    return render(request, "fund/overview.html", {"funds": funds})


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    fund = _fund(request, pk)
    entries = LedgerEntry.objects.filter(fund=fund).select_related("corrects").order_by("-sequence")
    page = CappedCountPaginator(entries, PAGE_SIZE).get_page(request.GET.get("pagina"))
    receivables = selectors.open_receivables(selectors.funds_for(request.user).filter(pk=fund.pk))
    return render(
        request,
        "fund/detail.html",
        {
            "fund": fund,
            "totals": services.totals(fund),
            "chart": selectors.burn_down(fund),
            "page": page,
            "receivables": receivables,
            "limits": fund.limits.all(),
            "top_up_form": TopUpForm(prefix="aanvulling"),
            "may_book": request.user.role in services.FUND_KEEPERS,
        },
    )


@login_required
@require_POST
def top_up(request: HttpRequest, pk: int) -> HttpResponse:
    fund = _fund(request, pk)
    form = TopUpForm(request.POST, prefix="aanvulling")
    if form.is_valid():
        try:
            services.top_up(request.user, fund, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _message(error))
        else:
            messages.success(request, _("De aanvulling is geboekt."))
    else:
        messages.error(request, _("Vul bedrag, herkomst en kenmerk in."))
    return redirect("fund:detail", fund.pk)


@login_required
def commitment(request: HttpRequest, pk: int) -> HttpResponse:
    entry = _entry(request, pk)
    if entry.kind != EntryKind.COMMITMENT:
        return redirect("fund:detail", entry.fund_id)
    drawings = entry.drawings.order_by("sequence")
    return render(
        request,
        "fund/commitment.html",
        {
            "entry": entry,
            "open": services.commitment_open(entry),
            "drawings": drawings,
            "payment_form": PaymentForm(prefix="betaling"),
            "release_form": ReleaseForm(prefix="vrijval"),
            "prefinance_form": PrefinanceForm(prefix="voorfinanciering"),
            "may_book": request.user.role in services.FUND_KEEPERS,
        },
    )


def _booking(request, form_class, prefix: str, book, done: str, back: str, channel: str):
    form = form_class(request.POST, prefix=prefix)
    if form.is_valid():
        try:
            entry = book(form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _message(error))
        else:
            _logged(request, entry if isinstance(entry, LedgerEntry) else None, channel)
            messages.success(request, done)
    else:
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
    return redirect(back)


@login_required
@require_POST
def payment(request: HttpRequest, pk: int) -> HttpResponse:
    entry = _entry(request, pk)
    return _booking(
        request,
        PaymentForm,
        "betaling",
        lambda data: services.book_payment(request.user, entry, **data),
        _("De betaling is geboekt."),
        reverse("fund:commitment", args=[entry.pk]),
        "scherm:fonds-betaling",
    )


@login_required
@require_POST
def release(request: HttpRequest, pk: int) -> HttpResponse:
    entry = _entry(request, pk)
    return _booking(
        request,
        ReleaseForm,
        "vrijval",
        lambda data: services.release(request.user, entry, data["amount"], reason=data["reason"]),
        _("Het bedrag is vrijgevallen."),
        reverse("fund:commitment", args=[entry.pk]),
        "scherm:fonds-vrijval",
    )


@login_required
@require_POST
def correct(request: HttpRequest, pk: int) -> HttpResponse:
    entry = _entry(request, pk)
    return _booking(
        request,
        CorrectionForm,
        "correctie",
        lambda data: services.correct_entry(
            request.user, entry, data["amount"], reason=data["reason"]
        ),
        _("De correctie is geboekt."),
        reverse("fund:detail", args=[entry.fund_id]),
        "scherm:fonds-correctie",
    )


@login_required
@require_POST
def prefinance(request: HttpRequest, pk: int) -> HttpResponse:
    entry = _entry(request, pk)

    def book(data):
        receivable = services.prefinance(request.user, entry, **data)
        return receivable.entries.get()

    return _booking(
        request,
        PrefinanceForm,
        "voorfinanciering",
        book,
        _("De voorfinanciering is geboekt; de vordering staat open."),
        reverse("fund:commitment", args=[entry.pk]),
        "scherm:fonds-voorfinanciering",
    )


@login_required
def receivable(request: HttpRequest, pk: int) -> HttpResponse:
    item = _receivable(request, pk)
    return render(
        request,
        "fund/receivable.html",
        {
            "receivable": item,
            "open": services.receivable_open(item),
            "next_reminder": services.next_reminder(item),
            "entries": item.entries.order_by("sequence"),
            "reminders": item.reminders.order_by("sent_on"),
            "repay_form": RepayForm(prefix="terugbetaling"),
            "write_off_form": WriteOffForm(prefix="afboeken"),
            "reminder_form": ReminderForm(prefix="herinnering"),
            "may_book": request.user.role in services.FUND_KEEPERS,
        },
    )


@login_required
@require_POST
def repay(request: HttpRequest, pk: int) -> HttpResponse:
    item = _receivable(request, pk)
    return _booking(
        request,
        RepayForm,
        "terugbetaling",
        lambda data: services.repay(request.user, item, **data),
        _("De terugbetaling is geboekt."),
        reverse("fund:receivable", args=[item.pk]),
        "scherm:fonds-terugbetaling",
    )


@login_required
@require_POST
def write_off(request: HttpRequest, pk: int) -> HttpResponse:
    item = _receivable(request, pk)
    return _booking(
        request,
        WriteOffForm,
        "afboeken",
        lambda data: services.write_off(request.user, item, data["amount"], reason=data["reason"]),
        _("De vordering is afgeboekt."),
        reverse("fund:receivable", args=[item.pk]),
        "scherm:fonds-afboeken",
    )


@login_required
@require_POST
def remind(request: HttpRequest, pk: int) -> HttpResponse:
    item = _receivable(request, pk)
    return _booking(
        request,
        ReminderForm,
        "herinnering",
        lambda data: services.record_reminder(request.user, item, data["note"]),
        _("De herinnering is vastgelegd."),
        reverse("fund:receivable", args=[item.pk]),
        "scherm:fonds-herinnering",
    )


@login_required
def worklist(request: HttpRequest) -> HttpResponse:
    return render(request, "fund/worklist.html", selectors.worklist(request.user))
