"""Requests under the AVG (GDPR). Today: the right of access (art. 15) — everything Maatwerk
holds about one household member, and who accessed their file when.

Views and the management command call these functions; nothing else. Every export writes an
access-log row for each case concerned.

`EXPORTED` and `NO_PERSONAL_DATA` together name every model of Maatwerk's own apps (and
django-auditlog's change history). A test fails when a model is in neither, so whoever adds a
model holding personal data must say here how it reaches the export."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from maatwerk.accounts.roles import capabilities_of
from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import log_access, log_denied
from maatwerk.cases.access import visible_cases, visible_members
from maatwerk.core.bsn import hash_bsn, normalise_bsn

from .export import build_export, limitations

__all__ = [
    "CHANNEL_COMMAND",
    "CHANNEL_SCREEN",
    "EXPORTED",
    "NO_PERSONAL_DATA",
    "PURPOSE",
    "check_may_handle_requests",
    "export_subject",
    "find_subjects",
    "get_subject",
    "limitations",
    "may_handle_requests",
    "subject_cases",
]

PURPOSE = "inzageverzoek AVG art. 15"
CHANNEL_SCREEN = "scherm:inzageverzoek"
CHANNEL_COMMAND = "commando:export_subject_data"

# Models whose rows about the person end up in the export, and where (a key of the document
# made by `export.build_export`; `casussen[].x` is a list under every case).
EXPORTED: dict[str, str] = {
    "cases.Member": "gezinslid — alleen het eigen gezinslid; anderen als aantal",
    "cases.Household": "huishouden — adres, wijk, team",
    "cases.Case": "casussen",
    "cases.CaseDomain": "casussen[].leefgebieden",
    "cases.Blockage": "casussen[].knelpunten",
    "cases.RegularRoute": "casussen[].reguliere_routes",
    "cases.CaseOrganisation": "casussen[].organisaties",
    "cases.Professional": "casussen[].professionals",
    "cases.CaseStatusChange": "casussen[].statushistorie",
    "cases.TimelineEntry": "casussen[].tijdlijn",
    "auditlog.LogEntry": "wijzigingshistorie — eigen gezinslid, huishouden en casussen",
    "audit.AccessLog": "toegangslog — wie, wanneer, handeling, kanaal",
    "accounts.User": (
        "naam en rol van de medewerker bij regisseur, statushistorie, tijdlijn, "
        "wijzigingshistorie en toegangslog; verzoeken van medewerkers zelf lopen via HR"
    ),
}

# Models that hold nothing about a person, and why.
NO_PERSONAL_DATA: dict[str, str] = {
    "accounts.Municipality": "referentielijst: gemeenten",
    "accounts.Team": "referentielijst: teams",
    "accounts.RoleGrantRequest": (
        "aanvragen voor een rol van medewerkers (vier ogen); geen gegevens van burgers"
    ),
    "cases.Organisation": "referentielijst: organisaties",
    "cases.Rule": "referentielijst: regels die blokkeren",
    "cases.ReferenceCounter": "teller voor kenmerken",
    "audit.AccessLogHead": "hash van de nieuwste toegangslogregel",
    "retention.RetentionRule": "bewaartermijnen per soort dossier",
    "retention.DestructionRecord": "vernietigingslijst: kenmerk en voormalig id, geen persoon",
    "retention.RetentionLock": "vergrendeling van de bewaartermijnrun",
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
    """Household members matching an exact BSN or id, among those this user may see (a member
    of a household with a confidential case they are not named on is not found). The search
    is logged with the ids found, never with the BSN."""
    check_may_handle_requests(user, channel=channel, request=request)
    members = visible_members(user).select_related("household__team")
    if bsn:
        members = members.filter(bsn_hash=hash_bsn(normalise_bsn(bsn)))
    elif member_id is not None:
        members = members.filter(pk=member_id)
    else:
        members = members.none()
    found = list(members.order_by("pk"))
    log_access(
        user=user,
        action=AccessLog.Action.SEARCH,
        channel=channel,
        request=request,
        purpose=PURPOSE,
        details={"gezinsleden": [member.pk for member in found]},
    )
    return found


def get_subject(user, pk: int, *, channel: str = CHANNEL_SCREEN, request=None):
    """One member this user may handle a request for; 404 otherwise (logged as refused), so
    the existence of a person outside the user's reach is not revealed."""
    check_may_handle_requests(user, channel=channel, request=request)
    member = visible_members(user).select_related("household__team").filter(pk=pk).first()
    if member is None:
        log_denied(
            user=user,
            channel=channel,
            request=request,
            action=AccessLog.Action.EXPORT,
            requested={"requested_member_id": pk},
        )
        raise Http404
    return member


def subject_cases(user, member) -> list:
    """The cases of the member's household this user may see, oldest first."""
    return list(
        visible_cases(user)
        .filter(household_id=member.household_id)
        .select_related("regisseur", "created_by")
        .order_by("signal_date", "pk")
    )


def export_subject(
    user,
    member,
    *,
    channel: str = CHANNEL_SCREEN,
    request: HttpRequest | None = None,
    form: str = "json",
) -> dict:
    """Log the export — a row per case concerned, or one for the household when there is no
    case — and return the document. The log is written first, so the export shows itself."""
    check_may_handle_requests(user, channel=channel, request=request)
    cases = subject_cases(user, member)
    details = {"gezinslid": member.pk, "formaat": form}
    for case in cases or [None]:
        log_access(
            user=user,
            case=case,
            household=member.household if case is None else None,
            action=AccessLog.Action.EXPORT,
            channel=channel,
            request=request,
            purpose=PURPOSE,
            details=details,
        )
    return build_export(member, cases, prepared_by=user)
