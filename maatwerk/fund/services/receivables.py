"""Overbruggingsprocedure: pre-finance now from a commitment, the responsible party pays back
later. A pre-financed amount stays a receivable until repaid (in part or in full) or written
off with a reason; overdue ones come on the controller's worklist, with a reminder every
REMINDER_WORKING_DAYS working days after the due date."""

import datetime
from decimal import Decimal

from auditlog.context import set_actor
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.core.working_days import WorkingDays

from ..models import EntryKind, LedgerEntry, PayerKind, Receivable, Reminder
from .ledger import _book, _commitment, _draw, _euro, _locked, _require_keeper, parse_amount

__all__ = [
    "REMINDER_WORKING_DAYS",
    "next_reminder",
    "prefinance",
    "receivable_open",
    "record_reminder",
    "repay",
    "write_off",
]

# A reminder once the due date has passed, and again after every ten working days.
REMINDER_WORKING_DAYS = 10


def receivable_open(receivable: Receivable) -> Decimal:
    newest = receivable.entries.order_by("-sequence").first()
    return newest.receivable_open_after if newest else Decimal("0.00")


def prefinance(
    user,
    commitment: LedgerEntry,
    amount,
    *,
    debtor_kind: str,
    debtor: str,
    due_date: datetime.date | None,
    payee: str,
    reference: str,
    agreement: str = "",
) -> Receivable:
    """Pay `amount` from a commitment on behalf of a party that is expected to pay it back
    (a school, a Wlz-uitvoerder, a zorgverzekeraar, another municipality, …) by `due_date`."""
    amount = parse_amount(amount)
    _commitment(commitment)
    _require_keeper(user, commitment.fund)
    errors = {}
    if debtor_kind not in PayerKind.values:
        errors["debtor_kind"] = _("Kies wat voor partij terugbetaalt.")
    if not (debtor or "").strip():
        errors["debtor"] = _("Noem de partij die terugbetaalt.")
    if due_date is None:
        errors["due_date"] = _("Vul in wanneer uiterlijk wordt terugbetaald.")
    elif due_date <= timezone.localdate():
        errors["due_date"] = _("De terugbetaaldatum ligt in de toekomst.")
    if not (payee or "").strip():
        errors["payee"] = _("Aan wie is betaald?")
    if not (reference or "").strip():
        errors["reference"] = _("Vul het kenmerk van de betaling in.")
    if errors:
        raise ValidationError(errors)
    with transaction.atomic(), set_actor(user):
        _locked(commitment.fund)
        receivable = Receivable.objects.create(
            fund=commitment.fund,
            debtor_kind=debtor_kind,
            debtor=debtor.strip()[:200],
            amount=amount,
            due_date=due_date,
            agreement=(agreement or "").strip()[:200],
            created_by=user,
            created_at=timezone.now(),
        )
        _draw(
            user,
            commitment,
            EntryKind.PREFINANCING,
            amount,
            {"committed": -amount, "paid": amount, "receivable": amount},
            receivable=receivable,
            receivable_open_after=amount,
            payee=payee.strip()[:200],
            reference=reference.strip()[:100],
        )
    return receivable


def _settle(user, receivable: Receivable, kind: str, amount, deltas_sign: dict, **fields):
    what = fields.pop("what")
    origin = receivable.entries.order_by("sequence").first()
    with transaction.atomic(), set_actor(user):
        locked = _locked(receivable.fund)
        open_amount = receivable_open(receivable)
        if amount > open_amount:
            raise ValidationError(
                {
                    "amount": _(
                        "Er staat nog EUR %(open)s open: meer kan niet worden %(what)s. Er is "
                        "niets geboekt."
                    )
                    % {"open": _euro(open_amount), "what": what}
                }
            )
        return _book(
            user,
            locked,
            kind,
            amount,
            {name: amount * sign for name, sign in deltas_sign.items()},
            receivable=receivable,
            receivable_open_after=open_amount - amount,
            case_id=origin.case_id,
            case_reference=origin.case_reference,
            decision_id=origin.decision_id,
            **fields,
        )


def repay(
    user,
    receivable: Receivable,
    amount,
    *,
    reference: str,
    value_date: datetime.date | None = None,
) -> LedgerEntry:
    """The party paid back (part of) what was pre-financed: it returns to the fund."""
    amount = parse_amount(amount)
    _require_keeper(user, receivable.fund)
    if not (reference or "").strip():
        raise ValidationError({"reference": _("Vul het kenmerk van de terugbetaling in.")})
    if value_date is not None and value_date > timezone.localdate():
        raise ValidationError({"value_date": _("Een terugbetaling ligt niet in de toekomst.")})
    return _settle(
        user,
        receivable,
        EntryKind.REPAYMENT,
        amount,
        {"available": 1, "receivable": -1},
        payee=receivable.debtor,
        reference=reference.strip()[:100],
        value_date=value_date,
        what=_("terugbetaald"),
    )


def write_off(user, receivable: Receivable, amount=None, *, reason: str) -> LedgerEntry:
    """Give up on (part of) a receivable, with a reason: the money stays spent."""
    _require_keeper(user, receivable.fund)
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Geef aan waarom de vordering wordt afgeboekt.")})
    amount = receivable_open(receivable) if amount is None else parse_amount(amount)
    if amount <= 0:
        raise ValidationError(_("Deze vordering staat niet meer open."))
    return _settle(
        user,
        receivable,
        EntryKind.WRITE_OFF,
        amount,
        {"receivable": -1},
        payee=receivable.debtor,
        reason=reason.strip(),
        what=_("afgeboekt"),
    )


def next_reminder(
    receivable: Receivable, calendar: WorkingDays | None = None
) -> datetime.date | None:
    """When the next reminder is due: the first working day after the due date, then every
    REMINDER_WORKING_DAYS working days after the last one sent. None when nothing is open."""
    if receivable_open(receivable) <= 0:
        return None
    calendar = calendar or WorkingDays.load()
    last = receivable.reminders.order_by("-sent_on").first()
    if last is None:
        return calendar.next_working_day(receivable.due_date + datetime.timedelta(days=1))
    return calendar.add(last.sent_on, REMINDER_WORKING_DAYS)


def record_reminder(user, receivable: Receivable, note: str = "") -> Reminder:
    """A reminder was sent to the party (by letter or mail, outside this system)."""
    _require_keeper(user, receivable.fund)
    if receivable_open(receivable) <= 0:
        raise ValidationError(_("Deze vordering staat niet meer open."))
    if receivable.due_date >= timezone.localdate():
        raise ValidationError(_("De vordering is nog niet verlopen."))
    with transaction.atomic(), set_actor(user):
        return Reminder.objects.create(
            receivable=receivable,
            note=(note or "").strip()[:300],
            sent_on=timezone.localdate(),
            sent_by=user,
        )
