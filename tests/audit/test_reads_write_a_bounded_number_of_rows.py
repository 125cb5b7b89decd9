"""One read writes the same number of access-log rows however big the household is: one row
naming every person and case concerned (issue 11: 48,411 rows for one read of a member)."""

import pytest
from django.urls import reverse

from maatwerk.audit.fields import from_tokens
from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import (
    access_log_for_subject,
    case_access_log,
    log_access,
    verify_chain,
)

from ..factories import CaseFactory, HouseholdFactory, MemberFactory

pytestmark = pytest.mark.django_db


def _household(team, members: int, cases: int):
    household = HouseholdFactory(team=team)
    people = MemberFactory.create_batch(members, household=household)
    files = CaseFactory.create_batch(cases, household=household, domains=[])
    return household, people, files


def _rows_written_by(read) -> int:
    before = AccessLog.objects.count()
    read()
    return AccessLog.objects.count() - before


@pytest.mark.parametrize("url", ["/api/v1/members/{member}/", "/api/v1/households/{household}/"])
def test_an_api_read_of_a_large_household_writes_as_many_rows_as_a_small_one(
    api_client, consulent, url
):
    api_client.force_authenticate(consulent)
    small, small_people, _ = _household(consulent.team, members=1, cases=1)
    large, large_people, large_cases = _household(consulent.team, members=40, cases=30)

    def read(household, people):
        path = url.format(member=people[0].pk, household=household.pk)
        return lambda: api_client.get(path).status_code == 200 or pytest.fail(path)

    assert _rows_written_by(read(small, small_people)) == 1
    assert _rows_written_by(read(large, large_people)) == 1
    row = AccessLog.objects.order_by("-pk").first()
    assert set(from_tokens(row.case_ids)) == {case.pk for case in large_cases}
    assert set(from_tokens(row.subjects)) == {person.pk for person in large_people}
    assert verify_chain() is None


def test_the_one_row_is_found_for_each_person_and_each_case(api_client, consulent):
    api_client.force_authenticate(consulent)
    _, people, files = _household(consulent.team, members=12, cases=5)

    api_client.get(f"/api/v1/members/{people[3].pk}/")

    [row] = AccessLog.objects.filter(channel="api:members-detail")
    for person in people:
        assert list(access_log_for_subject(person.pk)) == [row]
    for case in files:
        assert list(case_access_log(case)) == [row]
    assert not access_log_for_subject(MemberFactory().pk).exists()


class _Record:
    """Any object that can name its people: the audit app asks, it does not look them up."""

    pk = 999

    def audit_subject_ids(self) -> list[int]:
        return [11, 111]


def test_an_id_is_not_found_inside_a_longer_one(consulent):
    [row] = log_access(user=consulent, household=_Record(), action="read", channel="test")

    assert row.subjects == ",11,111,"
    assert list(access_log_for_subject(11)) == list(access_log_for_subject(111)) == [row]
    assert not access_log_for_subject(1).exists()


def test_opening_a_dossier_of_a_large_household_writes_one_row(client, consulent):
    client.force_login(consulent)
    _, _, [small_case] = _household(consulent.team, members=1, cases=1)
    _, _, [large_case, *_] = _household(consulent.team, members=40, cases=3)

    for case in (small_case, large_case):
        assert (
            _rows_written_by(lambda c=case: client.get(reverse("cases:detail", args=[c.pk]))) == 1
        )
