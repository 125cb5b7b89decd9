from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from maatwerk.accounts import policy
from maatwerk.accounts.roles import capabilities_of
from maatwerk.audit.services import log_access

from .. import services
from ..access import get_case_for
from ..forms import NoteForm, TransitionForm
from ..sections import render_sections


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for(request.user, pk, request=request, channel="scherm:dossier")
    log_access(
        user=request.user, case=case, action="read", channel="scherm:dossier", request=request
    )
    personal = capabilities_of(request.user).personal_data
    context = {
        "case": case,
        "eligibility": services.eligibility(case),
        # The parts every app contributes (see cases/sections.py), this app's case file first.
        "sections": render_sections(request, case, personal=personal),
        "side_sections": render_sections(request, case, personal=personal, column="side"),
        # The link to the audit trail is shown to whoever the authorization table lets open it.
        "audit_allowed": policy.is_allowed("audit:case", "GET", request.user),
    }
    if personal:
        context |= {
            "timeline": case.timeline.select_related("actor"),
            "transitions": services.allowed_transitions(request.user, case),
            "note_form": NoteForm(),
            "can_edit": request.user.has_perm("cases.change_case", case),
        }
        return render(request, "cases/case_detail.html", context)
    context |= {
        "domains": case.domains.all(),
        "blockages": case.blockages.select_related("rule", "owner"),
    }
    return render(request, "cases/case_detail_anonymised.html", context)


@login_required
@require_POST
def case_transition(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for(request.user, pk, request=request, channel="scherm:status")
    if not request.user.has_perm("cases.change_case", case):
        raise PermissionDenied
    form = TransitionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Geef een reden voor deze statuswijziging."))
        return redirect("cases:detail", pk=case.pk)
    try:
        services.transition_case(
            request.user, case, form.cleaned_data["target"], form.cleaned_data["reason"]
        )
    except ValidationError as error:
        messages.error(request, _error_text(error))
    except PermissionDenied as error:
        messages.error(request, str(error) or _("U mag deze statuswijziging niet uitvoeren."))
    else:
        log_access(
            user=request.user, case=case, action="update", channel="scherm:status", request=request
        )
        messages.success(request, _("De status is gewijzigd."))
    return redirect("cases:detail", pk=case.pk)


@login_required
@require_POST
def case_note(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for(request.user, pk, request=request, channel="scherm:notitie")
    form = NoteForm(request.POST)
    if form.is_valid():
        services.add_note(request.user, case, form.cleaned_data["text"])
        log_access(
            user=request.user, case=case, action="create", channel="scherm:notitie", request=request
        )
        messages.success(request, _("De notitie is toegevoegd aan de tijdlijn."))
    else:
        messages.error(request, _("Een notitie mag niet leeg zijn."))
    return redirect("cases:detail", pk=case.pk)
