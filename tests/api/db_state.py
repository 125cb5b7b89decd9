"""A snapshot of every table a write endpoint could change by mistake, to prove that a refused
or forged request left the database as it was."""

from typing import Any

from django.db import models
from rest_framework.authtoken.models import Token

from maatwerk.accounts.models import Team, User
from maatwerk.cases.models import (
    Blockage,
    Case,
    CaseDomain,
    Household,
    Member,
    Organisation,
    RegularRoute,
    Rule,
)

# The logs (access log, change history, timeline, status changes) are meant to grow; tests
# that need them unchanged pass them in `extra`.
TRACKED: tuple[type[models.Model], ...] = (
    Case,
    Case.confidential_users.through,
    CaseDomain,
    RegularRoute,
    Household,
    Member,
    Blockage,
    Organisation,
    Rule,
    User,
    Team,
    Token,
)


def snapshot(extra: tuple[type[models.Model], ...] = ()) -> dict[str, dict[Any, dict]]:
    """model label -> {primary key -> row as a dict}."""
    return {
        model._meta.label: {
            row[model._meta.pk.attname]: row for row in model.objects.values().order_by("pk")
        }
        for model in TRACKED + extra
    }


def without(state: dict[str, dict[Any, dict]], column: str) -> dict[str, dict[Any, dict]]:
    return {
        label: {pk: {k: v for k, v in row.items() if k != column} for pk, row in rows.items()}
        for label, rows in state.items()
    }
