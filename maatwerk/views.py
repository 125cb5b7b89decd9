"""Project-wide screens: the start page per role and the session keep-alive. They sit above
every app (like urls.py), so they may look at any role's capabilities."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from maatwerk.accounts.notifications import unread
from maatwerk.accounts.roles import CASE_WORKER_ROLES, Role, capabilities_of
from maatwerk.audit.services import AccessLog, log_access

# Roles that see patterns, not persons, start where their own work is.
# The beleidsmedewerker starts on the signals put to policy (their work, aggregates only),
# not on the quarterly report itself: that is computed over the whole period and takes
# seconds at 100,000 cases; it is one click away.
START_PAGES = {Role.CONTROLLER: "fund:worklist", Role.BELEIDSMEDEWERKER: "insights:signals"}


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Where a role starts: "Mijn werk" (terms due and overdue, new notifications) for those
    who work on cases; the fund's worklist (funds, commitments, receivables due) for the
    controller and the signals to policy (aggregates only) for the beleidsmedewerker; the case
    list for the other roles that see cases; the proposals put
    before them for the portefeuillehouder; a plain start page for a role without screens of
    its own here (the informatiebeveiliger reaches the account changes from the menu)."""
    if request.user.role in CASE_WORKER_ROLES:
        return _my_work(request)
    if request.user.role in START_PAGES:
        return redirect(START_PAGES[request.user.role])
    if capabilities_of(request.user).view_cases:
        return redirect("cases:list")
    if request.user.role == Role.PORTEFEUILLEHOUDER:
        return redirect("route:portfolio")
    return render(request, "home/start.html")


@login_required
@require_POST
def session_keepalive(request: HttpRequest) -> JsonResponse:
    """ "Ingelogd blijven": any request renews the idle timer (SESSION_SAVE_EVERY_REQUEST); this
    one does nothing else and tells the page how long the session now lasts."""
    request.session.modified = True
    return JsonResponse({"seconds_left": request.session.get_expiry_age()})


# "Mijn werk" lists the first rows of each kind (terms, requests); each kind's own work list
# has the rest, one click away.
START_PAGE_ROWS = 10


def _my_work(request: HttpRequest) -> HttpResponse:
    from maatwerk.register.selectors import requests_on_start_page
    from maatwerk.route.deadlines import cases_in, worklist

    today = timezone.localdate()
    work = worklist(request.user, today, limit=START_PAGE_ROWS)
    # Requests to partners: overdue ones (all for the OMO-functionaris) and one's own open
    # ones, in a fixed number of queries (the register's selector, not the route's terms).
    partner_requests = requests_on_start_page(request.user, today, limit=START_PAGE_ROWS)
    case_ids = sorted({*cases_in(work), *(case.pk for case in partner_requests.cases)})
    log_access(
        user=request.user,
        action=AccessLog.Action.READ,
        channel="scherm:mijn-werk",
        request=request,
        details={"cases": case_ids},
    )
    context = {
        "work": work,
        "partner_requests": partner_requests,
        "unread": unread(request.user),
        "start_page": True,
    }
    return render(request, "home/work.html", context)
