import secrets
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import Scope, capabilities_of
from maatwerk.audit.services import AccessLog, log_access
from maatwerk.core.pagination import paginator_for

from ..access import visible_cases
from ..filters import CaseFilter
from ..models import CaseDomain
from ..sections import case_list_columns

PAGE_SIZE = 25
# Search terms (names, BSNs, addresses) stay out of URLs, and so out of web-server logs: the
# form POSTs the term, the session keeps it, and the URL carries only an opaque token.
SEARCH_PARAM = "zoek"
SEARCHES_KEY = "case_searches"
SEARCHES_KEPT = 20
NOT_IN_URL = ("q", "csrfmiddlewaretoken", "pagina", SEARCH_PARAM)


def _remember_search(request: HttpRequest, text: str) -> str:
    searches = dict(request.session.get(SEARCHES_KEY, {}))
    token = secrets.token_urlsafe(9)
    searches[token] = text
    request.session[SEARCHES_KEY] = dict(list(searches.items())[-SEARCHES_KEPT:])
    return token


def _search_redirect(request: HttpRequest) -> HttpResponse:
    """POST of the search form: the term goes into the session, the browser is sent to a URL
    with the other (non-personal) filters and the token. htmx follows the redirect and shows
    that URL in the address bar."""
    params = [(key, value) for key, value in request.POST.lists() if key not in NOT_IN_URL]
    query = [(key, value) for key, values in params for value in values if value != ""]
    text = request.POST.get("q", "").strip()
    if text:
        query.append((SEARCH_PARAM, _remember_search(request, text)))
    response = HttpResponseRedirect(f"{reverse('cases:list')}?{urlencode(query)}")
    response.status_code = 303  # See Other: the browser GETs the list, nothing to resubmit
    return response


def _filter_data(request: HttpRequest) -> QueryDict | None:
    """The filter values for this page: the URL's, plus the search term behind the token."""
    if not request.GET:
        return None
    data = request.GET.copy()
    token = data.pop(SEARCH_PARAM, [None])[-1]
    if token:
        text = request.session.get(SEARCHES_KEY, {}).get(token)
        if text is None:
            messages.info(
                request, _("Deze zoekopdracht is niet meer bewaard. Vul de zoekterm opnieuw in.")
            )
        else:
            data["q"] = text
    return data


@login_required
def case_list(request: HttpRequest) -> HttpResponse:
    """My cases (where I am regisseur) or all cases I may see, filtered and paginated."""
    caps = capabilities_of(request.user)
    if not caps.view_cases:
        raise PermissionDenied
    if request.method == "POST":
        return _search_redirect(request)
    mine = request.GET.get("weergave", "mijn" if caps.case_scope is Scope.OWN_TEAM else "alle")
    cases = visible_cases(request.user).prefetch_related(
        Prefetch("domains", queryset=CaseDomain.objects.only("case_id", "code"))
    )
    if mine == "mijn" and caps.personal_data:
        cases = cases.filter(regisseur=request.user)
    # Columns other apps add to the list (e.g. the route's phase), declared on their AppConfig.
    extra_columns = case_list_columns(personal=caps.personal_data)
    related = [name for column in extra_columns for name in column.related]
    if related:
        cases = cases.select_related(*related)
    case_filter = CaseFilter(_filter_data(request), queryset=cases, request=request)
    # A refused search (a name typed by a role without personal data) lists nothing: the
    # message next to the field says why.
    refused = case_filter.is_bound and not case_filter.is_valid()
    results = cases.none() if refused else case_filter.qs
    search = case_filter.form.data.get("q", "") if case_filter.is_bound else ""
    page = paginator_for(search)(results, PAGE_SIZE).get_page(request.GET.get("pagina"))
    searching = bool(search.strip())
    # One row for the page as a whole: which case files were listed, and whether by a search.
    log_access(
        user=request.user,
        action=AccessLog.Action.SEARCH if searching else AccessLog.Action.READ,
        channel="scherm:casuslijst",
        request=request,
        details={"cases": [case.pk for case in page.object_list]},
    )
    for case in page.object_list:
        case.extra_cells = [
            {"header": column.header, "value": column.value(case)} for column in extra_columns
        ]
    context = {
        "filter": case_filter,
        "page": page,
        "weergave": mine,
        "extra_columns": extra_columns,
        "page_query": _page_query(request),
    }
    template = "cases/_case_table.html" if request.htmx else "cases/case_list.html"
    return render(request, template, context)


def _page_query(request: HttpRequest) -> str:
    """This page's query string without the page number, for the pagination links. A term
    that came in the URL itself (an old bookmark) goes behind a token from here on."""
    query = request.GET.copy()
    query.pop("pagina", None)
    text = query.pop("q", [""])[-1].strip()
    if text:
        query[SEARCH_PARAM] = _remember_search(request, text)
    return query.urlencode()
