"""What the fund's screens and API read: the funds of a municipality, a fund's overview, the
burn-down, the controller's worklist, the money of one case, and the ledger replayed from
its entries (the check that the reported totals are the sum of the bookings)."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Exists, OuterRef, QuerySet, Sum
from django.utils import timezone

from maatwerk.core.working_days import WorkingDays

from .models import EntryKind, Fund, Kassabon, LedgerEntry, Receivable
from .services import Totals, receivable_open, totals, user_municipality_id
from .services.ledger import TOTAL_FIELDS, ZERO
from .services.receivables import REMINDER_WORKING_DAYS

__all__ = [
    "OpenReceivable",
    "burn_down",
    "case_money",
    "funds_for",
    "open_receivables",
    "replayed",
    "worklist",
]

# The effect of each kind of entry on the totals (a correction undoes its original's kind).
EFFECTS: dict[str, dict[str, int]] = {
    EntryKind.ALLOCATION: {"budget": 1, "available": 1},
    EntryKind.TOPUP: {"budget": 1, "available": 1, "topped_up": 1},
    EntryKind.COMMITMENT: {"available": -1, "committed": 1},
    EntryKind.PAYMENT: {"committed": -1, "paid": 1},
    EntryKind.PREFINANCING: {"committed": -1, "paid": 1, "receivable": 1},
    EntryKind.RELEASE: {"committed": -1, "available": 1},
    EntryKind.REPAYMENT: {"available": 1, "receivable": -1},
    EntryKind.WRITE_OFF: {"receivable": -1},
}


def replayed(fund: Fund) -> Totals:
    """The totals summed from every entry's amount and kind, independent of the running
    totals the entries carry."""
    sums = dict.fromkeys(TOTAL_FIELDS, ZERO)
    rows = (
        LedgerEntry.objects.filter(fund=fund)
        .values("kind", "corrects__kind")
        .annotate(total=Sum("amount"))
    )
    count = LedgerEntry.objects.filter(fund=fund).count()
    for row in rows:
        if row["kind"] == EntryKind.CORRECTION:
            effect = {name: -sign for name, sign in EFFECTS[row["corrects__kind"]].items()}
        else:
            effect = EFFECTS[row["kind"]]
        for name, sign in effect.items():
            sums[name] += row["total"] * sign
    return Totals(**sums, sequence=count)


def funds_for(user) -> QuerySet[Fund]:
    return Fund.objects.filter(municipality_id=user_municipality_id(user)).order_by("-year", "name")


BURN_DOWN_POINTS = 120


def burn_down(fund: Fund, width: int = 640, height: int = 200) -> dict:
    """The available amount over the year as SVG polyline points, with the budget line on
    top: at most BURN_DOWN_POINTS entries, evenly spread over the ledger's sequence (one
    indexed query, whatever the number of entries)."""
    last = totals(fund).sequence
    step = max(1, last // BURN_DOWN_POINTS)
    wanted = sorted({*range(1, last + 1, step), last}) if last else []
    points = list(
        LedgerEntry.objects.filter(fund=fund, sequence__in=wanted)
        .order_by("sequence")
        .values_list("value_date", "available_after", "budget_after")
    )
    start = datetime.date(fund.year, 1, 1)
    end = datetime.date(fund.year, 12, 31)
    top = max((max(a, b) for _d, a, b in points), default=Decimal("1")) or Decimal("1")

    def x(day: datetime.date) -> float:
        day = min(max(day, start), end)
        return round((day - start).days / (end - start).days * width, 1)

    def y(amount: Decimal) -> float:
        return round(height - float(amount / top) * height, 1)

    available, budget = [], []
    for day, amount, total in points:
        available.append(f"{x(day)},{y(amount)}")
        budget.append(f"{x(day)},{y(total)}")
    return {
        "width": width,
        "height": height,
        "available": " ".join(available),
        "budget": " ".join(budget),
        "top": top,
        "points": len(points),
    }


@dataclass(frozen=True)
class OpenReceivable:
    receivable: Receivable
    open_amount: Decimal
    overdue: bool
    working_days_overdue: int
    next_reminder: datetime.date | None
    reminder_due: bool
    case_reference: str


def open_receivables(funds: QuerySet[Fund], today: datetime.date | None = None):
    today = today or timezone.localdate()
    calendar = WorkingDays.load()
    result = []
    receivables = (
        Receivable.objects.filter(fund__in=funds)
        .select_related("fund")
        .prefetch_related("reminders", "entries")
        .order_by("due_date", "pk")
    )
    for receivable in receivables:
        entries = sorted(receivable.entries.all(), key=lambda e: e.sequence)
        open_amount = entries[-1].receivable_open_after if entries else ZERO
        if open_amount <= 0:
            continue
        reminders = sorted(receivable.reminders.all(), key=lambda r: r.sent_on)
        overdue = receivable.due_date < today
        if reminders:
            next_date = calendar.add(reminders[-1].sent_on, REMINDER_WORKING_DAYS)
        else:
            next_date = calendar.next_working_day(receivable.due_date + datetime.timedelta(days=1))
        result.append(
            OpenReceivable(
                receivable=receivable,
                open_amount=open_amount,
                overdue=overdue,
                working_days_overdue=calendar.between(receivable.due_date, today) if overdue else 0,
                next_reminder=next_date,
                reminder_due=overdue and next_date <= today,
                case_reference=entries[0].case_reference if entries else "",
            )
        )
    return result


def worklist(user) -> dict:
    """The controller's worklist: overdue receivables (with reminders due), commitments
    without a payment for a long time, and the latest bookings. Amounts and references only."""
    funds = funds_for(user)
    receivables = open_receivables(funds)
    paid = LedgerEntry.objects.filter(commitment=OuterRef("pk"))
    stale = timezone.localdate() - datetime.timedelta(days=90)
    idle = (
        LedgerEntry.objects.filter(
            fund__in=funds,
            kind=EntryKind.COMMITMENT,
            value_date__lt=stale,
        )
        .exclude(Exists(paid))
        .select_related("fund")
        .order_by("value_date")[:50]
    )
    return {
        "overdue": [r for r in receivables if r.overdue],
        "upcoming": [r for r in receivables if not r.overdue],
        "idle_commitments": list(idle),
        "funds": [(fund, totals(fund)) for fund in funds],
    }


def case_money(case) -> dict:
    """The money of one case: its bookings on every fund and its kassabons."""
    entries = list(
        LedgerEntry.objects.filter(case=case).select_related("fund").order_by("booked_at", "pk")
    )
    commitments = [e for e in entries if e.kind == EntryKind.COMMITMENT]
    open_by_commitment = {}
    for entry in entries:
        if entry.kind == EntryKind.COMMITMENT:
            open_by_commitment[entry.pk] = entry.commitment_open_after
        elif entry.commitment_id in open_by_commitment:
            open_by_commitment[entry.commitment_id] = entry.commitment_open_after
    kassabons = list(Kassabon.objects.filter(case=case).order_by("-created_at", "-pk"))
    receivables = [
        (receivable, receivable_open(receivable))
        for receivable in Receivable.objects.filter(entries__case=case).distinct()
    ]
    return {
        "entries": entries,
        "commitments": [(c, open_by_commitment.get(c.pk, ZERO)) for c in commitments],
        "kassabons": kassabons,
        "receivables": receivables,
    }
