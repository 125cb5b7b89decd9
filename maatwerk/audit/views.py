from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from maatwerk.accounts.roles import capabilities_of
from maatwerk.cases.access import get_case_for

from .models import AccessLog
from .services import case_access_log, case_change_history, log_access


@login_required
def case_audit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change history and access log of one case, for the functioneel beheerder. Read-only:
    nothing here can change or remove an audit row. Looking at it is itself logged."""
    if not capabilities_of(request.user).view_audit:
        raise PermissionDenied
    case = get_case_for(request.user, pk, request=request, channel="scherm:audit")
    log_access(
        user=request.user,
        case=case,
        action=AccessLog.Action.READ,
        channel="scherm:audit",
        request=request,
        purpose="toezicht",
    )
    changes = Paginator(case_change_history(case), 50).get_page(request.GET.get("wijzigingen"))
    accesses = Paginator(case_access_log(case), 50).get_page(request.GET.get("inzage"))
    return render(
        request, "audit/case_audit.html", {"case": case, "changes": changes, "accesses": accesses}
    )
