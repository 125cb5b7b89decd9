"""A search counts its matches to one page (25), the plain list to a thousand: on the screen
and in the API alike. Past a page a term is too common to read through ("verfijn de
zoekterm"), and a common name would otherwise test tens of thousands of case files. The first
page of a search is one query: its rows, and one more, are its count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from maatwerk.core.pagination import ListPaginator, SearchPaginator

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def five_cases(consulent):
    # Five that the search finds, and one it must leave out.
    CaseFactory(household__team=consulent.team, regisseur=consulent, title="Huurachterstand")
    return CaseFactory.create_batch(
        5, household__team=consulent.team, regisseur=consulent, title="Schulden en werk"
    )


def _case_row_queries(queries) -> list[str]:
    return [
        sql
        for sql in (query["sql"] for query in queries)
        if sql.startswith('SELECT "cases_case"."id", "cases_case"."reference"')
    ]


def _count_queries(queries) -> list[str]:
    return [
        sql
        for sql in (query["sql"] for query in queries)
        if "COUNT(" in sql and "cases_case" in sql
    ]


def test_a_search_on_the_screen_says_more_than_its_own_limit(
    client, consulent, five_cases, monkeypatch
):
    monkeypatch.setattr(SearchPaginator, "count_limit", 3)
    client.force_login(consulent)

    searched = client.get(reverse("cases:list"), {"weergave": "alle", "q": "Schulden"})
    listed = client.get(reverse("cases:list"), {"weergave": "alle"})

    assert "Meer dan 3 casussen gevonden" in searched.content.decode()
    assert "6 casussen gevonden" in listed.content.decode()


def test_a_search_through_the_api_says_more_than_its_own_limit(
    client_for, consulent, five_cases, monkeypatch
):
    monkeypatch.setattr(SearchPaginator, "count_limit", 3)
    client = client_for(consulent)

    searched = client.get("/api/v1/cases/", {"search": "Schulden"}).json()
    listed = client.get("/api/v1/cases/").json()

    assert (searched["count"], searched["count_capped"]) == (3, True)
    assert (listed["count"], listed["count_capped"]) == (6, False)
    # Every match, and only those, can still be paged to.
    assert searched["next"] is None
    assert {case["title"] for case in searched["results"]} == {"Schulden en werk"}
    assert len(searched["results"]) == 5


def test_the_search_limit_is_a_page_and_the_list_limit_a_thousand(
    client, client_for, consulent, five_cases
):
    client.force_login(consulent)
    api = client_for(consulent)
    counted, read = {}, {}
    for name, get in {
        "screen search": lambda: client.get(
            reverse("cases:list"), {"weergave": "alle", "q": "werk"}
        ),
        "api search": lambda: api.get("/api/v1/cases/", {"search": "werk"}),
        "screen list": lambda: client.get(reverse("cases:list"), {"weergave": "alle"}),
        "api list": lambda: api.get("/api/v1/cases/"),
    }.items():
        with CaptureQueriesContext(connection) as queries:
            assert get().status_code == 200
        counted[name] = _count_queries(queries)
        read[name] = _case_row_queries(queries)

    assert ListPaginator.count_limit == 1000 and SearchPaginator.count_limit == 25
    for name in ("screen search", "api search"):
        # No count: the first page's rows, read once with one more than a page.
        assert counted[name] == [], name
        assert len(read[name]) == 1 and "LIMIT 26" in read[name][0], name
    for name in ("screen list", "api list"):
        assert counted[name] and all("LIMIT 1001" in sql for sql in counted[name]), name


@pytest.mark.parametrize("matches", [24, 25, 26, 30])
def test_a_searched_first_page_is_exact_up_to_a_page_and_capped_past_it(
    client, client_for, consulent, matches
):
    CaseFactory.create_batch(
        matches, household__team=consulent.team, regisseur=consulent, title="Schulden en werk"
    )
    client.force_login(consulent)

    screen = client.get(reverse("cases:list"), {"weergave": "alle", "q": "werk"}).content.decode()
    api = client_for(consulent).get("/api/v1/cases/", {"search": "werk"}).json()

    shown = min(matches, 25)
    assert len(api["results"]) == shown
    assert (api["count"], api["count_capped"]) == (shown, matches > 25)
    assert (api["next"] is not None) == (matches > 25)
    if matches > 25:
        assert "Meer dan 25 casussen gevonden" in screen
        rest = client_for(consulent).get(api["next"]).json()
        assert len(rest["results"]) == matches - 25 and rest["next"] is None
    else:
        assert f"{matches} casussen gevonden" in screen


def test_the_api_schema_names_both_limits(client_for, consulent):
    schema = client_for(consulent).get("/api/v1/schema/?format=json").json()
    page = schema["components"]["schemas"]["PaginatedCaseOrAnonymisedCaseList"]["properties"]

    assert "1000" in page["count"]["description"] and "25" in page["count"]["description"]
    assert "zoekterm" in page["count_capped"]["description"]
