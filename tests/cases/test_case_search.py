"""Searching cases answers the same on the screen and in the API (one function in
cases/filters.py): part of a reference finds the case for every role; roles with personal
data also find it by street (and house number) and postcode; roles without are told, in
Dutch, that searching by name, BSN or address is not available to them."""

import pytest
from django.urls import reverse

from ..factories import CaseFactory, HouseholdFactory, MemberFactory

REFUSED = "Zoeken op naam, BSN of adres is met uw rol niet mogelijk"


@pytest.fixture
def cases(team_noord, team_zuid, consulent, consulent_zuid):
    home = HouseholdFactory(
        team=team_noord, street="Lindelaan", house_number="4", postcode="1234 AB"
    )
    MemberFactory(household=home, first_name="Fatima", last_name="Oudshoorn", bsn="")
    wanted = CaseFactory(household=home, regisseur=consulent, reference="MW-2026-00029")
    other = CaseFactory(
        household=HouseholdFactory(team=team_noord, street="Beukweg", postcode="9876 ZX"),
        regisseur=consulent,
        reference="MW-2026-00030",
    )
    # Same street in another team: never found by Noord.
    elsewhere = CaseFactory(
        household=HouseholdFactory(team=team_zuid, street="Lindelaan", postcode="1234 AB"),
        regisseur=consulent_zuid,
        reference="MW-2026-00031",
    )
    return {"wanted": wanted, "other": other, "elsewhere": elsewhere}


def _screen(client, user, term: str) -> str:
    client.force_login(user)
    response = client.post(reverse("cases:list"), {"weergave": "alle", "q": term}, follow=True)
    assert response.status_code == 200
    return response.content.decode()


def _api(api_client, user, term: str):
    api_client.force_authenticate(user)
    return api_client.get("/api/v1/cases/", {"search": term})


def _found(content: str, cases: dict) -> set[str]:
    return {name for name, case in cases.items() if case.reference in content}


def _api_found(response, cases: dict) -> set[str]:
    assert response.status_code == 200, response.content
    references = {row["reference"] for row in response.json()["results"]}
    return {name for name, case in cases.items() if case.reference in references}


@pytest.mark.parametrize("role", ["consulent", "omo", "controller", "beleid"])
@pytest.mark.parametrize("term", ["00029", "2026-00029", "mw-2026-00029"])
def test_a_partial_reference_finds_the_case_on_screen_and_in_the_api(
    client, api_client, request, cases, role, term
):
    user = request.getfixturevalue(role)

    assert _found(_screen(client, user, term), cases) == {"wanted"}
    assert _api_found(_api(api_client, user, term), cases) == {"wanted"}


@pytest.mark.parametrize(
    "term", ["Lindelaan", "lindelaan 4", "1234 AB", "1234ab", "1234", "Oudshoorn"]
)
def test_street_and_postcode_find_the_case_for_roles_with_personal_data(
    client, api_client, consulent, cases, term
):
    assert _found(_screen(client, consulent, term), cases) == {"wanted"}
    assert _api_found(_api(api_client, consulent, term), cases) == {"wanted"}


def test_the_omo_functionaris_finds_the_address_in_every_team(client, api_client, omo, cases):
    assert _found(_screen(client, omo, "Lindelaan"), cases) == {"wanted", "elsewhere"}
    assert _api_found(_api(api_client, omo, "1234 AB"), cases) == {"wanted", "elsewhere"}


def test_a_house_number_alone_does_not_match_another_street(client, consulent, cases):
    assert _found(_screen(client, consulent, "Beukweg 4"), cases) == set()


@pytest.mark.parametrize("role", ["controller", "beleid", "beheerder"])
@pytest.mark.parametrize("term", ["Oudshoorn", "Lindelaan", "1234 AB", "111222333"])
def test_anonymised_roles_are_told_that_searching_by_person_is_not_available(
    client, api_client, request, cases, role, term
):
    user = request.getfixturevalue(role)

    content = _screen(client, user, term)
    assert REFUSED in content
    assert _found(content, cases) == set()
    response = _api(api_client, user, term)
    assert response.status_code == 400
    assert REFUSED in response.json()["search"][0]
    assert _found(response.content.decode(), cases) == set()


def test_the_refusal_is_next_to_the_search_field_for_assistive_technology(
    client, controller, cases
):
    content = _screen(client, controller, "Oudshoorn")

    assert 'id="id_q_error" role="alert"' in content
    assert 'aria-invalid="true"' in content


def test_anonymised_roles_see_before_searching_that_they_search_by_reference(client, beleid, cases):
    client.force_login(beleid)

    html = client.get(reverse("cases:list")).content.decode()

    assert "Met uw rol zoekt u op (een deel van) het kenmerk" in html
    assert 'aria-describedby="id_q_helptext"' in html


@pytest.mark.parametrize("term", ["Oudshoorn", "fatima oudshoorn", "Lindelaan 4", "1234", "00029"])
def test_a_common_term_walks_the_list_and_finds_the_same_cases(
    client, api_client, consulent, cases, monkeypatch, term
):
    """Past SEARCH_ID_LIMIT matches of a kind the search tests each case as the list walks;
    the answer must be the one the id lookup gives."""
    by_ids = (
        _found(_screen(client, consulent, term), cases),
        _api_found(_api(api_client, consulent, term), cases),
    )
    monkeypatch.setattr("maatwerk.cases.filters.SEARCH_ID_LIMIT", 0)

    walked = (
        _found(_screen(client, consulent, term), cases),
        _api_found(_api(api_client, consulent, term), cases),
    )

    assert walked == by_ids
    assert "wanted" in walked[0] and "elsewhere" not in walked[0] | walked[1]


def test_when_only_the_names_are_common_the_other_kinds_keep_their_ids(
    client, api_client, team_noord, consulent, cases, monkeypatch
):
    """Past the limit for names alone, the street and title matches still count: a case found
    by its street, one by a member's name, none from elsewhere."""
    by_street = CaseFactory(
        household=HouseholdFactory(team=team_noord, street="Oudshoornlaan"),
        regisseur=consulent,
        reference="MW-2026-00040",
    )
    for _ in range(3):
        MemberFactory(household=cases["other"].household, last_name="Oudshoorn", bsn="")
        MemberFactory(household=cases["elsewhere"].household, last_name="Oudshoorn", bsn="")
    monkeypatch.setattr("maatwerk.cases.filters.SEARCH_ID_LIMIT", 3)  # 7 members, 1 street
    everything = dict(cases, by_street=by_street)

    found = (
        _found(_screen(client, consulent, "Oudshoorn"), everything),
        _api_found(_api(api_client, consulent, "Oudshoorn"), everything),
    )

    assert found == ({"wanted", "other", "by_street"},) * 2
