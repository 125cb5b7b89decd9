"""Read-only lookups: the register's contacts, the authority for a rule, a case's requests,
the requests sent to a partner contact, and the overdue requests on a work list."""

import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from maatwerk.accounts.roles import Role
from maatwerk.cases import services as cases

from .models import Authority, Contact, PartnerRequest

__all__ = [
    "answered_in_time",
    "authorities_for_rules",
    "contacts",
    "overdue_requests",
    "requests_for_case",
    "requests_for_partner",
]

_OPEN = (PartnerRequest.Status.OPEN, PartnerRequest.Status.OPGEPAKT)


def contacts() -> QuerySet[Contact]:
    return Contact.objects.filter(active=True).select_related("organisation", "substitute")


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


def overdue_requests(user, today=None) -> QuerySet[PartnerRequest]:
    """Requests past their due date and not answered: every one of the cases the
    OMO-functionaris sees, and for anyone else those they sent themselves."""
    today = today or timezone.localdate()
    found = PartnerRequest.objects.filter(status__in=_OPEN, due_date__lt=today)
    if user.role == Role.OMO_FUNCTIONARIS:
        found = found.filter(case__in=cases.visible_cases(user))
    else:
        found = found.filter(Q(sent_by=user) & Q(case__in=cases.visible_cases(user)))
    return found.select_related("contact__organisation", "case", "sent_by").order_by(
        "due_date", "pk"
    )


def open_requests_sent_by(user) -> QuerySet[PartnerRequest]:
    return (
        PartnerRequest.objects.filter(sent_by=user, status__in=_OPEN)
        .select_related("contact__organisation", "case")
        .order_by("due_date", "pk")
    )


def answered_in_time(municipality_id: int, start: datetime.date, end: datetime.date) -> dict:
    """Of the requests sent to partners in the period: how many, and how many were answered
    by their due date (2 working days, fixed when the request was sent)."""
    rows = PartnerRequest.objects.filter(
        case__household__team__municipality_id=municipality_id,
        sent_at__date__gte=start,
        sent_at__date__lte=end,
    ).values_list("due_date", "answered_at")
    sent = in_time = 0
    for due, answered_at in rows:
        sent += 1
        if answered_at is not None and timezone.localdate(answered_at) <= due:
            in_time += 1
    return {"sent": sent, "in_time": in_time}
