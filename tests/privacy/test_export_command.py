"""`manage.py export_subject_data` gives the privacy officer the same export as the screen,
logged on the name of the OMO-functionaris who handles the request."""

import io
import json
import stat

import pytest
from django.core.management import CommandError, call_command

from maatwerk.audit.services import access_log_for_subject

from ..factories import MemberFactory
from .conftest import SUBJECT_BSN

pytestmark = pytest.mark.django_db


def test_it_writes_the_export_readable_for_its_owner_only(tmp_path, omo, subject, family_case):
    output = tmp_path / "inzage.json"

    call_command(
        "export_subject_data",
        bsn=SUBJECT_BSN,
        user=omo.username,
        output=str(output),
        stdout=io.StringIO(),
    )

    export = json.loads(output.read_text(encoding="utf-8"))
    assert export["gezinslid"]["bsn"] == SUBJECT_BSN
    assert export["casussen"][0]["kenmerk"] == family_case.reference
    assert "Karel" not in output.read_text(encoding="utf-8")
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    row = access_log_for_subject(subject.pk).get(user=omo, action="export")
    assert row.channel == "commando:export_subject_data"


def test_it_exports_by_member_number(tmp_path, omo, son):
    output = tmp_path / "kind.json"

    call_command(
        "export_subject_data",
        member=son.pk,
        user=omo.username,
        output=str(output),
        stdout=io.StringIO(),
    )

    assert json.loads(output.read_text())["gezinslid"]["voornaam"] == "Daan"


def test_it_refuses_anyone_but_the_omo_functionaris(tmp_path, consulent, subject):
    with pytest.raises(CommandError, match="OMO-functionaris"):
        call_command(
            "export_subject_data",
            bsn=SUBJECT_BSN,
            user=consulent.username,
            output=str(tmp_path / "x.json"),
        )

    assert not (tmp_path / "x.json").exists()


def test_an_unknown_bsn_is_reported_in_dutch(tmp_path, omo, subject):
    with pytest.raises(CommandError, match="Er is geen gezinslid gevonden met dit BSN"):
        call_command(
            "export_subject_data",
            bsn="999999990",
            user=omo.username,
            output=str(tmp_path / "x.json"),
        )


def test_two_registrations_with_one_bsn_are_exported_one_at_a_time(tmp_path, omo, subject):
    again = MemberFactory(bsn=SUBJECT_BSN, household__team=subject.household.team)

    with pytest.raises(CommandError, match=f"{subject.pk}, {again.pk}"):
        call_command(
            "export_subject_data",
            bsn=SUBJECT_BSN,
            user=omo.username,
            output=str(tmp_path / "x.json"),
        )


def test_it_does_not_overwrite_an_existing_file(tmp_path, omo, subject):
    output = tmp_path / "inzage.json"
    output.write_text("eerder")

    with pytest.raises(CommandError, match="--force"):
        call_command("export_subject_data", bsn=SUBJECT_BSN, user=omo.username, output=str(output))

    assert output.read_text() == "eerder"


def test_the_bsn_can_be_read_from_standard_input(tmp_path, omo, subject, monkeypatch):
    """So it stays out of the shell history and the process list."""
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{SUBJECT_BSN}\n"))
    output = tmp_path / "inzage.json"

    call_command(
        "export_subject_data",
        bsn="-",
        user=omo.username,
        output=str(output),
        stdout=io.StringIO(),
    )

    assert json.loads(output.read_text())["gezinslid"]["id"] == subject.pk
