"""One person, one registration: the same BSN twice in a household is refused, and a person the
user may already see in another household is pointed out — alike on the screen and the API."""

import pytest
from django.urls import reverse

from maatwerk.cases.models import Case, Household, Member

from ..factories import CaseFactory, HouseholdFactory, MemberFactory
from .test_register_case_screens import _first_step as _steps_data

pytestmark = pytest.mark.django_db


def _first_step(consulent, **overrides) -> dict:
    return _steps_data(**overrides) | {"signal-regisseur": str(consulent.pk)}


BSN = "111222333"


def test_the_api_refuses_the_same_bsn_twice_in_a_household(api_client, consulent):
    household = HouseholdFactory(team=consulent.team)
    MemberFactory(household=household, bsn=BSN)
    api_client.force_authenticate(consulent)
    body = {"household": household.pk, "first_name": "Sem", "last_name": "X", "role": "kind"}

    response = api_client.post("/api/v1/members/", body | {"bsn": "111 222 333"}, format="json")

    assert response.status_code == 400
    assert response.json()["bsn"] == [
        "Dit BSN staat al bij een ander gezinslid van dit huishouden."
    ]
    assert Member.objects.filter(household=household).count() == 1


def test_the_screen_refuses_the_same_bsn_twice_in_a_household(client, consulent):
    client.force_login(consulent)
    data = _first_step(consulent, **{"members-1-bsn": "111 222 333"})

    response = client.post(reverse("cases:create"), data)

    assert response.status_code == 200
    assert (
        "Dit BSN staat al bij een ander gezinslid van dit huishouden." in response.content.decode()
    )
    assert not Household.objects.exists()


def test_a_person_known_in_another_visible_household_is_pointed_out(client, api_client, consulent):
    known = CaseFactory(household__team=consulent.team, regisseur=consulent)
    MemberFactory(household=known.household, bsn=BSN)
    client.force_login(consulent)

    screen = client.post(reverse("cases:create"), _first_step(consulent))
    api_client.force_authenticate(consulent)
    household = HouseholdFactory(team=consulent.team)
    body = {"household": household.pk, "first_name": "Yvonne", "last_name": "X", "role": "ouder"}
    api = api_client.post("/api/v1/members/", body | {"bsn": BSN}, format="json")

    message = f"Deze persoon is al bekend in een ander huishouden ({known.reference})."
    assert message in screen.content.decode()
    assert message in api.json()["bsn"][0]
    assert Case.objects.count() == 1


def test_a_person_known_only_outside_ones_reach_is_not_revealed(client, consulent, consulent_zuid):
    elsewhere = CaseFactory(household__team=consulent_zuid.team, regisseur=consulent_zuid)
    MemberFactory(household=elsewhere.household, bsn=BSN)
    client.force_login(consulent)

    response = client.post(reverse("cases:create"), _first_step(consulent))

    assert response.status_code == 302
    assert elsewhere.reference not in response.content.decode()


def test_sending_the_first_step_twice_registers_one_case(client, consulent):
    client.force_login(consulent)
    form = client.get(reverse("cases:create")).context["token_form"]
    data = _first_step(consulent) | {"intake_token": str(form.initial["intake_token"])}

    first = client.post(reverse("cases:create"), data)
    again = client.post(reverse("cases:create"), data, follow=True)

    case = Case.objects.get()
    assert first.status_code == 302
    assert again.redirect_chain[-1][0] == reverse("cases:detail", args=[case.pk])
    assert f"al opgeslagen als {case.reference}" in again.content.decode()
    assert Household.objects.count() == 1
