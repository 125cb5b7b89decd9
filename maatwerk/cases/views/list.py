from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from maatwerk.accounts.roles import Scope, capabilities_of
from maatwerk.audit.services import AccessLog, log_access
from maatwerk.core.pagination import CappedCountPaginator

from ..access import visible_cases
from ..filters import CaseFilter
from ..models import CaseDomain
from ..sections import case_list_columns

PAGE_SIZE = 25


@login_required
def case_list(request: HttpRequest) -> HttpResponse:
    """My cases (where I am regisseur) or all cases I may see, filtered and paginated."""
    caps = capabilities_of(request.user)
    if not caps.view_cases:
        raise PermissionDenied
    mine = request.GET.get("weergave", "mijn" if caps.case_scope is Scope.OWN_TEAM else "alle")
    cases = visible_cases(request.user).prefetch_related(
        Prefetch("domains", queryset=CaseDomain.objects.only("case_id", "code"))
    )
    if mine == "mijn" and caps.personal_data:
        cases = cases.filter(regisseur=request.user)
    case_filter = CaseFilter(request.GET or None, queryset=cases, request=request)
    page = CappedCountPaginator(case_filter.qs, PAGE_SIZE).get_page(request.GET.get("pagina"))
    # One row for the page as a whole: which case files were listed, and whether by a search.
    log_access(
        user=request.user,
        action=AccessLog.Action.SEARCH if request.GET.get("q") else AccessLog.Action.READ,
        channel="scherm:casuslijst",
        request=request,
        details={"cases": [case.pk for case in page.object_list]},
    )
    # Columns other apps add to the list (e.g. the route's phase), declared on their AppConfig.
    extra_columns = case_list_columns(personal=caps.personal_data)
    for case in page.object_list:
        case.extra_cells = [column.value(case) for column in extra_columns]
    context = {
        "filter": case_filter,
        "page": page,
        "weergave": mine,
        "extra_columns": extra_columns,
    }
    template = "cases/_case_table.html" if request.htmx else "cases/case_list.html"
    return render(request, template, context)
