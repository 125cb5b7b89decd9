"""Read-only lookups: the register's contacts, the authority for a rule, a case's requests,
the requests sent to a partner contact, and the overdue requests on a work list."""

import datetime
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone

from maatwerk.accounts.roles import Role, capabilities_of
from maatwerk.cases import selectors as reference
from maatwerk.cases import services as cases
from maatwerk.cases.domains import Consent
from maatwerk.core.periods import on_days

from .models import Authority, Contact, PartnerRequest

# The national agencies of the register (Landelijk Maatwerkregister); every other kind of
# organisation is a local partner.
NATIONAL_KINDS = frozenset({"belastingdienst", "cak", "cjib", "duo", "ind", "svb", "uwv"})

__all__ = [
    "NATIONAL_KINDS",
    "RequestsOnStartPage",
    "answered_in_time",
    "authorities_for_rules",
    "authority_map",
    "contacts",
    "is_national",
    "open_requests_sent_by",
    "overdue_requests",
    "requests_for_case",
    "requests_for_partner",
    "requests_on_start_page",
    "requests_visible_to",
    "shared_with_partner",
    "with_status_now",
]

_OPEN = (PartnerRequest.Status.OPEN, PartnerRequest.Status.OPGEPAKT)


def contacts() -> QuerySet[Contact]:
    return Contact.objects.filter(active=True).select_related("organisation", "substitute")


def is_national(organisation) -> bool:
    return organisation.kind in NATIONAL_KINDS


def authority_map() -> list[tuple[object, Authority | None]]:
    """Every rule of the case file's list with who can make an exception to it; None where
    nothing is recorded, which shows as "bevoegde onbekend" like the status onbekend."""
    rules = list(reference.rules())
    found = authorities_for_rules(rule.pk for rule in rules)
    return [(rule, found.get(rule.pk)) for rule in rules]


def authorities_for_rules(rule_ids) -> dict[int, Authority]:
    return {
        authority.rule_id: authority
        for authority in Authority.objects.filter(rule_id__in=list(rule_ids)).select_related(
            "holder_organisation", "contact__organisation"
        )
    }


def requests_for_case(case) -> QuerySet[PartnerRequest]:
    return PartnerRequest.objects.filter(case=case).select_related(
        "contact__organisation", "sent_by"
    )


def requests_for_partner(user) -> QuerySet[PartnerRequest]:
    """Only the requests sent to this partner contact; nothing for anyone else."""
    contact = getattr(user, "register_contact", None) if user.role == Role.PARTNER_CONTACT else None
    if contact is None:
        return PartnerRequest.objects.none()
    return PartnerRequest.objects.filter(contact=contact).select_related(
        "contact__organisation", "case", "sent_by"
    )


def requests_visible_to(user) -> QuerySet[PartnerRequest]:
    """The requests a user reaches, as the screens show them: who works on case files sees
    those of the cases they may open (the dossier's section); a partner contact only those
    sent to them; every other role none (the anonymised dossier does not show requests)."""
    if user.role == Role.PARTNER_CONTACT:
        return requests_for_partner(user)
    caps = capabilities_of(user)
    if not (caps.edit_cases and caps.personal_data):
        return PartnerRequest.objects.none()
    return cases.under_visible_cases(user, PartnerRequest.objects.all(), "case").select_related(
        "contact__organisation", "case", "sent_by"
    )


def with_status_now(status: str, today: datetime.date | None = None) -> Q:
    """The condition for requests whose status as of today is `status`: open or picked up
    past the due date is verlopen (services.effective_status), not open or opgepakt."""
    today = today or timezone.localdate()
    if status == PartnerRequest.Status.VERLOPEN:
        return Q(status__in=_OPEN, due_date__lt=today)
    if status in _OPEN:
        return Q(status=status, due_date__gte=today)
    return Q(status=status)


def shared_with_partner(request: PartnerRequest) -> str:
    """What the partner may read of the case: the data shared with the request, as long as
    the household's consent to share stands. Withdrawn later, the partner keeps only the
    question (the minimum to know what is asked), not the shared data."""
    return request.shared if request.case.consent == Consent.GEGEVEN else ""


def overdue_requests(user, today=None) -> QuerySet[PartnerRequest]:
    """Requests past their due date and not answered: every one of the cases the
    OMO-functionaris sees, and for anyone else those they sent themselves. Scoped on the
    request's own join to its case (cases.under_visible_cases), so a short list stops early."""
    today = today or timezone.localdate()
    found = PartnerRequest.objects.filter(status__in=_OPEN, due_date__lt=today)
    if user.role != Role.OMO_FUNCTIONARIS:
        found = found.filter(sent_by=user)
    return (
        cases.under_visible_cases(user, found, "case")
        .select_related("contact__organisation", "case", "sent_by")
        .order_by("due_date", "pk")
    )


def open_requests_sent_by(user) -> QuerySet[PartnerRequest]:
    """Every request this user sent that is not answered yet (overdue ones included)."""
    return (
        PartnerRequest.objects.filter(sent_by=user, status__in=_OPEN)
        .select_related("contact__organisation", "case")
        .order_by("due_date", "pk")
    )


def answered_in_time(municipality_id: int, start: datetime.date, end: datetime.date) -> dict:
    """Of the requests sent to partners in the period: how many, and how many were answered
    by their due date (2 working days, fixed when the request was sent)."""
    rows = PartnerRequest.objects.filter(
        on_days("sent_at", start, end),
        case__household__team__municipality_id=municipality_id,
    ).values_list("due_date", "answered_at")
    sent = in_time = 0
    for due, answered_at in rows:
        sent += 1
        if answered_at is not None and timezone.localdate(answered_at) <= due:
            in_time += 1
    return {"sent": sent, "in_time": in_time}


@dataclass(frozen=True)
class RequestsOnStartPage:
    overdue: list[PartnerRequest]
    waiting: list[PartnerRequest]  # sent by the user, open, not yet past the due date
    more_overdue: bool = False
    more_waiting: bool = False

    @property
    def cases(self) -> list:
        return list({row.case_id: row.case for row in [*self.overdue, *self.waiting]}.values())


def requests_on_start_page(
    user, today: datetime.date | None = None, *, limit: int
) -> RequestsOnStartPage:
    """On "Mijn werk": the overdue requests (all of them for the OMO-functionaris, one's own
    for anyone else), oldest first, and one's own requests still within their term, first due
    first. Two queries, however many requests there are."""
    today = today or timezone.localdate()
    overdue = list(overdue_requests(user, today)[: limit + 1])
    waiting = list(
        cases.under_visible_cases(
            user, open_requests_sent_by(user).filter(due_date__gte=today), "case"
        ).select_related("sent_by")[: limit + 1]
    )
    return RequestsOnStartPage(
        overdue=overdue[:limit],
        waiting=waiting[:limit],
        more_overdue=len(overdue) > limit,
        more_waiting=len(waiting) > limit,
    )
