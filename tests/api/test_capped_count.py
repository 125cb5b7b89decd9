"""The API lists count matches only up to a limit (the case list screen counts the same way):
past it `count_capped` says "more than", and every page can still be reached through `next`."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from maatwerk.core.pagination import ListPaginator

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db


def test_below_the_limit_the_count_is_exact(client_for, consulent):
    CaseFactory.create_batch(3, household__team=consulent.team, regisseur=consulent)

    body = client_for(consulent).get("/api/v1/cases/").json()

    assert (body["count"], body["count_capped"]) == (3, False)


def test_past_the_limit_the_count_stops_and_says_so(client_for, consulent, monkeypatch):
    monkeypatch.setattr(ListPaginator, "count_limit", 4)
    CaseFactory.create_batch(7, household__team=consulent.team, regisseur=consulent)

    body = client_for(consulent).get("/api/v1/cases/").json()

    assert (body["count"], body["count_capped"]) == (4, True)


def test_every_page_past_the_limit_is_reached_by_following_next(
    client_for, consulent, monkeypatch, settings
):
    monkeypatch.setattr(ListPaginator, "count_limit", 2)
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "PAGE_SIZE": 2}
    made = CaseFactory.create_batch(7, household__team=consulent.team, regisseur=consulent)
    client = client_for(consulent)

    seen, path = [], "/api/v1/cases/"
    while path:
        body = client.get(path).json()
        seen += [case["reference"] for case in body["results"]]
        path = body["next"]

    assert sorted(seen) == sorted(case.reference for case in made)
    assert client.get("/api/v1/cases/?page=5").status_code == 404


def test_the_count_does_not_read_the_whole_scope(client_for, consulent, monkeypatch):
    monkeypatch.setattr(ListPaginator, "count_limit", 4)
    CaseFactory.create_batch(6, household__team=consulent.team, regisseur=consulent)

    with CaptureQueriesContext(connection) as queries:
        client_for(consulent).get("/api/v1/cases/")

    counts = [query["sql"] for query in queries if "COUNT(" in query["sql"].upper()]
    assert counts and all("LIMIT 5" in sql for sql in counts)
