"""A lost phone: beheer resets the user's second factor. The authenticator devices go, open
sessions end, the next sign-in sets up a new device; no second person is needed, but the reset
is in the change history and the access log."""

import pytest
from auditlog.models import LogEntry
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from maatwerk.audit.models import AccessLog

pytestmark = pytest.mark.django_db


def test_beheer_resets_a_lost_second_factor_with_the_admin_action(
    client, beheerder, consulent, settings
):
    settings.MAATWERK_REQUIRE_2FA = True
    TOTPDevice.objects.create(user=consulent, name="oude telefoon", confirmed=True)
    user_browser = Client()
    user_browser.post(
        reverse("login"), {"username": consulent.username, "password": "geheim-wachtwoord"}
    )
    session_key = user_browser.session.session_key
    settings.MAATWERK_REQUIRE_2FA = False  # beheer signs in with force_login
    client.force_login(beheerder)

    response = client.post(
        reverse("admin:accounts_user_changelist"),
        {"action": "reset_second_factor", "_selected_action": [consulent.pk]},
        follow=True,
    )

    assert "stelt bij de volgende aanmelding een nieuwe tweede factor in" in (
        response.content.decode()
    )
    assert not TOTPDevice.objects.filter(user=consulent).exists()
    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=session_key).exists()
    entry = LogEntry.objects.get(additional_data__event="second_factor_reset")
    assert (entry.actor, entry.object_pk) == (beheerder, str(consulent.pk))
    row = AccessLog.objects.get(details__event="second_factor_reset")
    assert (row.user, row.details["account_id"]) == (beheerder, consulent.pk)


def test_the_next_sign_in_sets_up_a_new_device(client, beheerder, consulent, settings):
    from maatwerk.accounts.services import reset_second_factor

    settings.MAATWERK_REQUIRE_2FA = True
    TOTPDevice.objects.create(user=consulent, name="oude telefoon", confirmed=True)
    reset_second_factor(beheerder, consulent)

    client.post(reverse("login"), {"username": consulent.username, "password": "geheim-wachtwoord"})
    setup = client.get(reverse("two_factor"))

    assert "Tweestapsverificatie instellen" in setup.content.decode()
    assert "<svg" in setup.content.decode()
