"""Rows written before the keyed chain (plain SHA-256, one row per household member) survive
migration 0005 unchanged, still verify as they were written, and are sealed: after the
migration they can no longer be changed, extended or replaced unnoticed."""

import hashlib
import json

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import log_access, verify_chain

from .tampering import raw_access

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("audit", "0004_append_only_trigger")]


def _old_hash(values: dict, previous: str) -> str:
    # How rows were hashed before 0005.
    payload = [
        values["at"].isoformat(),
        values["user_id"],
        None,
        values["action"],
        "allowed",
        values["case_id"],
        values["case_reference"],
        values["household_id"],
        values["subject_id"],
        values["channel"],
        "",
        "casusregie",
        {},
        previous,
    ]
    encoded = json.dumps(payload, separators=(",", ":"), sort_keys=True, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()


@pytest.fixture
def old_rows(consulent, logged_case):
    """Three rows as the old code wrote them: one per member, with a head."""
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    try:
        apps = executor.loader.project_state(BEFORE).apps
        OldLog = apps.get_model("audit", "AccessLog")
        Head = apps.get_model("audit", "AccessLogHead")
        previous, written = "", []
        for subject_id in (11, 12, None):
            values = {
                "at": timezone.now(),
                "user_id": consulent.pk,
                "action": "read",
                "case_id": logged_case.pk,
                "case_reference": logged_case.reference,
                "household_id": logged_case.household_id,
                "subject_id": subject_id,
                "channel": "scherm:dossier",
            }
            row_hash = _old_hash(values, previous)
            row = OldLog.objects.create(
                **values, purpose="casusregie", previous_hash=previous, row_hash=row_hash
            )
            written.append((row.pk, row_hash))
            previous = row_hash
        Head.objects.update_or_create(pk=1, defaults={"last_hash": previous})
    finally:
        latest = MigrationExecutor(connection)
        latest.migrate(latest.loader.graph.leaf_nodes())
    return written


def test_old_rows_keep_their_hash_and_verify_after_the_migration(old_rows, consulent):
    rows = list(AccessLog.objects.order_by("pk"))

    assert [(row.pk, row.row_hash) for row in rows[:3]] == old_rows
    assert [row.subjects for row in rows[:3]] == [",11,", ",12,", ""]
    assert [row.hash_version for row in rows] == [1, 1, 1, 2]
    seal = rows[3]
    assert (seal.action, seal.previous_hash) == ("seal", old_rows[-1][1])
    assert seal.details == {"oude_regels": 3, "oude_keten_intact": True, "eerste_breuk": None}
    assert verify_chain() is None
    log_access(user=consulent, action="read", channel="scherm:daarna")
    assert verify_chain() is None


def test_an_old_row_changed_after_the_migration_is_detected(old_rows):
    with raw_access() as cursor:
        cursor.execute("UPDATE audit_accesslog SET channel = 'x' WHERE id = %s", [old_rows[1][0]])

    assert verify_chain().pk == old_rows[1][0]
