"""Requests under the AVG (GDPR). Today: the right of access (art. 15) — everything Maatwerk
holds about one data subject, and who accessed their file when.

Views and the management command call these functions; nothing else. Every export writes an
access-log row for each case concerned.

This app names no model of another app. Each app declares the personal data it holds
(`maatwerk.core.personal_data`, named by its AppConfig); the app holding the data subjects —
today `cases`, with its household members — declares how they are found and which case files
are about them, and every app adds its own sections to the export. A test fails when a model
is declared nowhere (docs/personal-data.md)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from maatwerk.accounts.roles import capabilities_of
from maatwerk.audit.services import AccessLog, log_access, log_denied
from maatwerk.core.bsn import hash_bsn, normalise_bsn
from maatwerk.core.personal_data import NoPersonalData, PersonalData

from .declarations import model_declarations, subject_register
from .export import build_export, limitations

__all__ = [
    "CHANNEL_COMMAND",
    "CHANNEL_SCREEN",
    "PURPOSE",
    "check_may_handle_requests",
    "export_subject",
    "exported_models",
    "find_subjects",
    "get_subject",
    "limitations",
    "may_handle_requests",
    "models_without_personal_data",
    "subject_cases",
]

PURPOSE = "inzageverzoek AVG art. 15"
CHANNEL_SCREEN = "scherm:inzageverzoek"
CHANNEL_COMMAND = "commando:export_subject_data"


def exported_models() -> dict[str, PersonalData]:
    """Every declared model holding personal data, by label (`cases.Member`)."""
    return {
        model.model: model
        for _app, model in model_declarations()
        if isinstance(model, PersonalData)
    }


def models_without_personal_data() -> dict[str, NoPersonalData]:
    """Every model declared to hold nothing about a person, by label, with the reason."""
    return {
        model.model: model
        for _app, model in model_declarations()
        if isinstance(model, NoPersonalData)
    }


def may_handle_requests(user) -> bool:
    """Whose role handles formal requests (the OMO-functionaris, see accounts.roles); such a
    role must also see personal data in every team."""
    caps = capabilities_of(user)
    return caps.access_requests and caps.personal_data and caps.view_cases


def check_may_handle_requests(
    user, *, channel: str = CHANNEL_SCREEN, request: HttpRequest | None = None
) -> None:
    """Refuse — and log the refusal — when this user may not handle requests."""
    if not may_handle_requests(user):
        log_denied(user=user, channel=channel, request=request, requested={})
        raise PermissionDenied


def find_subjects(
    user,
    *,
    bsn: str = "",
    member_id: int | None = None,
    channel: str = CHANNEL_SCREEN,
    request: HttpRequest | None = None,
) -> list:
    """Data subjects matching an exact BSN or id, among those this user may see (a member of
    a household with a confidential case they are not named on is not found). The search is
    logged with the ids found, never with the BSN."""
    check_may_handle_requests(user, channel=channel, request=request)
    register = subject_register()
    if bsn:
        found = register.find(user, bsn_hash=hash_bsn(normalise_bsn(bsn)))
    elif member_id is not None:
        found = register.find(user, subject_id=member_id)
    else:
        found = []
    log_access(
        user=user,
        action=AccessLog.Action.SEARCH,
        channel=channel,
        request=request,
        purpose=PURPOSE,
        details={"gezinsleden": [subject.pk for subject in found]},
    )
    return found


def get_subject(user, pk: int, *, channel: str = CHANNEL_SCREEN, request=None):
    """One subject this user may handle a request for; 404 otherwise (logged as refused), so
    the existence of a person outside the user's reach is not revealed."""
    check_may_handle_requests(user, channel=channel, request=request)
    found = subject_register().find(user, subject_id=pk)
    if not found:
        log_denied(
            user=user,
            channel=channel,
            request=request,
            action=AccessLog.Action.EXPORT,
            requested={"requested_member_id": pk},
        )
        raise Http404
    return found[0]


def subject_cases(user, member) -> list:
    """The case files about the subject this user may see, oldest first."""
    return subject_register().files(user, member)


def export_subject(
    user,
    member,
    *,
    channel: str = CHANNEL_SCREEN,
    request: HttpRequest | None = None,
    form: str = "json",
) -> dict:
    """Log the export — one row naming every case concerned, or the household when there is
    no case — and return the document. The log is written first, so the export shows itself."""
    check_may_handle_requests(user, channel=channel, request=request)
    cases = subject_register().files(user, member)
    log_access(
        user=user,
        cases=cases,
        household=None if cases else member.household,
        action=AccessLog.Action.EXPORT,
        channel=channel,
        request=request,
        purpose=PURPOSE,
        details={"gezinslid": member.pk, "formaat": form},
    )
    return build_export(member, cases, prepared_by=user)
