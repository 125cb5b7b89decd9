"""The register's screens: contacts and the authority map for every professional, sending a
request from a case, the work list of (overdue) requests, and the partner contact's own
requests."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from maatwerk.audit.services import AccessLog, log_access
from maatwerk.cases import services as cases

from . import selectors, services
from .forms import AnswerForm, PickUpForm, SendForm
from .models import Authority


@login_required
def contacts(request: HttpRequest) -> HttpResponse:
    return render(request, "register/contacts.html", {"contacts": selectors.contacts()})


@login_required
def authorities(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "register/authorities.html",
        {"rows": selectors.authority_map(), "unknown": Authority.Status.ONBEKEND},
    )


def _errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, errors in error.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


@login_required
def send(request: HttpRequest, pk: int) -> HttpResponse:
    case = cases.get_case_for(request.user, pk, request=request, channel="scherm:verzoek")
    form = SendForm(request.POST or None, initial={"contact": request.GET.get("contact")})
    if request.method == "POST" and form.is_valid():
        try:
            sent = services.send_request(
                request.user,
                case,
                form.cleaned_data["contact"],
                form.cleaned_data["question"],
                form.cleaned_data["shared"],
            )
        except ValidationError as error:
            _errors(form, error)
        else:
            log_access(
                user=request.user,
                case=case,
                action=AccessLog.Action.UPDATE,
                channel="scherm:verzoek",
                request=request,
                details={"request": sent.pk},
            )
            messages.success(
                request,
                _("Verzoek verstuurd; uiterlijk %(due)s beantwoord.")
                % {"due": sent.due_date.strftime("%d-%m-%Y")},
            )
            return redirect("cases:detail", pk=case.pk)
    return render(request, "register/send.html", {"case": case, "form": form})


@login_required
def worklist(request: HttpRequest) -> HttpResponse:
    overdue = list(selectors.overdue_requests(request.user))
    mine = services.with_status(selectors.open_requests_sent_by(request.user))
    log_access(
        user=request.user,
        cases=list({row.case_id: row.case for row in [*overdue, *mine]}.values()),
        action=AccessLog.Action.READ,
        channel="scherm:verzoeken",
        request=request,
    )
    return render(request, "register/worklist.html", {"overdue": overdue, "mine": mine})


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    rows = services.with_status(selectors.requests_for_partner(request.user))
    log_access(
        user=request.user,
        cases=list({row.case_id: row.case for row in rows}.values()),
        action=AccessLog.Action.READ,
        channel="scherm:mijn-verzoeken",
        request=request,
    )
    return render(request, "register/inbox.html", {"rows": rows})


@login_required
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    found = selectors.requests_for_partner(request.user).filter(pk=pk).first()
    if found is None:
        raise Http404
    log_access(
        user=request.user,
        case=found.case,
        action=AccessLog.Action.READ,
        channel="scherm:verzoek-partner",
        request=request,
        details={"request": found.pk},
    )
    pick_form = PickUpForm(initial={"reference": found.partner_reference})
    answer_form = AnswerForm()
    if request.method == "POST":
        try:
            if "answer" in request.POST:
                answer_form = AnswerForm(request.POST)
                if answer_form.is_valid():
                    services.answer_request(request.user, found, answer_form.cleaned_data["answer"])
                    messages.success(request, _("Uw antwoord staat bij de casus."))
                    return redirect("register:request", pk=found.pk)
            else:
                pick_form = PickUpForm(request.POST)
                if pick_form.is_valid():
                    services.pick_up(request.user, found, pick_form.cleaned_data["reference"])
                    messages.success(request, _("Het verzoek is opgepakt."))
                    return redirect("register:request", pk=found.pk)
        except ValidationError as error:
            _errors(answer_form if "answer" in request.POST else pick_form, error)
    found.status_now = services.effective_status(found)
    found.shared_now = selectors.shared_with_partner(found)
    return render(
        request,
        "register/request.html",
        {"row": found, "pick_form": pick_form, "answer_form": answer_form},
    )
