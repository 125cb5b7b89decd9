"""The API's entries in the access log: which case files were read or changed through which
endpoint. Called explicitly from the viewsets, so every logged call site is visible there."""

from collections.abc import Iterable

from rest_framework.request import Request

from maatwerk.audit.services import log_access, log_denied

from ..models import Case, Household


def log_case_files(request: Request, files: Iterable[Case | Household], action: str) -> None:
    """One row per call, naming every case (and so every person) concerned, however many
    cases the household has."""
    # The channel is the URL name ("api:cases-detail"), so the log says which endpoint.
    channel = request.resolver_match.view_name
    files = list(files)
    households = [record for record in files if isinstance(record, Household)]
    log_access(
        user=request.user,
        household=households[0] if households else None,
        cases=[record for record in files if not isinstance(record, Household)],
        action=action,
        channel=channel,
        request=request,
    )


def cases_of_household(household: Household) -> list[Case | Household]:
    """A household's data belongs to each of its case files; without a case, to the household
    itself (the log still names its members as the people concerned)."""
    return list(household.cases.order_by("pk")) or [household]


def log_refusal(request: Request, view) -> None:
    """A 403 or 404 on a case-file endpoint: record who asked for which id."""
    if not request.user.is_authenticated:
        return
    # The id is whatever the client put in the URL. PostgreSQL's jsonb cannot hold a NUL
    # character: kept as is, a probe with one would turn this 404 into a 500.
    requested = {
        "endpoint": request.resolver_match.view_name,
        "id": str(view.kwargs.get("pk", "")).replace("\x00", "\N{REPLACEMENT CHARACTER}")[:20],
    }
    log_denied(
        user=request.user,
        channel=request.resolver_match.view_name,
        request=request,
        requested=requested,
    )
