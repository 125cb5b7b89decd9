"""Work lists: the proposals waiting for the user's decision, and the portefeuillehouder's
own screen with exactly the proposals put before them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from maatwerk.audit.services import AccessLog, log_access
from maatwerk.core.pagination import CappedCountPaginator

from .. import selectors, services
from ..deadlines import cases_in, worklist
from ..forms_consultation import PortfolioViewForm
from ..models import VALUES, PortfolioConsultation

PAGE_SIZE = 25


class AwaitingPaginator(CappedCountPaginator):
    # Past a hundred waiting proposals the exact number does not help anyone decide.
    count_limit = 100


@login_required
def awaiting(request: HttpRequest) -> HttpResponse:
    """ "Te besluiten": open proposals whose mandate level the user's role decides."""
    proposals = selectors.proposals_awaiting_decision(request.user)
    page = AwaitingPaginator(proposals, PAGE_SIZE).get_page(request.GET.get("pagina"))
    # Like the case list: one row naming the case files listed (reference and title).
    log_access(
        user=request.user,
        action=AccessLog.Action.READ,
        channel="scherm:te-besluiten",
        request=request,
        details={"cases": [proposal.case_id for proposal in page.object_list]},
    )
    return render(request, "route/werk/awaiting.html", {"page": page})


def _render_portfolio(request: HttpRequest, bound: dict | None = None) -> HttpResponse:
    """Only what the portefeuillehouder needs for their view: no names, address, members or
    dossier. They have no case access, so nothing here goes through `get_case_for`: each row
    is theirs because it names them."""
    bound = bound or {}
    consultations = list(selectors.proposals_before(request.user))
    for consultation in consultations:
        proposal = consultation.proposal
        consultation.values = [
            (
                label,
                question,
                getattr(proposal, f"{name}_score"),
                getattr(proposal, f"{name}_motivation"),
            )
            for name, label, question in VALUES
        ]
        consultation.may_answer = consultation.answered_at is None and not consultation.decided
        if consultation.may_answer:
            consultation.form = bound.get(consultation.pk) or PortfolioViewForm(
                prefix=f"voorlegging-{consultation.pk}"
            )
    if consultations:
        # The solution text and the question are personal data of the case.
        log_access(
            user=request.user,
            cases=[consultation.proposal.case for consultation in consultations],
            action=AccessLog.Action.READ,
            channel="scherm:portefeuille",
            request=request,
            purpose="consultatie portefeuillehouder",
        )
    return render(request, "route/werk/portfolio.html", {"consultations": consultations})


@login_required
def portfolio(request: HttpRequest) -> HttpResponse:
    return _render_portfolio(request)


@login_required
@require_POST
def portfolio_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Record the portefeuillehouder's view (once) with `services.record_portfolio_view`."""
    consultation = get_object_or_404(
        PortfolioConsultation.objects.select_related("proposal__case"),
        pk=pk,
        portefeuillehouder=request.user,
    )
    form = PortfolioViewForm(request.POST, prefix=f"voorlegging-{consultation.pk}")
    if form.is_valid():
        try:
            services.record_portfolio_view(request.user, consultation, form.cleaned_data["view"])
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for name, errors in error.error_dict.items():
                    form.add_error(name if name in form.fields else None, errors)
            else:
                form.add_error(None, error)
            # Already answered or already decided: the form is gone, so say it up here.
            messages.error(request, " ".join(error.messages))
        else:
            log_access(
                user=request.user,
                case=consultation.proposal.case,
                action=AccessLog.Action.UPDATE,
                channel="scherm:portefeuille",
                request=request,
                purpose="consultatie portefeuillehouder",
            )
            messages.success(request, _("Uw zienswijze is vastgelegd. Dank u wel."))
            return redirect("route:portfolio")
    else:
        messages.error(
            request, _("Uw zienswijze is niet vastgelegd. Verbeter wat hieronder staat.")
        )
    return _render_portfolio(request, bound={consultation.pk: form})


@login_required
def deadlines(request: HttpRequest) -> HttpResponse:
    """ "Termijnen": what is due or overdue on the route in the cases the user answers for —
    the OMO-functionaris's worklist, and the consulent's own cases."""
    work = worklist(request.user, timezone.localdate())
    log_access(
        user=request.user,
        action=AccessLog.Action.READ,
        channel="scherm:termijnen",
        request=request,
        details={"cases": cases_in(work)},
    )
    return render(request, "route/werk/deadlines.html", {"work": work})
