"""What the fund's screens and API read: the funds of a municipality, a fund's overview, the
burn-down, the controller's worklist, the money of one case, and the ledger replayed from
its entries (the check that the reported totals are the sum of the bookings)."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Sum
from django.utils import timezone

from maatwerk.core.periods import on_days
from maatwerk.core.working_days import WorkingDays

from .models import EntryKind, Fund, Kassabon, LedgerEntry, Receivable
from .services import Totals, computed, receivable_open, totals, user_municipality_id
from .services.ledger import TOTAL_FIELDS, ZERO
from .services.receivables import REMINDER_WORKING_DAYS

__all__ = [
    "FundUse",
    "OpenReceivable",
    "burn_down",
    "case_money",
    "frozen_kassabon_totals",
    "fund_use",
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


def _summed(rows, column: str) -> dict[str, Decimal]:
    """The totals from amounts summed per (kind, corrected kind) in `column`."""
    sums = dict.fromkeys(TOTAL_FIELDS, ZERO)
    for row in rows:
        if row["kind"] == EntryKind.CORRECTION:
            effect = {name: -sign for name, sign in EFFECTS[row["corrects__kind"]].items()}
        else:
            effect = EFFECTS[row["kind"]]
        for name, sign in effect.items():
            sums[name] += (row[column] or ZERO) * sign
    return sums


def replayed(fund: Fund) -> Totals:
    """The totals summed from every entry's amount and kind, independent of the running
    totals the entries carry."""
    rows = list(
        LedgerEntry.objects.filter(fund=fund)
        .values("kind", "corrects__kind")
        .annotate(total=Sum("amount"), entries=Count("pk"))
        .order_by()
    )
    return Totals(**_summed(rows, "total"), sequence=sum(row["entries"] for row in rows))


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


# The report's reads (insights): amounts per fund and per payer, never a case.


@dataclass(frozen=True)
class FundUse:
    fund: Fund
    at_end: Totals  # the totals on the period's last day (by value date)
    committed_in: Decimal  # reservations made in the period
    paid_in: Decimal
    topped_up_in: Decimal


def _in_period(rows: list[dict], kind: str, corrects: str | None = None) -> Decimal:
    """What entries of one kind (a correction: of what it corrects) added in the period."""
    return sum(
        (
            row["until_end"] - (row["before"] or ZERO)
            for row in rows
            if row["kind"] == kind and row["corrects__kind"] == corrects
        ),
        ZERO,
    )


def fund_use(municipality_id: int, start: datetime.date, end: datetime.date) -> list[FundUse]:
    """Each fund of the municipality over the period, by the entries' value dates (replayed,
    so a booking made later with an earlier date counts where it belongs). Paid and topped up
    only grow, so the period's share is the difference between its end and the day before it
    began; reservations are summed from the period's entries (a correction subtracts). One
    grouped query per fund holds both ends."""
    result = []
    before_start = Q(value_date__lt=start)
    for fund in Fund.objects.filter(municipality_id=municipality_id).order_by("-year", "name"):
        rows = list(
            LedgerEntry.objects.filter(fund=fund, value_date__lte=end)
            .values("kind", "corrects__kind")
            .annotate(
                until_end=Sum("amount"),
                before=Sum("amount", filter=before_start),
                entries=Count("pk"),
            )
            .order_by()
        )
        after = Totals(**_summed(rows, "until_end"), sequence=sum(r["entries"] for r in rows))
        before = _summed(rows, "before")
        made = _in_period(rows, EntryKind.COMMITMENT)
        undone = _in_period(rows, EntryKind.CORRECTION, EntryKind.COMMITMENT)
        result.append(
            FundUse(
                fund=fund,
                at_end=after,
                committed_in=made - undone,
                paid_in=after.paid - before["paid"],
                topped_up_in=after.topped_up - before["topped_up"],
            )
        )
    return result


def frozen_kassabon_totals(municipality_id: int, start: datetime.date, end: datetime.date) -> dict:
    """The kassabons frozen with a decision in the period (and not withdrawn), added up per
    payer: what the solution costs each payer, and what it avoids for them against the
    first scenario without it."""

    kassabons = Kassabon.objects.filter(
        on_days("frozen_at", start, end),
        case__household__team__municipality_id=municipality_id,
        withdrawn_at__isnull=True,
    ).order_by("pk")
    costs: dict[str, Decimal] = {}
    avoided: dict[str, Decimal] = {}
    count = 0
    investment = ZERO
    for kassabon in kassabons:
        receipt = computed(kassabon, anonymised=True)
        main = receipt.main
        with_ = next((s for s in receipt.scenarios if s.kind == "met"), None)
        if main is None or with_ is None:
            continue
        count += 1
        investment += main.investment
        for (payer, _name), amount in with_.by_payer.items():
            costs[payer] = costs.get(payer, ZERO) + amount
        for (payer, _name), amount in main.benefit_by_payer.items():
            avoided[payer] = avoided.get(payer, ZERO) + amount
    return {"count": count, "investment": investment, "costs": costs, "avoided": avoided}
