"""The outside probe's attack, replayed: the functioneel beheerder raises its own role, asks
for a new OMO account and a personal-data role for a colleague, all in the admin. None of it
gives its API token the members' names and dates of birth."""

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token

from maatwerk.accounts.roles import Role

from ..factories import CaseFactory, MemberFactory
from .conftest import post_change_form

pytestmark = pytest.mark.django_db


def test_the_beheer_token_still_cannot_read_members_after_trying(
    client, api_client, beheerder, controller, team_noord
):
    member = MemberFactory(household=CaseFactory(household__team=team_noord).household)
    token = Token.objects.create(user=beheerder)
    client.force_login(beheerder)

    post_change_form(client, beheerder, role=Role.OMO_FUNCTIONARIS, reason="Even kijken")
    post_change_form(client, controller, role=Role.OMO_FUNCTIONARIS, reason="Even kijken")
    client.post(
        reverse("admin:accounts_user_add"),
        {
            "username": "mijn-omo",
            "password1": "een-tijdelijk-wachtwoord-7",
            "password2": "een-tijdelijk-wachtwoord-7",
            "role": Role.OMO_FUNCTIONARIS,
            "municipality": team_noord.municipality_id,
            "reason": "Even kijken",
        },
    )

    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api_client.get(f"/api/v1/members/{member.pk}/").status_code in (403, 404)
    assert api_client.get(f"/api/v1/households/{member.household_id}/").status_code in (403, 404)
    beheerder.refresh_from_db()
    controller.refresh_from_db()
    assert (beheerder.role, controller.role) == (Role.BEHEERDER, Role.CONTROLLER)
    assert client.get(reverse("privacy:access_request")).status_code == 403
