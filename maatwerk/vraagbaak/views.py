"""The vraagbaak's screens: search, a precedent, writing one by hand, and making one from a
case (the anonymisation pass, side by side with the source, approved before publishing)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from maatwerk.audit.services import AccessLog, log_access
from maatwerk.cases import services as cases

from . import search, services
from .forms import PrecedentForm, SearchForm
from .selectors import visible_precedents

SEARCH_LIMIT = 20


def filters_from(cleaned: dict) -> search.Filters:
    rule = cleaned.get("rule")
    organisation = cleaned.get("organisation")
    return search.Filters(
        domain=cleaned.get("domain") or "",
        rule=rule.pk if rule else None,
        organisation=organisation.pk if organisation else None,
        solution_type=cleaned.get("solution_type") or "",
    )


@login_required
def search_page(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    hits, searched = [], False
    if form.is_bound and form.is_valid():
        filters = filters_from(form.cleaned_data)
        query = form.cleaned_data["q"]
        if query.strip() or any(
            [filters.domain, filters.rule, filters.organisation, filters.solution_type]
        ):
            searched = True
            hits = search.search(query, filters=filters, limit=SEARCH_LIMIT)
    drafts = []
    if services.may_write(request.user):
        drafts = list(visible_precedents(request.user).filter(status="concept")[:20])
    return render(
        request,
        "vraagbaak/search.html",
        {
            "form": form,
            "hits": hits,
            "searched": searched,
            "drafts": drafts,
            "may_write": services.may_write(request.user),
        },
    )


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    precedent = get_object_or_404(
        visible_precedents(request.user).prefetch_related("rules", "organisations"), pk=pk
    )
    if request.method == "POST":
        services.publish(request.user, precedent, published=request.POST.get("publish") == "1")
        messages.success(
            request,
            _("Het precedent is gepubliceerd.")
            if precedent.published
            else _("Het precedent is weer een concept."),
        )
        return redirect("vraagbaak:detail", pk=precedent.pk)
    return render(
        request,
        "vraagbaak/detail.html",
        {"precedent": precedent, "may_write": services.may_write(request.user)},
    )


def _edit(request: HttpRequest, precedent=None) -> HttpResponse:
    if request.method == "POST":
        form = PrecedentForm(request.POST)
        if form.is_valid():
            try:
                saved = services.save_precedent(
                    request.user,
                    precedent,
                    publish=request.POST.get("publish") == "1",
                    **form.service_data(),
                )
            except ValidationError as error:
                _attach(form, error)
            else:
                messages.success(request, _("Het precedent is opgeslagen."))
                return redirect("vraagbaak:detail", pk=saved.pk)
    else:
        form = PrecedentForm(initial=PrecedentForm.initial_for(precedent) if precedent else None)
    return render(request, "vraagbaak/form.html", {"form": form, "precedent": precedent})


def _attach(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, errors in error.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


@login_required
def new(request: HttpRequest) -> HttpResponse:
    return _edit(request)


@login_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _edit(request, get_object_or_404(visible_precedents(request.user), pk=pk))


@login_required
def from_case(request: HttpRequest, pk: int) -> HttpResponse:
    """Case → draft precedent: the anonymised result next to the source, to approve."""
    case = cases.get_case_for(
        request.user, pk, request=request, channel="scherm:vraagbaak-uit-casus"
    )
    log_access(
        user=request.user,
        case=case,
        action=AccessLog.Action.READ,
        channel="scherm:vraagbaak-uit-casus",
        request=request,
    )
    draft = services.draft_from_case(request.user, case)
    if request.method == "POST":
        form = PrecedentForm(request.POST)
        if form.is_valid():
            try:
                saved = services.save_draft(
                    request.user,
                    case,
                    form.service_data(),
                    publish=request.POST.get("publish") == "1",
                )
            except ValidationError as error:
                _attach(form, error)
            else:
                messages.success(request, _("Het precedent is opgeslagen."))
                return redirect("vraagbaak:detail", pk=saved.pk)
    else:
        form = PrecedentForm(
            initial={
                **draft.fields,
                "life_domains": draft.life_domains,
                "rule_ids": draft.rule_ids,
                "organisation_ids": draft.organisation_ids,
            }
        )
    rows = [
        (form[name], draft.source.get(name, ""))
        for name in ("title", "summary", "household", "blockage", "solution")
    ]
    return render(
        request,
        "vraagbaak/from_case.html",
        {"case": case, "form": form, "rows": rows, "replaced": draft.replaced},
    )
