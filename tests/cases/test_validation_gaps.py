"""Input the case file used to take without a word: a postcode that is none, and "the regular
route offers no solution" with no route recorded. Refused alike on the screen and the API."""

import pytest
from django.urls import reverse

from maatwerk.cases.forms import RegularRouteFormSet, RouteForm
from maatwerk.cases.models import Household

from ..architecture.test_screen_and_api_agree import _post_data
from ..factories import CaseFactory, HouseholdFactory

pytestmark = pytest.mark.django_db

POSTCODE_MESSAGE = "Vul een Nederlandse postcode in, zoals 1234 AB."
ROUTE_MESSAGE = "Leg eerst vast welke reguliere route geprobeerd is"


def test_the_api_refuses_a_postcode_that_is_none(api_client, consulent):
    api_client.force_authenticate(consulent)

    response = api_client.post("/api/v1/households/", {"postcode": "abcde"}, format="json")

    assert response.status_code == 400
    assert response.json()["postcode"] == [POSTCODE_MESSAGE]
    assert not Household.objects.exists()


def test_a_postcode_is_stored_one_way_whatever_way_it_was_typed(api_client, consulent):
    household = HouseholdFactory(team=consulent.team)
    api_client.force_authenticate(consulent)

    response = api_client.patch(
        f"/api/v1/households/{household.pk}/", {"postcode": "4611ac"}, format="json"
    )

    assert response.status_code == 200
    household.refresh_from_db()
    assert household.postcode == "4611 AC"


def test_the_screen_refuses_a_postcode_that_is_none(client, consulent):
    from .test_register_case_screens import _first_step

    client.force_login(consulent)
    data = _first_step(**{"hh-postcode": "abcde", "signal-regisseur": str(consulent.pk)})

    response = client.post(reverse("cases:create"), data)

    assert response.status_code == 200
    assert POSTCODE_MESSAGE in response.content.decode()
    assert not Household.objects.exists()


@pytest.fixture
def case_without_routes(consulent):
    return CaseFactory(household__team=consulent.team, regisseur=consulent, consent="niet_gevraagd")


def test_the_api_refuses_no_solution_without_a_route(api_client, consulent, case_without_routes):
    api_client.force_authenticate(consulent)

    response = api_client.patch(
        f"/api/v1/cases/{case_without_routes.pk}/",
        {"regular_route_exhausted": True},
        format="json",
    )

    assert response.status_code == 400
    assert ROUTE_MESSAGE in response.json()["regular_route_exhausted"][0]
    case_without_routes.refresh_from_db()
    assert not case_without_routes.regular_route_exhausted


def test_the_screen_refuses_no_solution_without_a_route(client, consulent, case_without_routes):
    client.force_login(consulent)
    data = _post_data(RouteForm(instance=case_without_routes, prefix="case"))
    data |= _post_data(RegularRouteFormSet(instance=case_without_routes, prefix="routes"))
    data["case-regular_route_exhausted"] = "on"

    response = client.post(reverse("cases:step", args=[case_without_routes.pk, "route"]), data)

    assert response.status_code == 200
    assert ROUTE_MESSAGE in response.content.decode()
    case_without_routes.refresh_from_db()
    assert not case_without_routes.regular_route_exhausted


def test_the_screen_takes_no_solution_with_the_route_in_the_same_save(
    client, consulent, case_without_routes
):
    client.force_login(consulent)
    data = _post_data(RouteForm(instance=case_without_routes, prefix="case"))
    data |= _post_data(RegularRouteFormSet(instance=case_without_routes, prefix="routes"))
    data |= {
        "case-regular_route_exhausted": "on",
        "routes-0-description": "Schuldhulpverlening",
        "routes-0-result": "Afgewezen: te hoge schuld",
    }

    response = client.post(reverse("cases:step", args=[case_without_routes.pk, "route"]), data)

    assert response.status_code == 302
    case_without_routes.refresh_from_db()
    assert case_without_routes.regular_route_exhausted
