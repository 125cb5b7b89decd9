"""After a wrong code django-otp refuses every code for a while, the right one too. The screen
says so, and when to try again, instead of calling a correct code wrong."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, consulent, settings):
    settings.MAATWERK_REQUIRE_2FA = True
    # A long wait, so the test does not depend on how fast it runs.
    settings.OTP_TOTP_THROTTLE_FACTOR = 60
    device = TOTPDevice.objects.create(user=consulent, name="app", confirmed=True)
    client.post(reverse("login"), {"username": consulent.username, "password": "geheim-wachtwoord"})
    return device


def _code(device) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_a_correct_code_right_after_a_wrong_one_is_called_throttled(client, signed_in):
    wrong = client.post(reverse("two_factor"), {"token": "000000"})
    assert "klopt niet of is verlopen" in wrong.content.decode()

    response = client.post(reverse("two_factor"), {"token": _code(signed_in)})

    page = response.content.decode()
    assert "klopt niet" not in page
    assert "te veel onjuiste codes achter elkaar" in page
    assert "ook geen juiste" in page
    assert "Probeer het over 60 seconden opnieuw" in page or "over 59 seconden" in page
    assert client.get(reverse("cases:list")).status_code == 302


def test_after_the_wait_the_correct_code_is_accepted(client, signed_in):
    client.post(reverse("two_factor"), {"token": "000000"})
    signed_in.refresh_from_db()
    signed_in.throttling_failure_timestamp = timezone.now() - datetime.timedelta(minutes=2)
    signed_in.save()

    client.post(reverse("two_factor"), {"token": _code(signed_in)})

    assert client.get(reverse("cases:list")).status_code == 200
