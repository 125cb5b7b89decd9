"""Registering and editing a case in clear steps. Each step saves on its own, in one
transaction; the first step creates the household and the case."""

import uuid
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from maatwerk.accounts.roles import Scope, capabilities_of
from maatwerk.audit.services import log_access

from .. import forms, services
from ..access import get_case_for
from ..models import Case, Household


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    intro: str
    case_form: type | None = None
    formsets: tuple[tuple[str, str, type], ...] = ()  # (prefix, legend, formset class)


STEPS: tuple[Step, ...] = (
    Step(
        "huishouden",
        gettext_lazy("Signaal en huishouden"),
        gettext_lazy(
            "Wie hoort bij het huishouden, waar wonen zij en waar kwam het signaal vandaan?"
        ),
    ),
    Step(
        "leefgebieden",
        gettext_lazy("Leefgebieden"),
        gettext_lazy(
            "Op welke leefgebieden spelen problemen? Beschrijf per leefgebied kort het probleem."
        ),
        formsets=(("domains", gettext_lazy("Leefgebied"), forms.DomainFormSet),),
    ),
    Step(
        "betrokkenen",
        gettext_lazy("Betrokken organisaties en professionals"),
        gettext_lazy("Welke organisaties en professionals zijn al betrokken, en in welke rol?"),
        formsets=(
            ("organisations", gettext_lazy("Organisatie"), forms.CaseOrganisationFormSet),
            ("professionals", gettext_lazy("Professional"), forms.ProfessionalFormSet),
        ),
    ),
    Step(
        "knelpunten",
        gettext_lazy("Knelpunten"),
        gettext_lazy("Welke wet, regeling of regel staat de oplossing in de weg?"),
        formsets=(("blockages", gettext_lazy("Knelpunt"), forms.BlockageFormSet),),
    ),
    Step(
        "route",
        gettext_lazy("Reguliere route en risico"),
        gettext_lazy(
            "De maatwerkroute is alleen voor casussen die het reguliere proces niet "
            "kan oplossen. Leg vast wat al geprobeerd is en wat er gebeurt als we "
            "niets doen."
        ),
        case_form=forms.RouteForm,
        formsets=(("routes", gettext_lazy("Geprobeerde route"), forms.RegularRouteFormSet),),
    ),
    Step(
        "toestemming",
        gettext_lazy("Betrokkenheid en toestemming"),
        gettext_lazy(
            "Praat mét het huishouden, niet over. Is het huishouden betrokken bij het "
            "plan, en mag informatie gedeeld worden (autorisatieformulier)?"
        ),
        case_form=forms.InvolvementForm,
    ),
)
_BY_SLUG = {step.slug: step for step in STEPS}


def _next_step(step: Step) -> Step | None:
    index = STEPS.index(step)
    return STEPS[index + 1] if index + 1 < len(STEPS) else None


def _after_save(request: HttpRequest, case: Case, step: Step) -> HttpResponse:
    messages.success(request, _("‘%(step)s’ is opgeslagen.") % {"step": step.title})
    following = _next_step(step)
    if "verder" in request.POST and following is not None:
        return redirect("cases:step", pk=case.pk, step=following.slug)
    return redirect("cases:detail", pk=case.pk)


def _render(request, step: Step, case: Case | None, **forms_context) -> HttpResponse:
    return render(
        request,
        "cases/case_step.html",
        {
            "steps": STEPS,
            "step": step,
            "case": case,
            "next_step": _next_step(step),
            **forms_context,
        },
    )


def _first_step_forms(request: HttpRequest, case: Case | None):
    user = request.user
    household = case.household if case else Household()
    data = request.POST if request.method == "POST" else None
    choose_team = case is None and capabilities_of(user).case_scope is Scope.ALL
    team = household.team if case else (None if choose_team else user.team)
    return (
        forms.HouseholdForm(data, instance=household, choose_team=choose_team, prefix="hh"),
        forms.MemberFormSet(data, instance=household, prefix="members"),
        forms.SignalForm(
            data,
            instance=case,
            team=team,
            prefix="signal",
            initial={} if case else {"regisseur": user.pk},
        ),
    )


def _show_refusal(request: HttpRequest, error: ValidationError) -> None:
    """A domain rule the forms could not check refused the change: say why. The forms keep
    what was typed, so nothing is lost."""
    messages.error(request, " ".join(error.messages))


@login_required
def case_create(request: HttpRequest) -> HttpResponse:
    if not capabilities_of(request.user).edit_cases:
        raise PermissionDenied
    step = STEPS[0]
    household_form, member_formset, signal_form = _first_step_forms(request, None)
    token_form = forms.IntakeTokenForm(
        request.POST if request.method == "POST" else None, initial={"intake_token": uuid.uuid4()}
    )
    token = token_form.cleaned_data["intake_token"] if token_form.is_valid() else None
    already = services.registered_with(request.user, token) if request.method == "POST" else None
    if already is not None:
        messages.info(
            request,
            _("Deze aanmelding was al opgeslagen als %(reference)s; er is geen tweede gemaakt.")
            % {"reference": already.reference},
        )
        return redirect("cases:detail", pk=already.pk)
    if request.method == "POST" and all(
        f.is_valid() for f in (household_form, member_formset, signal_form)
    ):
        household = dict(household_form.cleaned_data)
        team = household.pop("team", None)
        try:
            case = services.register_case(
                request.user,
                household=household,
                members=[change.fields for change in forms.member_changes(member_formset)],
                case=signal_form.cleaned_data,
                team=team,
                intake_token=token,
            )
        except ValidationError as error:
            _show_refusal(request, error)
        else:
            log_access(
                user=request.user,
                case=case,
                action="create",
                channel="scherm:aanmelden",
                request=request,
            )
            return _after_save(request, case, step)
    return _render(
        request,
        step,
        None,
        household_form=household_form,
        member_formset=member_formset,
        signal_form=signal_form,
        token_form=token_form,
    )


def _log_step(request: HttpRequest, case: Case, step: Step) -> None:
    """Every look at a step shows personal data, every save changes it: both are logged."""
    action = "update" if request.method == "POST" else "read"
    log_access(
        user=request.user,
        case=case,
        action=action,
        channel=f"scherm:stap-{step.slug}",
        request=request,
    )


def _save_step(request: HttpRequest, case: Case, step: Step, case_form, formsets) -> None:
    """One step is one change: its parts go through their services in one unit of work."""
    user = request.user
    with services.editing_case(user, case, what=step.title):
        if case_form is not None:
            services.update_case(user, case, **case_form.cleaned_data)
        for prefix, _legend, formset in formsets:
            if prefix == "domains":
                services.set_domains(user, case, forms.domain_list(formset))
            else:
                services.replace_case_rows(user, case, prefix, forms.row_changes(formset))


@login_required
def case_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    case = get_case_for(request.user, pk, request=request, channel=f"scherm:stap-{step}")
    if not request.user.has_perm("cases.change_case", case):
        raise PermissionDenied
    current = _BY_SLUG.get(step)
    if current is None:
        raise Http404
    if current is STEPS[0]:
        return _edit_first_step(request, case, current)
    data = request.POST if request.method == "POST" else None
    case_form = current.case_form(data, instance=case, prefix="case") if current.case_form else None
    formsets = [
        (prefix, legend, formset_class(data, instance=case, prefix=prefix))
        for prefix, legend, formset_class in current.formsets
    ]
    if request.method == "POST" and all(
        f.is_valid() for f in [case_form, *(fs for *_x, fs in formsets)] if f is not None
    ):
        try:
            _save_step(request, case, current, case_form, formsets)
        except ValidationError as error:
            _show_refusal(request, error)
        else:
            _log_step(request, case, current)
            return _after_save(request, case, current)
    if request.method == "GET":
        _log_step(request, case, current)
    return _render(
        request,
        current,
        case,
        case_form=case_form,
        formsets=[(legend, formset) for _prefix, legend, formset in formsets],
    )


def _edit_first_step(request: HttpRequest, case: Case, step: Step) -> HttpResponse:
    household_form, member_formset, signal_form = _first_step_forms(request, case)
    if request.method == "POST" and all(
        f.is_valid() for f in (household_form, member_formset, signal_form)
    ):
        user = request.user
        try:
            with transaction.atomic():
                services.update_household(user, case.household, **household_form.cleaned_data)
                services.replace_members(user, case.household, forms.member_changes(member_formset))
                services.update_case(user, case, **signal_form.cleaned_data)
        except ValidationError as error:
            _show_refusal(request, error)
        else:
            _log_step(request, case, step)
            return _after_save(request, case, step)
    if request.method == "GET":
        _log_step(request, case, step)
    return _render(
        request,
        step,
        case,
        household_form=household_form,
        member_formset=member_formset,
        signal_form=signal_form,
    )
