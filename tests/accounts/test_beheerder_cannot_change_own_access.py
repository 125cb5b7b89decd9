"""Nobody changes their own role, team, municipality or active flag — not through the admin's
change form, not through its password screen or actions, not through the services."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from maatwerk.accounts.models import RoleGrantRequest
from maatwerk.accounts.roles import Role
from maatwerk.accounts.services import change_account, reset_password, reset_second_factor

from .conftest import form_errors, post_change_form

pytestmark = pytest.mark.django_db


def test_beheerder_cannot_grant_itself_the_omo_role_in_the_admin(client, beheerder):
    client.force_login(beheerder)

    response = post_change_form(client, beheerder, role=Role.OMO_FUNCTIONARIS, reason="Even")

    assert response.status_code == 200
    assert "U kunt uw eigen rol, team, gemeente, rechten of actief-status niet wijzigen" in (
        form_errors(response)
    )
    beheerder.refresh_from_db()
    assert beheerder.role == Role.BEHEERDER
    assert not RoleGrantRequest.objects.exists()


@pytest.mark.parametrize(
    "change",
    [
        {"role": Role.CONTROLLER},
        {"team": "team"},
        {"is_active": ""},
    ],
)
def test_beheerder_cannot_change_its_own_team_role_or_active_flag(
    client, beheerder, team_noord, change
):
    if change.get("team") == "team":
        change = {"team": team_noord.pk}
    client.force_login(beheerder)

    response = post_change_form(client, beheerder, **change)

    assert response.status_code == 200
    assert "eigen rol" in form_errors(response)
    beheerder.refresh_from_db()
    assert (beheerder.role, beheerder.team_id, beheerder.is_active) == (Role.BEHEERDER, None, True)


def test_beheerder_may_still_correct_its_own_name(client, beheerder):
    client.force_login(beheerder)

    response = post_change_form(client, beheerder, last_name="van Dijk-Jansen")

    assert response.status_code == 302
    beheerder.refresh_from_db()
    assert beheerder.last_name == "van Dijk-Jansen"


def test_beheerder_cannot_set_its_own_password_in_the_admin(client, beheerder):
    client.force_login(beheerder)

    response = client.post(
        reverse("admin:auth_user_password_change", args=[beheerder.pk]),
        {"password1": "een-nieuw-wachtwoord-1", "password2": "een-nieuw-wachtwoord-1"},
        follow=True,
    )

    assert "Uw eigen wachtwoord wijzigt u zelf" in response.content.decode()
    beheerder.refresh_from_db()
    assert beheerder.check_password("geheim-wachtwoord")
    assert not beheerder.must_change_password


def test_beheerder_cannot_reset_its_own_second_factor_with_the_admin_action(client, beheerder):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=beheerder, name="app", confirmed=True)
    client.force_login(beheerder)

    response = client.post(
        reverse("admin:accounts_user_changelist"),
        {"action": "reset_second_factor", "_selected_action": [beheerder.pk]},
        follow=True,
    )

    assert "eigen tweede factor niet herstellen" in response.content.decode()
    assert TOTPDevice.objects.filter(user=beheerder).exists()


def test_the_services_refuse_it_too(beheerder):
    with pytest.raises(ValidationError):
        change_account(beheerder, beheerder, {"role": Role.OMO_FUNCTIONARIS}, reason="x")
    with pytest.raises(ValidationError):
        reset_password(beheerder, beheerder, "een-nieuw-wachtwoord-1")
    with pytest.raises(ValidationError):
        reset_second_factor(beheerder, beheerder)


def test_the_admin_offers_no_bulk_edit_and_no_delete(client, beheerder, consulent):
    client.force_login(beheerder)

    response = client.get(reverse("admin:accounts_user_changelist"))

    actions = [value for value, _label in response.context["action_form"].fields["action"].choices]
    assert actions == ["", "reset_second_factor"]
    assert response.context["cl"].list_editable == []


def test_api_tokens_and_authenticator_devices_are_not_made_in_the_admin():
    from django.urls import NoReverseMatch

    for name in ("admin:authtoken_tokenproxy_add", "admin:otp_totp_totpdevice_add"):
        with pytest.raises(NoReverseMatch):
            reverse(name)
