"""The number of queries for the case list does not grow with the number of cases."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from maatwerk.cases.models import Case

from ..factories import BlockageFactory, CaseFactory, MemberFactory

pytestmark = pytest.mark.django_db


def _add_cases(team, count: int) -> None:
    for _ in range(count):
        case = CaseFactory(household__team=team, eligible=True)
        MemberFactory(household=case.household)
        BlockageFactory(case=case)


def _queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("role", ["consulent", "controller"])
def test_the_case_list_costs_the_same_for_3_and_30_cases(client_for, request, role):
    user = request.getfixturevalue(role)
    team = request.getfixturevalue("team_noord")
    client = client_for(user)

    _add_cases(team, 3)
    with_three = _queries(client, "/api/v1/cases/")
    _add_cases(team, 27)
    with_thirty = _queries(client, "/api/v1/cases/")

    assert Case.objects.count() == 30
    assert with_thirty == with_three


@pytest.mark.parametrize("path", ["/api/v1/households/", "/api/v1/members/", "/api/v1/blockages/"])
def test_the_other_lists_cost_the_same_for_3_and_30_records(client_for, consulent, path):
    client = client_for(consulent)

    _add_cases(consulent.team, 3)
    with_three = _queries(client, path)
    _add_cases(consulent.team, 27)

    assert _queries(client, path) == with_three


@pytest.mark.parametrize("role", ["consulent", "controller"])
def test_reading_a_big_case_costs_the_same_as_a_small_one(client_for, request, role):
    team = request.getfixturevalue("team_noord")
    client = client_for(request.getfixturevalue(role))
    small = CaseFactory(household__team=team, domains=["wonen"])
    big = CaseFactory(household__team=team, eligible=True)
    # The same number of members: the access log may write a row per person concerned.
    MemberFactory(household=small.household)
    MemberFactory(household=big.household)
    for _ in range(5):
        BlockageFactory(case=big)
    client.get(f"/api/v1/cases/{small.pk}/")  # the first access-log row sets up its chain

    assert _queries(client, f"/api/v1/cases/{big.pk}/") == _queries(
        client, f"/api/v1/cases/{small.pk}/"
    )
