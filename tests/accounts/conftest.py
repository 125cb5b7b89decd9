"""Personas and helpers for the account tests: a second functioneel beheerder and a security
officer next to the fixed personas, and the admin change form as a beheerder submits it."""

import pytest
from django.urls import reverse

from maatwerk.accounts.roles import Role

from ..factories import UserFactory


@pytest.fixture
def beheerder2(team_noord):
    return UserFactory(
        username="beheer2",
        role=Role.BEHEERDER,
        team=None,
        is_staff=True,
        municipality=team_noord.municipality,
    )


@pytest.fixture
def security_officer(team_noord):
    return UserFactory(
        username="ciso",
        role=Role.SECURITY_OFFICER,
        team=None,
        municipality=team_noord.municipality,
    )


def change_form_data(account, **overrides) -> dict:
    """What the admin's change form posts for this account, with some fields changed."""
    data = {
        "username": account.username,
        "first_name": account.first_name,
        "last_name": account.last_name,
        "email": account.email,
        "role": account.role,
        "team": account.team_id or "",
        "municipality": account.municipality_id or "",
        "is_active": "on" if account.is_active else "",
        "reason": "",
    }
    data.update(overrides)
    return data


def post_change_form(client, account, **overrides):
    return client.post(
        reverse("admin:accounts_user_change", args=[account.pk]),
        change_form_data(account, **overrides),
    )


def form_errors(response) -> str:
    """Every error the admin form shows, as one text."""
    form = response.context["adminform"].form
    return " ".join(str(message) for messages in form.errors.values() for message in messages)
