"""A report period is a run of local (Amsterdam) calendar days: a moment belongs to the day
it falls on in Amsterdam, also in the night and across a change of summer time."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from maatwerk.cases.models import CaseStatusChange
from maatwerk.cases.selectors import cases_closed_in
from maatwerk.cases.workflow import CaseStatus

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
QUARTER = (datetime.date(2026, 10, 1), datetime.date(2026, 12, 31))


def _closed_at(user, *moment: int):
    case = CaseFactory(household__team=user.team)
    CaseStatusChange.objects.create(
        case=case,
        source=CaseStatus.IN_BEHANDELING,
        target=CaseStatus.AFGESLOTEN,
        reason="Doorbraak bereikt",
        changed_by=user,
        changed_at=datetime.datetime(*moment, tzinfo=AMSTERDAM),
    )
    return case.pk


def test_a_case_closed_in_the_first_and_last_minute_of_the_quarter_counts_in_it(consulent):
    first = _closed_at(consulent, 2026, 10, 1, 0, 0)
    last = _closed_at(consulent, 2026, 12, 31, 23, 59, 59)
    before = _closed_at(consulent, 2026, 9, 30, 23, 59, 59)
    after = _closed_at(consulent, 2027, 1, 1, 0, 0)

    found = cases_closed_in(consulent.team.municipality_id, *QUARTER)

    assert first in found and last in found
    assert before not in found and after not in found


def test_the_night_summer_time_ends_belongs_to_its_own_day(consulent):
    # 25 October 2026: the clocks go back from 03:00 to 02:00; 23:30 is still that Sunday.
    late_sunday = _closed_at(consulent, 2026, 10, 25, 23, 30)
    monday = _closed_at(consulent, 2026, 10, 26, 0, 15)
    day = datetime.date(2026, 10, 25)

    assert cases_closed_in(consulent.team.municipality_id, day, day) == {late_sunday}
    next_day = day + datetime.timedelta(days=1)
    assert cases_closed_in(consulent.team.municipality_id, next_day, next_day) == {monday}
