"""`anchor_audit` appends a signed digest of the log's head outside the database, one JSON
line per run, and refuses to vouch for a chain that is already broken."""

import json

import pytest
from django.core.management import CommandError, call_command

from maatwerk.audit.keys import current_key_id

from .tampering import raw_access

pytestmark = pytest.mark.django_db


def test_each_run_appends_one_signed_line_with_the_head(five_rows, anchor_dir, capsys):
    call_command("anchor_audit")
    call_command("anchor_audit")

    lines = (anchor_dir / "anchors.jsonl").read_text().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert (first["last_id"], first["last_hash"], first["count"]) == (
        five_rows[-1].pk,
        five_rows[-1].row_hash,
        5,
    )
    assert first["key_id"] == current_key_id() and len(first["signature"]) == 64
    assert first["at"]
    assert "Anker geschreven" in capsys.readouterr().out


def test_earlier_lines_are_kept_as_they_were(five_rows, anchor_dir, consulent, logged_case):
    from maatwerk.audit.services import log_access

    call_command("anchor_audit")
    before = (anchor_dir / "anchors.jsonl").read_text()
    log_access(user=consulent, case=logged_case, action="read", channel="scherm:later")
    call_command("anchor_audit")

    after = (anchor_dir / "anchors.jsonl").read_text()
    assert after.startswith(before)
    assert json.loads(after.splitlines()[-1])["count"] == 6
    call_command("verify_audit")


def test_an_empty_log_can_be_anchored_and_later_rows_still_verify(consulent, logged_case):
    from maatwerk.audit.services import log_access

    call_command("anchor_audit")
    log_access(user=consulent, case=logged_case, action="read", channel="scherm:daarna")

    call_command("verify_audit")


def test_a_broken_chain_is_not_anchored(five_rows, anchor_dir):
    with raw_access() as cursor:
        cursor.execute("UPDATE audit_accesslog SET channel = 'x' WHERE id = %s", [five_rows[0].pk])

    with pytest.raises(CommandError, match="niet verankerd"):
        call_command("anchor_audit")
    assert not (anchor_dir / "anchors.jsonl").exists()


def test_verify_audit_warns_when_there_is_no_anchor(five_rows, capsys):
    call_command("verify_audit")

    assert "geen ankers" in capsys.readouterr().err


def test_rows_written_since_the_last_anchor_are_checked_before_the_next(
    five_rows, anchor_dir, consulent, logged_case
):
    from maatwerk.audit.services import log_access

    call_command("anchor_audit")
    [later] = log_access(user=consulent, case=logged_case, action="read", channel="scherm:later")
    with raw_access() as cursor:
        cursor.execute("UPDATE audit_accesslog SET channel = 'x' WHERE id = %s", [later.pk])

    with pytest.raises(CommandError, match="niet verankerd"):
        call_command("anchor_audit")
    assert len((anchor_dir / "anchors.jsonl").read_text().splitlines()) == 1


def test_a_cut_back_log_is_not_anchored_again(five_rows, anchor_dir):
    call_command("anchor_audit")
    with raw_access() as cursor:
        cursor.execute("DELETE FROM audit_accesslog WHERE id = %s", [five_rows[-1].pk])

    with pytest.raises(CommandError, match="niet verankerd"):
        call_command("anchor_audit")
