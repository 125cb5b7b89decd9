"""Every account, role, team, active-flag, password and second-factor change is in the change
history with the person who made it, and in the access log naming the account."""

import pytest
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from maatwerk.accounts.grants import decide_role_grant
from maatwerk.accounts.models import RoleGrantRequest, User
from maatwerk.accounts.roles import Role
from maatwerk.audit.models import AccessLog

from .conftest import post_change_form

pytestmark = pytest.mark.django_db


def _history(account):
    return LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_pk=str(account.pk)
    ).exclude(actor=None)


def _access_rows(account):
    return [row for row in AccessLog.objects.all() if row.details.get("account_id") == account.pk]


def test_each_change_made_in_the_admin_has_an_actor_and_an_access_log_row(
    client, beheerder, beheerder2, consulent, controller, team_zuid, team_noord
):
    client.force_login(beheerder)
    post_change_form(client, consulent, role=Role.BELEIDSMEDEWERKER, team="")  # direct
    post_change_form(client, controller, team=team_zuid.pk, role=Role.CONSULENT, reason="Zuid")
    client.post(
        reverse("admin:auth_user_password_change", args=[controller.pk]),
        {"password1": "tijdelijk-wachtwoord-42", "password2": "tijdelijk-wachtwoord-42"},
    )
    client.post(
        reverse("admin:accounts_user_add"),
        {
            "username": "nieuw",
            "password1": "tijdelijk-wachtwoord-42",
            "password2": "tijdelijk-wachtwoord-42",
            "role": Role.CONTROLLER,
            "municipality": team_noord.municipality_id,
        },
    )
    consulent.refresh_from_db()
    post_change_form(client, consulent, is_active="")  # deactivation
    decide_role_grant(beheerder2, RoleGrantRequest.objects.get(), approve=True)

    consulent_events = [e.additional_data["event"] for e in _history(consulent)]
    controller_events = [e.additional_data["event"] for e in _history(controller)]
    assert consulent_events.count("account_updated") == 2
    assert sorted(controller_events) == [
        "password_reset",
        "role_grant_approved",
        "role_grant_requested",
    ]
    assert [e.additional_data["event"] for e in _history(User.objects.get(username="nieuw"))] == [
        "account_created"
    ]
    for account in (consulent, controller, User.objects.get(username="nieuw")):
        entries = _history(account)
        assert entries and all(entry.actor_id for entry in entries)
        rows = _access_rows(account)
        assert len(rows) == entries.count()
        assert {row.user_id for row in rows} <= {beheerder.pk, beheerder2.pk}
        assert all(row.purpose == "accountbeheer" for row in rows)


def test_the_history_shows_old_and_new_role_and_team(client, beheerder, beheerder2, controller):
    client.force_login(beheerder)
    post_change_form(client, controller, role=Role.OMO_FUNCTIONARIS, reason="Vervanging")
    decide_role_grant(beheerder2, RoleGrantRequest.objects.get(), approve=True)

    approval = _history(controller).get(additional_data__event="role_grant_approved")

    assert approval.actor == beheerder2
    assert approval.changes_dict["role"] == ["Controller", "OMO-functionaris"]


def test_no_password_hash_reaches_the_history(client, beheerder, consulent):
    client.force_login(beheerder)
    client.post(
        reverse("admin:auth_user_password_change", args=[consulent.pk]),
        {"password1": "tijdelijk-wachtwoord-42", "password2": "tijdelijk-wachtwoord-42"},
    )
    consulent.refresh_from_db()

    for entry in LogEntry.objects.all():
        assert consulent.password not in str(entry.changes)
        assert "md5$" not in str(entry.changes)
