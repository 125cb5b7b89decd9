"""A role with personal data (consulent, teamleider, OMO-functionaris) is never given by one
beheerder alone: the admin files a request and the account keeps its access until a second
person approves. Roles without personal data are set at once."""

import pytest
from django.urls import reverse

from maatwerk.accounts.models import RoleGrantRequest, User
from maatwerk.accounts.roles import Role

from .conftest import form_errors, post_change_form

pytestmark = pytest.mark.django_db


def test_beheerder_cannot_give_another_account_the_omo_role_without_approval(
    client, beheerder, controller
):
    client.force_login(beheerder)

    response = post_change_form(
        client, controller, role=Role.OMO_FUNCTIONARIS, reason="Vervangt de OMO-functionaris"
    )

    assert response.status_code == 302
    controller.refresh_from_db()
    assert controller.role == Role.CONTROLLER
    grant = RoleGrantRequest.objects.get()
    assert (grant.account, grant.requested_role, grant.requested_by, grant.status) == (
        controller,
        Role.OMO_FUNCTIONARIS,
        beheerder,
        RoleGrantRequest.Status.PENDING,
    )
    page = client.get(response["Location"]).content.decode()
    assert "gaat pas in als een tweede persoon de aanvraag goedkeurt" in page


def test_a_request_needs_a_reason(client, beheerder, controller):
    client.force_login(beheerder)

    response = post_change_form(client, controller, role=Role.CONSULENT)

    assert response.status_code == 200
    assert "Geef de reden van de aanvraag" in form_errors(response)
    assert not RoleGrantRequest.objects.exists()


def test_moving_a_consulent_to_another_team_needs_approval(client, beheerder, consulent, team_zuid):
    client.force_login(beheerder)

    post_change_form(client, consulent, team=team_zuid.pk, reason="Verhuist naar Zuid")

    consulent.refresh_from_db()
    assert consulent.team.name == "Wijkteam Noord"
    assert RoleGrantRequest.objects.get().requested_team == team_zuid


def test_reactivating_an_account_with_personal_data_needs_approval(client, beheerder, consulent):
    consulent.is_active = False
    consulent.save()
    client.force_login(beheerder)

    post_change_form(client, consulent, is_active="on", reason="Terug van verlof")

    consulent.refresh_from_db()
    assert not consulent.is_active
    assert RoleGrantRequest.objects.get().reactivate


def test_a_role_without_personal_data_is_set_at_once(client, beheerder, consulent):
    client.force_login(beheerder)

    response = post_change_form(client, consulent, role=Role.BELEIDSMEDEWERKER, team="")

    assert response.status_code == 302
    consulent.refresh_from_db()
    assert consulent.role == Role.BELEIDSMEDEWERKER
    assert not RoleGrantRequest.objects.exists()


def test_a_new_account_with_a_personal_data_role_has_no_role_until_approved(
    client, beheerder, team_noord
):
    client.force_login(beheerder)

    response = client.post(
        reverse("admin:accounts_user_add"),
        {
            "username": "nieuwe-omo",
            "password1": "een-tijdelijk-wachtwoord-7",
            "password2": "een-tijdelijk-wachtwoord-7",
            "first_name": "Nieuwe",
            "last_name": "Functionaris",
            "email": "",
            "role": Role.OMO_FUNCTIONARIS,
            "team": "",
            "municipality": team_noord.municipality_id,
            "reason": "Nieuwe collega per 1 januari",
        },
    )

    assert response.status_code == 302
    account = User.objects.get(username="nieuwe-omo")
    assert account.role == ""
    assert account.must_change_password
    grant = RoleGrantRequest.objects.get(account=account)
    assert grant.requested_role == Role.OMO_FUNCTIONARIS


def test_a_new_account_with_a_personal_data_role_needs_a_reason(client, beheerder, team_noord):
    client.force_login(beheerder)

    response = client.post(
        reverse("admin:accounts_user_add"),
        {
            "username": "nieuwe-consulent",
            "password1": "een-tijdelijk-wachtwoord-7",
            "password2": "een-tijdelijk-wachtwoord-7",
            "role": Role.CONSULENT,
            "team": team_noord.pk,
            "municipality": team_noord.municipality_id,
            "reason": "",
        },
    )

    assert response.status_code == 200
    assert "Geef de reden van de aanvraag" in form_errors(response)
    assert not User.objects.filter(username="nieuwe-consulent").exists()


def test_a_new_account_without_personal_data_gets_its_role_at_once(client, beheerder, team_noord):
    client.force_login(beheerder)

    client.post(
        reverse("admin:accounts_user_add"),
        {
            "username": "nieuwe-controller",
            "password1": "een-tijdelijk-wachtwoord-7",
            "password2": "een-tijdelijk-wachtwoord-7",
            "role": Role.CONTROLLER,
            "team": "",
            "municipality": team_noord.municipality_id,
        },
    )

    account = User.objects.get(username="nieuwe-controller")
    assert account.role == Role.CONTROLLER
    assert account.must_change_password
    assert not RoleGrantRequest.objects.exists()


def test_only_one_request_waits_per_account(client, beheerder, beheerder2, controller):
    client.force_login(beheerder)
    post_change_form(client, controller, role=Role.CONSULENT, reason="Eerste")
    client.force_login(beheerder2)

    response = post_change_form(client, controller, role=Role.OMO_FUNCTIONARIS, reason="Tweede")

    assert response.status_code == 200
    assert "wacht al een aanvraag op goedkeuring" in form_errors(response)
    assert RoleGrantRequest.objects.get().requested_role == Role.CONSULENT


def test_a_new_e_mail_address_for_an_omo_account_needs_approval(client, beheerder, beheerder2, omo):
    """Single sign-on links accounts by e-mail: pointing the OMO's account at one's own address
    would be a way in."""
    from maatwerk.accounts.grants import decide_role_grant

    client.force_login(beheerder)

    post_change_form(client, omo, email="beheer@gemeente.example", reason="Nieuw adres")

    omo.refresh_from_db()
    assert omo.email == ""
    grant = RoleGrantRequest.objects.get()
    assert grant.requested_email == "beheer@gemeente.example"
    decide_role_grant(beheerder2, grant, approve=True)
    omo.refresh_from_db()
    assert (omo.email, omo.role) == ("beheer@gemeente.example", Role.OMO_FUNCTIONARIS)


@pytest.mark.parametrize("role", [Role.BEHEERDER, Role.SECURITY_OFFICER])
def test_roles_that_approve_need_approval_too(client, beheerder, team_noord, role):
    """Otherwise one beheerder could make a second beheerder account, sign in with it and
    approve their own requests."""
    client.force_login(beheerder)

    client.post(
        reverse("admin:accounts_user_add"),
        {
            "username": "tweede-ik",
            "password1": "een-tijdelijk-wachtwoord-7",
            "password2": "een-tijdelijk-wachtwoord-7",
            "role": role,
            "municipality": team_noord.municipality_id,
            "reason": "Extra beheerder",
        },
    )

    account = User.objects.get(username="tweede-ik")
    assert account.role == ""
    assert RoleGrantRequest.objects.get(account=account).requested_role == role


def test_deactivating_never_waits_even_with_a_role_request_in_the_same_form(
    client, beheerder, controller
):
    client.force_login(beheerder)

    post_change_form(client, controller, role=Role.CONSULENT, is_active="", reason="Later")

    controller.refresh_from_db()
    assert not controller.is_active
    assert controller.role == Role.CONTROLLER
    assert not RoleGrantRequest.objects.get().reactivate
