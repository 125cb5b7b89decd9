"""A password set by beheer is temporary: every open session and API token of the account ends
at once, and at the next sign-in the user chooses their own before anything else."""

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token

pytestmark = pytest.mark.django_db
TEMPORARY = "tijdelijk-wachtwoord-42"
OWN = "mijn-eigen-lange-zin-2027"


def _reset_in_admin(client, account):
    return client.post(
        reverse("admin:auth_user_password_change", args=[account.pk]),
        {"password1": TEMPORARY, "password2": TEMPORARY},
    )


def test_a_reset_ends_sessions_and_tokens_and_forces_a_new_password(
    client, api_client, beheerder, consulent
):
    user_browser = Client()
    user_browser.post(
        reverse("login"), {"username": consulent.username, "password": "geheim-wachtwoord"}
    )
    assert user_browser.get(reverse("cases:list")).status_code == 200
    token = Token.objects.create(user=consulent)
    client.force_login(beheerder)

    response = _reset_in_admin(client, consulent)

    assert response.status_code == 302
    consulent.refresh_from_db()
    assert consulent.must_change_password
    assert consulent.check_password(TEMPORARY)
    assert user_browser.get(reverse("cases:list")).status_code == 302
    assert not Token.objects.filter(key=token.key).exists()
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api_client.get("/api/v1/cases/").status_code == 401


def test_the_next_sign_in_goes_to_the_change_password_screen_first(client, beheerder, consulent):
    client.force_login(beheerder)
    _reset_in_admin(client, consulent)
    user_browser = Client()
    user_browser.post(reverse("login"), {"username": consulent.username, "password": TEMPORARY})

    response = user_browser.get(reverse("cases:list"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:password_change"))
    screen = user_browser.get(response["Location"]).content.decode()
    assert "Kies nu een eigen wachtwoord" in screen
    assert user_browser.get("/api/v1/cases/").status_code == 403

    done = user_browser.post(
        reverse("accounts:password_change"),
        {"old_password": TEMPORARY, "new_password1": OWN, "new_password2": OWN, "next": "/"},
    )

    assert done.status_code == 302
    consulent.refresh_from_db()
    assert not consulent.must_change_password
    assert user_browser.get(reverse("cases:list")).status_code == 200


def test_a_new_password_that_is_too_short_is_refused_in_dutch(client, beheerder, consulent):
    client.force_login(beheerder)
    _reset_in_admin(client, consulent)
    user_browser = Client()
    user_browser.post(reverse("login"), {"username": consulent.username, "password": TEMPORARY})

    response = user_browser.post(
        reverse("accounts:password_change"),
        {"old_password": TEMPORARY, "new_password1": "kort", "new_password2": "kort"},
    )

    assert response.status_code == 200
    assert "te kort" in response.content.decode()
    consulent.refresh_from_db()
    assert consulent.must_change_password


def test_one_beheerder_cannot_reset_both_password_and_second_factor(
    client, beheerder, beheerder2, consulent
):
    from maatwerk.accounts.services import reset_second_factor

    reset_second_factor(beheerder, consulent)
    client.force_login(beheerder)

    response = _reset_in_admin(client, consulent)

    assert response.status_code == 200
    assert "Laat deze herstelactie door een andere beheerder doen" in response.content.decode()
    consulent.refresh_from_db()
    assert not consulent.must_change_password

    client.force_login(beheerder2)
    assert _reset_in_admin(client, consulent).status_code == 302


def test_someone_signed_in_through_single_sign_on_is_not_sent_to_change_a_password(
    client, consulent, settings
):
    from .test_single_sign_on import OIDC_SETTINGS

    for name, value in OIDC_SETTINGS.items():
        setattr(settings, name, value)
    backend = "maatwerk.accounts.oidc.MaatwerkOIDCBackend"
    settings.AUTHENTICATION_BACKENDS = [*settings.AUTHENTICATION_BACKENDS, backend]
    consulent.must_change_password = True
    consulent.save()
    client.force_login(consulent, backend=backend)

    assert client.get(reverse("cases:list")).status_code == 200
