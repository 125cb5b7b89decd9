"""The bench's floor pages (bench/floor.py) must return exactly the rows of the first page of
the case list and the API list, or page ÷ floor compares two different things. Their SQL is
PostgreSQL's (ANY of an array), as the bench runs."""

import datetime
import re

import pytest
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from rest_framework.authtoken.models import Token

from bench import floor_policy
from bench.floor import page_rows
from maatwerk.accounts import policy

from ..factories import CaseFactory, HouseholdFactory, UserFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("the floor's SQL is PostgreSQL's")


@pytest.fixture(autouse=True)
def _floor_pages_declared(monkeypatch):
    """As bench.floor_settings installs them on the bench's server; undone after each test."""
    for view_name, methods in floor_policy.ENTRIES.items():
        monkeypatch.setitem(policy.POLICY, view_name, methods)


@pytest.fixture
def thirty_cases(consulent, team_zuid):
    today = timezone.localdate()
    cases = [
        CaseFactory(
            household__team=consulent.team,
            regisseur=consulent,
            # Pairs on one day: the id decides their order.
            signal_date=today - datetime.timedelta(days=number // 2),
        )
        for number in range(30)
    ]
    # A confidential case the consulent is not named on hides its household's other case.
    hidden = HouseholdFactory(team=consulent.team)
    CaseFactory(household=hidden, confidential=True, regisseur=UserFactory(team=consulent.team))
    CaseFactory(household=hidden, signal_date=today)
    CaseFactory(household__team=team_zuid, signal_date=today)  # another team's
    return cases


def test_the_floor_rows_are_the_first_page_of_the_case_list(client, consulent, thirty_cases):
    client.force_login(consulent)
    listed = client.get("/casussen/", {"weergave": "alle"}).content.decode()

    floor = [row["reference"] for row in page_rows(consulent.pk, consulent.team_id)]

    assert len(floor) == 25
    assert floor == re.findall(r"\b(MW-2026-T\d{4})</a>", listed)


def test_the_api_floor_answers_the_rows_of_the_api_list(api_client, consulent, thirty_cases):
    token = Token.objects.create(user=consulent).key
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    listed = api_client.get("/api/v1/cases/").json()["results"]

    with override_settings(ROOT_URLCONF="bench.floor"):
        floor = api_client.get("/bench/vloer/api/cases/").json()["results"]
        api_client.credentials(HTTP_AUTHORIZATION="Token fout")
        refused = api_client.get("/bench/vloer/api/cases/")

    assert [row["id"] for row in floor] == [case["id"] for case in listed]
    assert refused.status_code == 401


def test_the_screen_floor_is_behind_the_same_log_in(client, consulent, thirty_cases):
    with override_settings(ROOT_URLCONF="bench.floor"):
        signed_out = client.get("/bench/vloer/casussen/")
        client.force_login(consulent)
        page = client.get("/bench/vloer/casussen/").content.decode()

    assert signed_out.status_code == 302 and "/inloggen/" in signed_out["Location"]
    assert len(re.findall(r"MW-2026-T\d{4}", page)) == 25
