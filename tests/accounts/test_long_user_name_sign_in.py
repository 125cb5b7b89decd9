"""A user name longer than the lock-out library's column is an ordinary failed sign-in with a
Dutch message, counted towards the lock-out — not a server error (PostgreSQL refuses to store
more than 255 characters)."""

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("length", [256, 300, 5000])
def test_an_overlong_user_name_gets_the_normal_sign_in_error(client, consulent, length):
    response = client.post(reverse("login"), {"username": "a" * length, "password": "fout"})

    assert response.status_code == 200
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in response.content.decode()


def test_an_overlong_user_name_still_counts_towards_the_lock_out(client, settings, consulent):
    settings.AXES_FAILURE_LIMIT = 2
    name = "b" * 400
    for _ in range(2):
        client.post(reverse("login"), {"username": name, "password": "fout"})

    attempt = AccessAttempt.objects.get()
    assert attempt.username == name[:255]
    assert attempt.failures_since_start == 2
    assert AccessFailureLog.objects.filter(username=name[:255]).count() == 2
    response = client.post(reverse("login"), {"username": name, "password": "fout"})
    assert response.status_code == 429
