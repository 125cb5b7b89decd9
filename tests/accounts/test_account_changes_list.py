"""The account-changes screen: every recorded change with who made it, and the requests that
wait for a second person, with the buttons only for whoever may decide."""

import pytest
from django.urls import reverse

from maatwerk.accounts.roles import Role
from maatwerk.accounts.services import change_account, reset_second_factor
from maatwerk.audit.models import AccessLog

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(beheerder, controller, consulent):
    change_account(beheerder, consulent, {"last_name": "Jansen"})
    reset_second_factor(beheerder, consulent)
    return change_account(beheerder, controller, {"role": Role.CONSULENT}, reason="Zuid").grant


@pytest.mark.parametrize("reviewer", ["security_officer", "omo", "beheerder2"])
def test_the_reviewers_see_the_changes_and_the_waiting_request(request, client, reviewer, history):
    client.force_login(request.getfixturevalue(reviewer))

    response = client.get(reverse("accounts:changes"))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Accountwijzigingen" in page
    assert "Tweede factor hersteld" in page
    assert "Rol aangevraagd" in page
    assert "<strong>rol</strong>: Controller → Consulent" in page
    assert "beheer" in page  # the actor
    assert "Zuid" in page  # the reason of the waiting request


def test_the_approve_buttons_show_only_for_who_may_decide(client, beheerder, omo, history):
    client.force_login(omo)
    assert 'value="goedkeuren"' in client.get(reverse("accounts:changes")).content.decode()

    client.force_login(beheerder)  # the requester
    assert 'value="goedkeuren"' not in client.get(reverse("accounts:changes")).content.decode()


def test_the_security_officer_does_not_approve_unless_configured(client, security_officer, history):
    client.force_login(security_officer)

    assert 'value="goedkeuren"' not in client.get(reverse("accounts:changes")).content.decode()


@pytest.mark.parametrize("role", ["consulent", "teamleider", "controller", "beleid", "wethouder"])
def test_other_roles_cannot_open_the_list(request, client, role, history):
    client.force_login(request.getfixturevalue(role))

    assert client.get(reverse("accounts:changes")).status_code == 403
    assert client.post(reverse("accounts:decide", args=[history.pk])).status_code == 403


def test_looking_at_the_list_is_logged(client, security_officer, history):
    client.force_login(security_officer)

    client.get(reverse("accounts:changes"))

    row = AccessLog.objects.filter(channel="scherm:accounts:changes").get()
    assert row.user == security_officer
    assert history.account_id in row.details["account_ids"]


def test_the_reviewers_find_the_list_in_the_menu(client, security_officer):
    client.force_login(security_officer)

    response = client.get(reverse("accounts:password_change"))

    assert reverse("accounts:changes") in response.content.decode()
