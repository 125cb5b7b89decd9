"""The one working-day calendar of the product, after the Algemene termijnenwet.

Not a working day: Saturday, Sunday, and the days of article 3 — Nieuwjaarsdag, Goede
Vrijdag (treated as such in practice), tweede paas- en pinksterdag, Hemelvaartsdag,
Koningsdag, 5 May *every* year, both Christmas days — plus the days the government declares
equal to them, kept by beheer as `DeclaredDay` rows.

`holidays` supplies the movable feasts; its Dutch calendar has 5 May only in lustrum years and
knows neither Goede Vrijdag as a day off nor the declared days, so they are added here.

Every term in the product (decision terms, escalation steps, time-outs, monitoring moments,
requests to partners, receivables) goes through this module."""

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import lru_cache

import holidays
from dateutil.easter import easter

# Names as the Algemene termijnenwet uses them; the `holidays` names are English.
_FIXED = {
    (1, 1): "Nieuwjaarsdag",
    (5, 5): "Bevrijdingsdag",
    (12, 25): "Eerste Kerstdag",
    (12, 26): "Tweede Kerstdag",
}


@lru_cache(maxsize=64)
def _statutory(year: int) -> dict[date, str]:
    days: dict[date, str] = {}
    for day, name in holidays.Netherlands(years=year, language="nl").items():
        days[day] = name
    for (month, day_of_month), name in _FIXED.items():
        days[date(year, month, day_of_month)] = name
    days[easter(year) - timedelta(days=2)] = "Goede Vrijdag"
    # Easter Sunday and Whit Sunday fall on a Sunday anyway.
    return days


class WorkingDays:
    """The calendar with a given set of declared days. Load it once (`WorkingDays.load()`) when
    many terms are computed in one go, such as `run_due_tasks`."""

    def __init__(self, declared: Iterable[date] = ()) -> None:
        self.declared = frozenset(declared)

    @classmethod
    def load(cls) -> "WorkingDays":
        from .models import DeclaredDay

        return cls(DeclaredDay.objects.values_list("day", flat=True))

    def holiday_name(self, day: date) -> str | None:
        if day in self.declared:
            return "Gelijkgestelde dag"
        return _statutory(day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and self.holiday_name(day) is None

    def next_working_day(self, day: date) -> date:
        """`day` itself when it is a working day, else the first working day after it: a term
        that ends on a day off ends on the next working day (Atw art. 1)."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add(self, start: date, working_days: int) -> date:
        """The day `working_days` working days after `start` (start itself not counted): an
        answer asked on Friday within 2 working days is due on Tuesday."""
        if working_days < 0:
            raise ValueError("working_days must not be negative")
        day = start
        remaining = working_days
        while remaining:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def subtract(self, end: date, working_days: int) -> date:
        """The day `working_days` working days before `end`: when a reminder window opens."""
        if working_days < 0:
            raise ValueError("working_days must not be negative")
        day = end
        remaining = working_days
        while remaining:
            day -= timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (negative when `end` is
        earlier): how late an overdue item is, in working days."""
        if end < start:
            return -self.between(end, start)
        return sum(
            1
            for offset in range(1, (end - start).days + 1)
            if self.is_working_day(start + timedelta(days=offset))
        )

    def counter(self, first: date, last: date) -> Callable[[date, date], int]:
        """`between` for many pairs of days from `first` to `last`: the working days are
        counted once into a running total, so each pair is one subtraction instead of a walk
        over its days (a report's lead times over thousands of cases)."""
        upto = [0]  # upto[n]: working days after `first` up to and including first + n
        for offset in range(1, (last - first).days + 1):
            upto.append(upto[-1] + self.is_working_day(first + timedelta(days=offset)))

        def between(start: date, end: date) -> int:
            return upto[(end - first).days] - upto[(start - first).days]

        return between


def add_working_days(start: date, working_days: int) -> date:
    return WorkingDays.load().add(start, working_days)


def next_working_day(day: date) -> date:
    return WorkingDays.load().next_working_day(day)


def is_working_day(day: date) -> bool:
    return WorkingDays.load().is_working_day(day)


def working_days_between(start: date, end: date) -> int:
    return WorkingDays.load().between(start, end)
