"""A household has a bounded number of members and cases, so no read of its file grows without
end; going over says so in Dutch and saves nothing."""

import pytest
from django.urls import reverse

from maatwerk.cases.models import Case, Member
from maatwerk.cases.services.household import MAX_MEMBERS
from maatwerk.cases.services.registration import MAX_CASES_PER_HOUSEHOLD

from ..factories import CaseFactory, HouseholdFactory, MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_household(consulent):
    household = HouseholdFactory(team=consulent.team)
    MemberFactory.create_batch(MAX_MEMBERS, household=household, bsn="")
    return household


def test_the_api_refuses_a_member_too_many(api_client, consulent, full_household):
    api_client.force_authenticate(consulent)
    body = {
        "household": full_household.pk,
        "first_name": "Een",
        "last_name": "Te veel",
        "role": "kind",
    }

    response = api_client.post("/api/v1/members/", body, format="json")

    assert response.status_code == 400
    assert f"hoogstens {MAX_MEMBERS} gezinsleden" in str(response.json())
    assert Member.objects.filter(household=full_household).count() == MAX_MEMBERS


def test_the_screen_refuses_a_member_too_many(client, consulent, full_household):
    from tests.architecture.test_screen_and_api_agree import _first_step_data

    case = CaseFactory(household=full_household, regisseur=consulent, consent="niet_gevraagd")
    client.force_login(consulent)
    data = _first_step_data(case)
    extra = MAX_MEMBERS
    data |= {
        "members-TOTAL_FORMS": str(MAX_MEMBERS + 1),
        f"members-{extra}-first_name": "Een",
        f"members-{extra}-last_name": "Te veel",
        f"members-{extra}-role": "kind",
    }

    response = client.post(reverse("cases:step", args=[case.pk, "huishouden"]), data)

    assert response.status_code == 200
    assert f"hoogstens {MAX_MEMBERS} gezinsleden" in response.content.decode()
    assert Member.objects.filter(household=full_household).count() == MAX_MEMBERS


def test_the_api_refuses_a_case_too_many(api_client, consulent):
    household = HouseholdFactory(team=consulent.team)
    MemberFactory(household=household, bsn="")
    CaseFactory.create_batch(MAX_CASES_PER_HOUSEHOLD, household=household, regisseur=consulent)
    api_client.force_authenticate(consulent)
    body = {
        "household": household.pk,
        "title": "Nog een signaal",
        "signal_source": "wijkteam",
        "signal_date": "2026-11-01",
    }

    response = api_client.post("/api/v1/cases/", body, format="json")

    assert response.status_code == 400
    assert "al 25 casussen" in response.json()["household"][0]
    assert Case.objects.filter(household=household).count() == MAX_CASES_PER_HOUSEHOLD


def test_a_post_claiming_millions_of_rows_is_refused_without_building_them(client, consulent):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent, consent="niet_gevraagd")
    client.force_login(consulent)
    data = {
        "blockages-TOTAL_FORMS": "9223372036854775808",
        "blockages-INITIAL_FORMS": "0",
    }

    response = client.post(reverse("cases:step", args=[case.pk, "knelpunten"]), data)

    assert response.status_code == 200
    assert len(response.context["formsets"][0][1].forms) <= 50


def test_a_case_needs_a_household_with_people_in_it(api_client, consulent):
    household = HouseholdFactory(team=consulent.team)
    api_client.force_authenticate(consulent)
    body = {
        "household": household.pk,
        "title": "Signaal zonder gezin",
        "signal_source": "wijkteam",
        "signal_date": "2026-11-01",
    }

    response = api_client.post("/api/v1/cases/", body, format="json")

    assert response.status_code == 400
    assert "nog geen gezinsleden" in response.json()["household"][0]
    assert not Case.objects.filter(household=household).exists()
