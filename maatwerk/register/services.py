"""Every act on a request to a partner: sending it from a case (consent checked, due in 2
working days), the partner picking it up with their own reference, and the answer, which
lands on the case's timeline. Screens (and commands) call these functions."""

from auditlog.context import set_actor
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import Role
from maatwerk.cases import services as cases
from maatwerk.cases.domains import Consent
from maatwerk.core.working_days import add_working_days

from .errors import Refused
from .models import Contact, PartnerRequest

__all__ = [
    "ANSWER_WORKING_DAYS",
    "answer_request",
    "due_date_for",
    "effective_status",
    "pick_up",
    "send_request",
    "with_status",
]

# The Landelijk Maatwerkregister's promise: a question is picked up within 2 working days.
ANSWER_WORKING_DAYS = 2


def due_date_for(sent_on) -> object:
    return add_working_days(sent_on, ANSWER_WORKING_DAYS)


def effective_status(request: PartnerRequest, today=None) -> str:
    """Open or picked up past the due date is verlopen (overdue), until it is answered."""
    today = today or timezone.localdate()
    if request.status in (PartnerRequest.Status.OPEN, PartnerRequest.Status.OPGEPAKT):
        if today > request.due_date:
            return PartnerRequest.Status.VERLOPEN
    return request.status


def with_status(rows, today=None) -> list[PartnerRequest]:
    """The rows, each with `status_now`: its status as of today (verlopen when overdue)."""
    today = today or timezone.localdate()
    rows = list(rows)
    for row in rows:
        row.status_now = effective_status(row, today)
    return rows


def send_request(
    user, case, contact: Contact, question: str, shared: str = "", *, now=None
) -> PartnerRequest:
    """Send a question from this case to a partner's contact. Refused, with the reason, when
    the household has not given consent to share information. `now` is the moment of
    sending (the clock by default)."""
    if not question.strip():
        raise ValidationError({"question": _("Stel een vraag.")})
    if not contact.active:
        raise ValidationError({"contact": _("Deze contactpersoon is niet meer actief.")})
    with cases.editing_case(user, case, _("Verzoek aan partner verstuurd")) as locked:
        if locked.consent != Consent.GEGEVEN:
            raise Refused(
                _(
                    "Zonder toestemming van het huishouden om informatie te delen kan geen "
                    "verzoek worden verstuurd (toestemming: %(consent)s)."
                )
                % {"consent": locked.get_consent_display().lower()}
            )
        now = now or timezone.now()
        with set_actor(user):
            request = PartnerRequest.objects.create(
                case=locked,
                contact=contact,
                question=question.strip(),
                shared=shared.strip(),
                sent_by=user,
                sent_at=now,
                due_date=due_date_for(timezone.localdate(now)),
            )
        cases.add_timeline_entry(
            user,
            locked,
            "register_request",
            _("Verzoek aan %(contact)s, uiterlijk %(due)s beantwoord.")
            % {"contact": contact, "due": request.due_date.strftime("%d-%m-%Y")},
        )
    return request


def _require_partner(user, request: PartnerRequest) -> None:
    contact = getattr(user, "register_contact", None)
    if user.role != Role.PARTNER_CONTACT or contact is None or contact.pk != request.contact_id:
        raise PermissionDenied(_("Dit verzoek is niet aan u gericht."))


def pick_up(user, request: PartnerRequest, reference: str = "") -> PartnerRequest:
    """The partner opens their own file: the request is opgepakt, with their reference."""
    _require_partner(user, request)
    with transaction.atomic(), set_actor(user):
        locked = PartnerRequest.objects.select_for_update().get(pk=request.pk)
        if locked.closed:
            raise Refused(_("Dit verzoek is al beantwoord; oppakken kan niet meer."))
        locked.status = PartnerRequest.Status.OPGEPAKT
        locked.partner_reference = reference.strip()[:100]
        locked.picked_up_at = locked.picked_up_at or timezone.now()
        locked.save()
    return locked


def answer_request(user, request: PartnerRequest, answer: str) -> PartnerRequest:
    """The partner's answer, on the request and as a line on the case's timeline. An answer
    to a request that is already answered is refused and changes nothing."""
    _require_partner(user, request)
    if not answer.strip():
        raise ValidationError({"answer": _("Vul een antwoord in.")})
    with transaction.atomic(), set_actor(user):
        locked = (
            PartnerRequest.objects.select_for_update().select_related("case").get(pk=request.pk)
        )
        if locked.closed:
            raise Refused(_("Dit verzoek is al beantwoord; een tweede antwoord kan niet."))
        locked.status = PartnerRequest.Status.BEANTWOORD
        locked.answer = answer.strip()
        locked.answered_at = timezone.now()
        locked.answered_by = user
        locked.save()
        cases.add_timeline_entry(
            user,
            locked.case,
            "register_answer",
            _("Antwoord van %(contact)s: %(answer)s")
            % {"contact": locked.contact, "answer": locked.answer},
        )
    return locked
