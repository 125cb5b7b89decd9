"""A browser session opens the API only after the second factor, exactly like the screens."""

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_factor_on(settings):
    settings.MAATWERK_REQUIRE_2FA = True


def _sign_in(client, user) -> None:
    client.post(reverse("login"), {"username": user.username, "password": "geheim-wachtwoord"})


def test_a_password_only_session_does_not_open_the_api(
    client, consulent, noord_case, two_factor_on
):
    TOTPDevice.objects.create(user=consulent, name="app", confirmed=True)
    _sign_in(client, consulent)

    response = client.get(f"/api/v1/cases/{noord_case.pk}/")

    assert response.status_code == 401
    assert "anarie" not in response.content.decode()


def test_a_verified_session_opens_the_api(client, consulent, noord_case, two_factor_on):
    device = TOTPDevice.objects.create(user=consulent, name="app", confirmed=True)
    _sign_in(client, consulent)
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    client.post(reverse("two_factor"), {"token": f"{code:06d}"})

    assert client.get(f"/api/v1/cases/{noord_case.pk}/").status_code == 200


def test_roles_without_personal_data_need_no_second_factor(client, controller, two_factor_on):
    _sign_in(client, controller)

    assert client.get("/api/v1/cases/").status_code == 200
