"""Terms in working days after the Algemene termijnenwet: weekends, the statutory days (5 May
every year, Goede Vrijdag included) and the days beheer declares equal to them."""

from datetime import date

import pytest

from maatwerk.core.models import DeclaredDay
from maatwerk.core.working_days import (
    WorkingDays,
    add_working_days,
    is_working_day,
    next_working_day,
    working_days_between,
)

calendar = WorkingDays()


@pytest.mark.parametrize(
    "day, name",
    [
        (date(2027, 1, 1), "Nieuwjaarsdag"),
        (date(2027, 3, 26), "Goede Vrijdag"),
        (date(2027, 3, 29), "Tweede paasdag"),
        (date(2027, 4, 27), "Koningsdag"),
        (date(2027, 5, 5), "Bevrijdingsdag"),
        (date(2027, 5, 6), "Hemelvaartsdag"),
        (date(2027, 5, 17), "Tweede pinksterdag"),
        (date(2027, 12, 27), None),
        (date(2026, 12, 25), "Eerste Kerstdag"),
        (date(2026, 12, 28), None),
    ],
)
def test_the_statutory_days_are_known_by_their_dutch_name(day, name):
    found = calendar.holiday_name(day)
    if name is None:
        assert found is None
    else:
        assert found.lower() == name.lower()


def test_five_may_is_a_day_off_in_a_year_that_is_not_a_lustrum():
    assert not calendar.is_working_day(date(2026, 5, 5))  # a Tuesday
    assert not calendar.is_working_day(date(2027, 5, 5))  # a Wednesday


def test_two_working_days_from_thursday_before_easter_end_on_the_wednesday_after():
    # Goede Vrijdag 3 April, the weekend, tweede paasdag 6 April 2026.
    assert calendar.add(date(2026, 4, 2), 2) == date(2026, 4, 8)


def test_a_term_across_kings_day_and_five_may():
    # Koningsdag on Monday 27 April 2026: Friday 24 + 2 working days → Wednesday 29.
    assert calendar.add(date(2026, 4, 24), 2) == date(2026, 4, 29)
    # Monday 4 May + 1 working day skips Tuesday 5 May.
    assert calendar.add(date(2026, 5, 4), 1) == date(2026, 5, 6)


def test_the_friday_after_ascension_counts_only_when_declared():
    thursday = date(2026, 5, 14)  # Hemelvaartsdag
    assert calendar.add(date(2026, 5, 13), 1) == date(2026, 5, 15)
    declared = WorkingDays([date(2026, 5, 15)])
    assert declared.add(date(2026, 5, 13), 1) == date(2026, 5, 18)
    assert declared.holiday_name(date(2026, 5, 15)) == "Gelijkgestelde dag"
    assert not declared.is_working_day(thursday)


def test_christmas_and_the_new_year():
    # Thursday 24 December 2026 + 2 working days: 25, 26 (Sat), 27 (Sun) off → 28, 29.
    assert calendar.add(date(2026, 12, 24), 2) == date(2026, 12, 29)
    # 31 December 2026 (Thursday) + 1 → Friday 1 January is off → Monday 4 January.
    assert calendar.add(date(2026, 12, 31), 1) == date(2027, 1, 4)


def test_a_term_ending_on_a_day_off_ends_on_the_next_working_day():
    assert calendar.next_working_day(date(2026, 12, 26)) == date(2026, 12, 28)
    assert calendar.next_working_day(date(2026, 12, 28)) == date(2026, 12, 28)


def test_working_days_between_counts_lateness_both_ways():
    assert calendar.between(date(2026, 4, 2), date(2026, 4, 8)) == 2
    assert calendar.between(date(2026, 4, 8), date(2026, 4, 2)) == -2
    assert calendar.between(date(2026, 4, 8), date(2026, 4, 8)) == 0


def test_a_negative_term_is_refused():
    with pytest.raises(ValueError):
        calendar.add(date(2026, 4, 2), -1)


@pytest.mark.django_db
def test_the_module_functions_read_the_days_beheer_declared():
    DeclaredDay.objects.create(day=date(2026, 5, 15), description="Vrijdag na Hemelvaart")
    assert not is_working_day(date(2026, 5, 15))
    assert add_working_days(date(2026, 5, 13), 1) == date(2026, 5, 18)
    assert next_working_day(date(2026, 5, 14)) == date(2026, 5, 18)
    assert working_days_between(date(2026, 5, 13), date(2026, 5, 18)) == 1


def test_a_reminder_window_counts_back_over_days_off():
    # Back from Wednesday 8 April 2026 over tweede paasdag, the weekend and Goede Vrijdag.
    assert calendar.subtract(date(2026, 4, 8), 1) == date(2026, 4, 7)
    assert calendar.subtract(date(2026, 4, 8), 2) == date(2026, 4, 2)
    assert calendar.subtract(date(2026, 4, 8), 0) == date(2026, 4, 8)


def test_the_counter_for_many_pairs_agrees_with_between_over_the_holidays():
    # Spring 2026: Easter, King's Day, 5 May (not a lustrum year) and Ascension in one range.
    declared = WorkingDays([date(2026, 5, 15)])
    first, last = date(2026, 3, 30), date(2026, 6, 1)
    between = declared.counter(first, last)
    days = [date.fromordinal(first.toordinal() + n) for n in range(0, (last - first).days + 1, 3)]

    for start in days:
        for end in days:
            assert between(start, end) == declared.between(start, end), (start, end)
