"""A name or BSN searched for on the case list never becomes part of a URL: the form POSTs,
the answer redirects to a URL with an opaque token, and the page's links (pagination, tabs)
carry the token only. The reverse-proxy example logs paths without query strings."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from ..factories import CaseFactory, HouseholdFactory, MemberFactory

CANARY_NAME = "Kanarievogelzang"
CANARY_BSN = "123456782"
NGINX = Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf.example"


@pytest.fixture
def family(consulent):
    for _ in range(30):
        household = HouseholdFactory(team=consulent.team)
        MemberFactory(household=household, last_name=CANARY_NAME, bsn="")
        CaseFactory(household=household, regisseur=consulent)
    MemberFactory(household=household, bsn=CANARY_BSN)


def _urls_in(html: str) -> list[str]:
    return re.findall(r'(?:href|action|hx-post|hx-get)="([^"]*)"', html)


@pytest.mark.parametrize("term", [CANARY_NAME, CANARY_BSN])
def test_searching_redirects_to_a_url_without_the_term(client, consulent, family, term):
    client.force_login(consulent)

    response = client.post(reverse("cases:list"), {"weergave": "team", "q": term})

    assert response.status_code == 303
    location = response["Location"]
    assert term not in location
    assert re.search(r"[?&]zoek=[\w-]+", location)
    page = client.get(location)
    html = page.content.decode()
    assert "casus" in html and "gevonden" in html
    # A search counts to one page: 30 matches show as "more than 25".
    paginator = page.context["page"].paginator
    assert (paginator.shown_count, paginator.count_is_capped) == (
        (25, True) if term == CANARY_NAME else (1, False)
    )
    assert [url for url in _urls_in(html) if term in url] == []


def test_paging_keeps_the_search_without_putting_it_in_the_url(client, consulent, family):
    client.force_login(consulent)
    location = client.post(reverse("cases:list"), {"weergave": "team", "q": CANARY_NAME})[
        "Location"
    ]

    html = client.get(location).content.decode()
    next_page = next(url for url in _urls_in(html) if "pagina=2" in url)
    assert CANARY_NAME not in next_page
    second = client.get(reverse("cases:list") + next_page.replace("&amp;", "&"))
    assert second.context["page"].number == 2
    assert len(second.context["page"].object_list) == 5  # the last of the 30 matches
    assert second.context["filter"].form["q"].value() == CANARY_NAME


def test_other_filters_stay_in_the_url_and_an_old_link_with_q_gets_a_token(
    client, consulent, family
):
    client.force_login(consulent)
    response = client.post(
        reverse("cases:list"), {"weergave": "team", "q": CANARY_NAME, "status": "aangemeld"}
    )
    assert "status=aangemeld" in response["Location"]

    # A bookmark from before (?q=...) still works, and its links no longer carry the name.
    html = client.get(reverse("cases:list"), {"weergave": "team", "q": CANARY_NAME}).content
    assert [url for url in _urls_in(html.decode()) if CANARY_NAME in url] == []


def test_an_unknown_token_searches_nothing_and_says_so(client, consulent, family):
    client.force_login(consulent)

    response = client.get(reverse("cases:list"), {"weergave": "team", "zoek": "verlopen"})

    assert "niet meer bewaard" in response.content.decode()


def test_another_session_cannot_use_the_token(client, consulent, family, django_user_model):
    client.force_login(consulent)
    location = client.post(reverse("cases:list"), {"weergave": "team", "q": CANARY_NAME})[
        "Location"
    ]
    client.logout()
    client.force_login(consulent)

    html = client.get(location).content.decode()
    assert CANARY_NAME not in html


def test_the_nginx_example_logs_paths_without_query_strings_or_referer():
    config = NGINX.read_text()
    formats = re.findall(r"log_format\s+(\w+)\s+((?:'[^']*'\s*)+);", config)
    assert formats, "geen log_format"
    name, definition = formats[0]
    for variable in (
        "$request ",
        '$request"',
        "$request_uri",
        "$args",
        "$query_string",
        "$http_referer",
        "$is_args",
    ):
        assert variable not in definition, variable
    assert "$uri" in definition
    access_logs = re.findall(r"^\s*access_log\s+(.+);", config, flags=re.M)
    assert access_logs and all(line.split()[-1] == name for line in access_logs), access_logs
