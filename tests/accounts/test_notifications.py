"""A professional's own notifications: listed on a screen and in the API, only their own, and
marked read there."""

import pytest
from django.urls import reverse

from maatwerk.accounts.models import Notification
from maatwerk.accounts.notifications import Reminder, deliver

pytestmark = pytest.mark.django_db


@pytest.fixture
def reminders(consulent, omo):
    deliver(
        [
            Reminder(consulent.pk, "route:test:1", "Monitoring MW-2026-00029 is te laat.", "/"),
            Reminder(consulent.pk, "route:test:2", "Time-out MW-2026-00029 loopt af.", "/"),
            Reminder(omo.pk, "route:test:3", "Besluit MW-2026-00031 is over de termijn.", "/"),
        ]
    )


def test_the_menu_counts_the_unread_and_the_screen_lists_only_ones_own(
    client, consulent, reminders
):
    client.force_login(consulent)

    page = client.get(reverse("accounts:notifications")).content.decode()

    assert "2 meldingen" in page
    assert "Monitoring MW-2026-00029 is te laat." in page
    assert "MW-2026-00031" not in page


def test_marking_read_on_the_screen_touches_only_ones_own(client, consulent, omo, reminders):
    client.force_login(consulent)

    response = client.post(reverse("accounts:notifications"))

    assert response.status_code == 302
    assert not Notification.objects.filter(user=consulent, read_at__isnull=True).exists()
    assert Notification.objects.filter(user=omo, read_at__isnull=True).count() == 1


def test_the_api_lists_and_marks_only_ones_own(client_for_api, consulent, omo, reminders):
    client = client_for_api(consulent)
    other = Notification.objects.get(user=omo)

    listed = client.get("/api/v1/notifications/").json()["results"]
    foreign = client.get(f"/api/v1/notifications/{other.pk}/")
    marked = client.post("/api/v1/notifications/read/", {"ids": [other.pk]}, format="json")

    assert {n["key"] for n in listed} == {"route:test:1", "route:test:2"}
    assert foreign.status_code == 404
    assert marked.json() == {"marked": 0}
    other.refresh_from_db()
    assert other.read_at is None
    assert client.post("/api/v1/notifications/read/", {}, format="json").json() == {"marked": 2}


def test_delivering_the_same_occasion_again_adds_nothing(consulent, reminders):
    again = deliver([Reminder(consulent.pk, "route:test:1", "Nog eens", "/")])

    assert again == 0
    assert Notification.objects.get(key="route:test:1").text.startswith("Monitoring")


@pytest.fixture
def client_for_api(api_client):
    def authenticate(user):
        api_client.force_authenticate(user)
        return api_client

    return authenticate
