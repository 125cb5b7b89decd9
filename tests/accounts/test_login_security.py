"""Signing in: second factor for everyone who sees personal data, lock-out after repeated
failures, idle and absolute session limits, and deactivation ending everything at once."""

import time

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework.authtoken.models import Token

from maatwerk.accounts.services import deactivate_user

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db
PASSWORD = "geheim-wachtwoord"


@pytest.fixture
def two_factor_on(settings):
    settings.MAATWERK_REQUIRE_2FA = True


def _login(client, user, password=PASSWORD):
    return client.post(reverse("login"), {"username": user.username, "password": password})


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_consulent_must_set_up_a_second_factor_before_seeing_cases(
    client, consulent, two_factor_on
):
    _login(client, consulent)

    response = client.get(reverse("cases:list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor"))

    setup = client.get(reverse("two_factor"))
    assert "<svg" in setup.content.decode()
    device = TOTPDevice.objects.get(user=consulent, confirmed=False)
    client.post(reverse("two_factor"), {"token": _code(device), "next": "/casussen/"})

    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse("cases:list")).status_code == 200


def test_a_wrong_code_keeps_the_door_shut(client, consulent, two_factor_on):
    TOTPDevice.objects.create(user=consulent, name="app", confirmed=True)
    _login(client, consulent)

    response = client.post(reverse("two_factor"), {"token": "000000"})

    assert "klopt niet" in response.content.decode()
    assert client.get(reverse("cases:list")).status_code == 302


def test_a_verified_session_reaches_the_dossier(client, consulent, two_factor_on):
    device = TOTPDevice.objects.create(user=consulent, name="app", confirmed=True)
    case = CaseFactory(household__team=consulent.team)
    _login(client, consulent)
    client.post(reverse("two_factor"), {"token": _code(device)})

    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 200


def test_roles_without_personal_data_do_not_need_a_second_factor(client, beleid, two_factor_on):
    _login(client, beleid)

    assert client.get(reverse("cases:list")).status_code == 200


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(client, consulent):
    for _ in range(5):
        _login(client, consulent, password="fout")

    response = _login(client, consulent)

    assert response.status_code == 429
    assert "Tijdelijk geblokkeerd" in response.content.decode()
    assert client.get(reverse("cases:list")).status_code == 302


def test_failed_attempts_are_recorded(client, consulent):
    from axes.models import AccessFailureLog

    _login(client, consulent, password="fout")

    assert AccessFailureLog.objects.filter(username=consulent.username).exists()


def test_a_session_ends_after_the_absolute_lifetime(client, consulent, settings):
    settings.SESSION_ABSOLUTE_HOURS = 1
    _login(client, consulent)
    session = client.session
    session["maatwerk_started_at"] = time.time() - 2 * 3600
    session.save()

    response = client.get(reverse("cases:list"))

    assert response.status_code == 302 and reverse("login") in response["Location"]
    assert client.get(reverse("cases:list")).status_code == 302


def test_idle_timeout_is_fifteen_minutes_by_default(settings):
    assert settings.SESSION_COOKIE_AGE == 15 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST


def test_deactivating_a_user_ends_their_sessions_and_api_tokens(client, consulent, api_client):
    _login(client, consulent)
    token = Token.objects.create(user=consulent)
    assert client.get(reverse("cases:list")).status_code == 200

    deactivate_user(consulent)

    assert client.get(reverse("cases:list")).status_code == 302
    assert not Token.objects.filter(key=token.key).exists()
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api_client.get("/api/v1/cases/").status_code == 401


def test_beheerder_deactivating_in_the_admin_ends_the_users_sessions(client, beheerder, consulent):
    other = client.__class__()
    _login(other, consulent)
    client.force_login(beheerder)

    client.post(
        reverse("admin:accounts_user_change", args=[consulent.pk]),
        {
            "username": consulent.username,
            "first_name": consulent.first_name,
            "last_name": consulent.last_name,
            "email": "",
            "role": consulent.role,
            "team": consulent.team_id,
            "municipality": consulent.municipality_id,
            "is_active": "",
        },
    )

    consulent.refresh_from_db()
    assert not consulent.is_active
    assert other.get(reverse("cases:list")).status_code == 302
