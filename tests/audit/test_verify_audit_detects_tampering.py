"""`verify_audit` notices every way of rewriting the access log that issue 11 found, on SQLite
and on PostgreSQL: each test does what an attacker with database access but without the key
would do, including recomputing hashes and resetting the head."""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from maatwerk.audit.keys import current_key_id
from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import anchor_head, verify_chain

from .tampering import move_head, plain_hash, raw_access, rechain, rows

pytestmark = pytest.mark.django_db


def test_an_untouched_log_with_anchors_is_intact(five_rows, capsys):
    anchor_head()

    call_command("verify_audit")

    assert "intact: 5 regels, keten klopt, 1 ankers kloppen" in capsys.readouterr().out


def test_a_changed_row_with_every_later_hash_and_the_head_recomputed_is_detected(five_rows):
    entries = rows()
    entries[1].channel = "scherm:vervalst"
    with raw_access() as cursor:
        move_head(cursor, rechain(cursor, entries))

    broken = verify_chain()

    assert broken is not None and broken.pk == five_rows[0].pk
    with pytest.raises(CommandError, match=f"regel {five_rows[0].pk}"):
        call_command("verify_audit")


def test_deleted_rows_with_the_rest_relinked_and_rehashed_are_detected(five_rows):
    with raw_access() as cursor:
        cursor.execute(
            "DELETE FROM audit_accesslog WHERE id IN (%s, %s)", [five_rows[1].pk, five_rows[2].pk]
        )
        move_head(cursor, rechain(cursor, rows()))

    assert verify_chain() is not None
    with pytest.raises(CommandError, match="gebroken"):
        call_command("verify_audit")


def test_deleted_rows_keeping_the_original_hashes_are_detected(five_rows):
    with raw_access() as cursor:
        cursor.execute("DELETE FROM audit_accesslog WHERE id = %s", [five_rows[2].pk])

    assert verify_chain().pk == five_rows[3].pk


def test_the_last_rows_deleted_and_the_head_moved_back_are_detected_by_the_anchor(five_rows):
    anchor_head()
    with raw_access() as cursor:
        cursor.execute("DELETE FROM audit_accesslog WHERE id >= %s", [five_rows[3].pk])
        move_head(cursor, five_rows[2].row_hash)

    broken = verify_chain()

    assert broken is not None and "anker" in broken.reason
    with pytest.raises(CommandError, match="anker"):
        call_command("verify_audit")


def test_everything_deleted_and_the_head_reset_is_detected_by_the_anchor(five_rows):
    anchor_head()
    with raw_access() as cursor:
        cursor.execute("DELETE FROM audit_accesslog")
        move_head(cursor, "")

    assert AccessLog.objects.count() == 0
    with pytest.raises(CommandError, match=r"anker .* 5 regels"):
        call_command("verify_audit")


def _forge(previous_hash: str, hash_version: int) -> AccessLog:
    forged = AccessLog(
        at=timezone.now(),
        action="read",
        result="allowed",
        channel="scherm:dossier",
        purpose="casusregie",
        hash_version=hash_version,
        key_id=current_key_id() if hash_version == 2 else "",
        previous_hash=previous_hash,
    )
    forged.row_hash = plain_hash(forged) if hash_version == 2 else forged.legacy_hash()
    return forged


@pytest.mark.parametrize("hash_version", [2, 1], ids=["keyed-version", "legacy-version"])
def test_a_forged_row_with_a_plain_sha256_hash_is_detected(five_rows, hash_version):
    forged = _forge(five_rows[-1].row_hash, hash_version)
    with raw_access() as cursor:
        cursor.execute(
            "INSERT INTO audit_accesslog (at, action, result, channel, origin, purpose, details, "
            "case_ids, subjects, case_reference, hash_version, key_id, previous_hash, row_hash) "
            "VALUES (%s, 'read', 'allowed', %s, '', %s, '{}', '', '', '', %s, %s, %s, %s)",
            [
                forged.at,
                forged.channel,
                forged.purpose,
                forged.hash_version,
                forged.key_id,
                forged.previous_hash,
                forged.row_hash,
            ],
        )
        move_head(cursor, forged.row_hash)

    broken = verify_chain()

    assert broken is not None and broken.pk == rows()[-1].pk
    with pytest.raises(CommandError, match="gebroken"):
        call_command("verify_audit")


def test_a_tampered_anchor_line_is_detected(five_rows, anchor_dir):
    anchor_head()
    anchors = anchor_dir / "anchors.jsonl"
    anchors.write_text(anchors.read_text().replace('"count": 5', '"count": 3'))

    with pytest.raises(CommandError, match="handtekening"):
        call_command("verify_audit")


@pytest.mark.postgres
def test_postgresql_refuses_truncate_of_the_access_log(five_rows, postgres_only):
    from django.db import DatabaseError, transaction

    # The application's own account is not a superuser (a superuser can switch any trigger
    # off, so the trigger lets one through): act as such an account.
    with connection.cursor() as cursor:
        cursor.execute("CREATE ROLE haudit_app NOSUPERUSER")
        cursor.execute("GRANT ALL ON audit_accesslog TO haudit_app")
        cursor.execute("SET LOCAL ROLE haudit_app")
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            cursor.execute("TRUNCATE audit_accesslog")
        cursor.execute("RESET ROLE")

    assert AccessLog.objects.count() == 5
    assert verify_chain() is None
