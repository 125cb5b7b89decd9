"""The ledger: every booking on a fund goes through `_book`, which locks the fund row, reads
the totals from the last entry, checks that nothing goes below zero and appends one entry
carrying the new totals. The database's CHECK constraints and the unique (fund, sequence)
stop whatever would slip past the lock.

Commitments are made by the route when an approving decision with a fund request is recorded
(`commit`, inside the route's transaction) and released when that decision is withdrawn or
replaced (`release_commitment`). Payments, releases, top-ups and corrections are booked by
whoever keeps the fund (the controller, the OMO-functionaris)."""

import datetime
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from auditlog.context import set_actor
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import Role
from maatwerk.cases import services as cases

from ..errors import BudgetOp
from ..models import EntryKind, Fund, LedgerEntry, MandateLimit, TopUpSource

__all__ = [
    "FUND_KEEPERS",
    "Totals",
    "allocate",
    "book_payment",
    "commit",
    "commitment_open",
    "correct_entry",
    "limit_for",
    "parse_amount",
    "release",
    "release_commitment",
    "top_up",
    "totals",
    "user_municipality_id",
]

# Who books payments, releases, top-ups and corrections, and keeps the receivables.
FUND_KEEPERS = frozenset({Role.CONTROLLER, Role.OMO_FUNCTIONARIS})
MAX_AMOUNT = Decimal("999999999999.99")
ZERO = Decimal("0.00")
TOTAL_FIELDS = ("budget", "available", "committed", "paid", "receivable", "topped_up")


@dataclass(frozen=True)
class Totals:
    budget: Decimal = ZERO
    available: Decimal = ZERO
    committed: Decimal = ZERO
    paid: Decimal = ZERO
    receivable: Decimal = ZERO
    topped_up: Decimal = ZERO
    sequence: int = 0

    def moved(self, **deltas: Decimal) -> "Totals":
        values = {name: getattr(self, name) + deltas.get(name, ZERO) for name in TOTAL_FIELDS}
        return Totals(**values, sequence=self.sequence + 1)


def parse_amount(value, field: str = "amount") -> Decimal:
    """An amount in euros: positive, at most two decimals. Anything else is a Dutch 400."""
    try:
        amount = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, AttributeError, ValueError):
        raise ValidationError({field: _("Vul een bedrag in euro's in.")}) from None
    if not amount.is_finite():
        raise ValidationError({field: _("Vul een bedrag in euro's in.")})
    if amount <= 0:
        raise ValidationError({field: _("Het bedrag moet groter zijn dan nul.")})
    if amount.as_tuple().exponent < -2 and amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            {field: _("Een bedrag heeft hoogstens twee cijfers achter de komma.")}
        )
    if amount > MAX_AMOUNT:
        raise ValidationError({field: _("Dit bedrag is te groot.")})
    return amount.quantize(Decimal("0.01"))


def user_municipality_id(user) -> int | None:
    if getattr(user, "municipality_id", None):
        return user.municipality_id
    team = getattr(user, "team", None)
    return team.municipality_id if team is not None else None


def _require_keeper(user, fund: Fund) -> None:
    if user.role not in FUND_KEEPERS:
        raise PermissionDenied(_("Alleen de controller of de OMO-functionaris boekt op een fonds."))
    if user_municipality_id(user) != fund.municipality_id:
        raise PermissionDenied(_("Dit fonds is van een andere gemeente."))


def _last(fund_id: int) -> LedgerEntry | None:
    return LedgerEntry.objects.filter(fund_id=fund_id).order_by("-sequence").first()


def totals(fund: Fund) -> Totals:
    """The fund's totals now: those the last entry carries (one indexed row)."""
    last = _last(fund.pk)
    if last is None:
        return Totals()
    return Totals(
        **{name: getattr(last, f"{name}_after") for name in TOTAL_FIELDS},
        sequence=last.sequence,
    )


def commitment_open(commitment: LedgerEntry) -> Decimal:
    """What is still open on a commitment: the newest entry drawing on it says."""
    newest = commitment.drawings.order_by("-sequence").first() or commitment
    return newest.commitment_open_after or ZERO


def commitment_spent(commitment: LedgerEntry) -> Decimal:
    """What was paid (or pre-financed) from a commitment: neither open nor released."""
    released = sum((d.amount for d in commitment.drawings.filter(kind=EntryKind.RELEASE)), ZERO)
    return commitment.amount - commitment_open(commitment) - released


def _budget_op(available: Decimal, amount: Decimal) -> BudgetOp:
    return BudgetOp(
        _(
            "Budget op: er is nog EUR %(available)s beschikbaar in dit fonds, gevraagd is "
            "EUR %(amount)s. Er is niets vastgelegd."
        )
        % {"available": _euro(available), "amount": _euro(amount)}
    )


def _euro(value: Decimal) -> str:
    text = f"{value:,.2f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _book(
    user,
    fund: Fund,
    kind: str,
    amount: Decimal,
    deltas: dict[str, Decimal],
    *,
    value_date: datetime.date | None = None,
    **fields,
) -> LedgerEntry:
    """Append one entry. Must run inside a transaction that holds the fund's row lock."""
    previous = totals(fund)
    after = previous.moved(**deltas)
    if after.available < 0:
        raise _budget_op(previous.available, amount)
    for name in TOTAL_FIELDS:
        if getattr(after, name) < 0:
            raise BudgetOp(_("Deze boeking zou het fonds onder nul brengen. Er is niets geboekt."))
    entry = LedgerEntry(
        fund=fund,
        sequence=after.sequence,
        kind=kind,
        amount=amount,
        value_date=value_date or timezone.localdate(),
        booked_by=user,
        booked_at=timezone.now(),
        **{f"{name}_after": getattr(after, name) for name in TOTAL_FIELDS},
        **fields,
    )
    try:
        with transaction.atomic():
            entry.save()
    except IntegrityError:
        # The constraints caught what the lock should have: refuse, change nothing.
        raise BudgetOp(_("Budget op: het fonds kon deze boeking niet dragen.")) from None
    return entry


def _on_timeline(user, entry: LedgerEntry | None) -> LedgerEntry | None:
    """A line on the case's timeline for a booking that concerns a case."""
    if entry is not None and entry.case_id:
        cases.add_timeline_entry(
            user,
            entry.case,
            "fund",
            _("%(kind)s %(fund)s: %(amount)s.")
            % {
                "kind": entry.get_kind_display(),
                "fund": entry.fund,
                "amount": "EUR " + _euro(entry.amount),
            },
        )
    return entry


def _locked(fund: Fund) -> Fund:
    return Fund.objects.select_for_update().get(pk=fund.pk)


def allocate(
    user, fund: Fund, amount, *, reason: str = "", value_date: datetime.date | None = None
) -> LedgerEntry:
    """The budget the council or College made available (the opening of the year)."""
    amount = parse_amount(amount)
    _require_keeper(user, fund)
    with transaction.atomic(), set_actor(user):
        locked = _locked(fund)
        return _book(
            user,
            locked,
            EntryKind.ALLOCATION,
            amount,
            {"budget": amount, "available": amount},
            reason=(reason or "").strip(),
            value_date=value_date,
        )


def top_up(
    user,
    fund: Fund,
    amount,
    *,
    source: str,
    reference: str,
    reason: str = "",
    payee: str = "",
    statement=None,
    value_date: datetime.date | None = None,
) -> LedgerEntry:
    """Money added to the fund: from savings monitored elsewhere, from a partner's
    contribution (linked to the settlement statement it answers), or extra budget. The
    agreement or decision is referenced."""
    amount = parse_amount(amount)
    _require_keeper(user, fund)
    errors = {}
    if source not in TopUpSource.values:
        errors["source"] = _("Kies waar de aanvulling vandaan komt.")
    reference = (reference or "").strip()
    if not reference:
        errors["reference"] = _("Noem de afspraak of het besluit (kenmerk).")
    if source == TopUpSource.PARTNER and statement is None and not (payee or "").strip():
        errors["payee"] = _("Noem de partner die bijdraagt.")
    if statement is not None and statement.municipality_id != fund.municipality_id:
        errors["statement"] = _("Dit verrekenoverzicht is van een andere gemeente.")
    if errors:
        raise ValidationError(errors)
    if statement is not None and not payee:
        payee = statement.partner_name or statement.get_partner_kind_display()
    with transaction.atomic(), set_actor(user):
        locked = _locked(fund)
        return _book(
            user,
            locked,
            EntryKind.TOPUP,
            amount,
            {"budget": amount, "available": amount, "topped_up": amount},
            top_up_source=source,
            reference=reference[:100],
            reason=(reason or "").strip(),
            payee=(payee or "").strip()[:200],
            statement=statement,
            value_date=value_date,
        )


def limit_for(fund: Fund, role: str) -> Decimal | None:
    """Up to which amount `role` may commit `fund` (None: no mandate on this fund)."""
    limit = MandateLimit.objects.filter(fund=fund, role=role).first()
    return limit.up_to if limit else None


def check_request(fund: Fund | None, amount, municipality_id: int) -> None:
    """Whether a proposal may ask `amount` of `fund` (the shape; whether the money is there
    is asked when the decision commits it)."""
    if fund is None:
        raise ValidationError({"fund": _("Kies het fonds waaruit u geld vraagt.")})
    if fund.municipality_id != municipality_id:
        raise ValidationError({"fund": _("Dit fonds is van een andere gemeente.")})
    if not fund.is_open:
        raise ValidationError({"fund": _("Dit fonds is gesloten voor nieuwe aanvragen.")})
    if amount is not None:
        parse_amount(amount, "fund_amount")


def commit(
    user,
    fund: Fund,
    amount,
    *,
    case,
    decision_id: int,
    reason: str = "",
) -> LedgerEntry:
    """Reserve `amount` for an approved decision on `case`. Called by the route inside its
    own transaction (the case row is locked there); refuses with BudgetOp when the fund
    cannot cover it, and nothing is booked."""
    amount = parse_amount(amount, "fund_amount")
    if fund.municipality_id != case.household.team.municipality_id:
        raise ValidationError({"fund": _("Dit fonds is van een andere gemeente.")})
    with transaction.atomic(), set_actor(user):
        locked = _locked(fund)
        if not locked.is_open:
            raise ValidationError({"fund": _("Dit fonds is gesloten voor nieuwe aanvragen.")})
        entry = _book(
            user,
            locked,
            EntryKind.COMMITMENT,
            amount,
            {"available": -amount, "committed": amount},
            case=case,
            case_reference=case.reference,
            decision_id=decision_id,
            commitment_open_after=amount,
            reason=(reason or "").strip(),
        )
        return _on_timeline(user, entry)


def _commitment(entry: LedgerEntry) -> LedgerEntry:
    if entry.kind != EntryKind.COMMITMENT:
        raise ValidationError(_("Dit is geen reservering."))
    return entry


def _draw(
    user,
    commitment: LedgerEntry,
    kind: str,
    amount: Decimal,
    deltas: dict[str, Decimal],
    **fields,
) -> LedgerEntry:
    locked = _locked(commitment.fund)
    open_amount = commitment_open(commitment)
    if amount > open_amount:
        raise ValidationError(
            {
                "amount": _(
                    "Dit is meer dan er op de reservering open staat (EUR %(open)s). Er is "
                    "niets geboekt."
                )
                % {"open": _euro(open_amount)}
            }
        )
    return _book(
        user,
        locked,
        kind,
        amount,
        deltas,
        commitment=commitment,
        commitment_open_after=open_amount - amount,
        case_id=commitment.case_id,
        case_reference=commitment.case_reference,
        decision_id=commitment.decision_id,
        **fields,
    )


def book_payment(
    user,
    commitment: LedgerEntry,
    amount,
    *,
    payee: str,
    reference: str,
    value_date: datetime.date | None = None,
) -> LedgerEntry:
    """A payment within a commitment: to whom, with which reference, on which date."""
    amount = parse_amount(amount)
    _commitment(commitment)
    _require_keeper(user, commitment.fund)
    errors = {}
    if not (payee or "").strip():
        errors["payee"] = _("Aan wie is betaald?")
    if not (reference or "").strip():
        errors["reference"] = _("Vul het kenmerk van de betaling in.")
    if value_date is not None and value_date > timezone.localdate():
        errors["value_date"] = _("Een betaling ligt niet in de toekomst.")
    if errors:
        raise ValidationError(errors)
    with transaction.atomic(), set_actor(user):
        return _on_timeline(
            user,
            _draw(
                user,
                commitment,
                EntryKind.PAYMENT,
                amount,
                {"committed": -amount, "paid": amount},
                payee=payee.strip()[:200],
                reference=reference.strip()[:100],
                value_date=value_date,
            ),
        )


def release(user, commitment: LedgerEntry, amount=None, *, reason: str) -> LedgerEntry:
    """Give back to the fund what will not be spent of a commitment (all of what is open
    when `amount` is None)."""
    _commitment(commitment)
    _require_keeper(user, commitment.fund)
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Geef aan waarom het bedrag vrijvalt.")})
    with transaction.atomic(), set_actor(user):
        return _on_timeline(user, _release(user, commitment, amount, reason.strip()))


def _release(user, commitment: LedgerEntry, amount, reason: str) -> LedgerEntry | None:
    open_amount = commitment_open(commitment)
    if amount is None:
        if open_amount <= 0:
            return None
        amount = open_amount
    else:
        amount = parse_amount(amount)
    return _draw(
        user,
        commitment,
        EntryKind.RELEASE,
        amount,
        {"committed": -amount, "available": amount},
        reason=reason,
    )


def release_commitment(user, commitment: LedgerEntry, *, reason: str) -> LedgerEntry | None:
    """The route withdrew or replaced the decision: what is open goes back to the fund.
    Called inside the route's transaction; payments already made stay."""
    with transaction.atomic(), set_actor(user):
        return _on_timeline(user, _release(user, _commitment(commitment), None, reason))


# What a correction undoes, per kind of entry it corrects.
_REVERSAL = {
    EntryKind.PAYMENT: {"committed": 1, "paid": -1},
    EntryKind.TOPUP: {"budget": -1, "available": -1, "topped_up": -1},
    EntryKind.ALLOCATION: {"budget": -1, "available": -1},
    EntryKind.REPAYMENT: {"available": -1, "receivable": 1},
}


def corrected_amount(entry: LedgerEntry) -> Decimal:
    return sum((c.amount for c in entry.corrections.all()), ZERO)


def correct_entry(user, entry: LedgerEntry, amount=None, *, reason: str) -> LedgerEntry:
    """Undo (part of) a payment, top-up, allocation or repayment by a new entry: the
    original stays as it was booked."""
    _require_keeper(user, entry.fund)
    if entry.kind not in _REVERSAL:
        raise ValidationError(
            _("Alleen een betaling, aanvulling, toekenning of terugbetaling wordt gecorrigeerd.")
        )
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Geef aan waarom wordt gecorrigeerd.")})
    with transaction.atomic(), set_actor(user):
        locked = _locked(entry.fund)
        left = entry.amount - corrected_amount(entry)
        amount = left if amount is None else parse_amount(amount)
        if amount <= 0 or amount > left:
            raise ValidationError(
                {
                    "amount": _("Er valt nog EUR %(left)s van deze boeking te corrigeren.")
                    % {"left": _euro(left)}
                }
            )
        deltas = {name: amount * sign for name, sign in _REVERSAL[entry.kind].items()}
        links = {
            "case_id": entry.case_id,
            "case_reference": entry.case_reference,
            "decision_id": entry.decision_id,
        }
        if entry.kind == EntryKind.PAYMENT:
            links |= {
                "commitment": entry.commitment,
                "commitment_open_after": commitment_open(entry.commitment) + amount,
            }
        if entry.kind == EntryKind.REPAYMENT:
            receivable = entry.receivable
            newest = receivable.entries.order_by("-sequence").first()
            links |= {
                "receivable": receivable,
                "receivable_open_after": newest.receivable_open_after + amount,
            }
        return _book(
            user,
            locked,
            EntryKind.CORRECTION,
            amount,
            deltas,
            corrects=entry,
            reason=reason.strip(),
            reference=entry.reference,
            payee=entry.payee,
            **links,
        )


def has_limits(fund: Fund) -> bool:
    return MandateLimit.objects.filter(fund=fund).exists()


def open_funds(municipality_id: int, year: int | None = None):
    """The funds a consulent may ask money of now."""
    year = year or timezone.localdate().year
    return Fund.objects.filter(municipality_id=municipality_id, year=year, is_open=True)


def default_fund(municipality_id: int) -> Fund | None:
    """The one open fund of this year, when there is exactly one (no choice to make)."""
    funds = list(open_funds(municipality_id)[:2])
    return funds[0] if len(funds) == 1 else None
