"""`manage.py apply_retention` as cron runs it: idempotent, a dry run changes nothing, a
destruction list is written, one failing case does not stop the others, and runs never
overlap."""

import csv
import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections
from django.utils import timezone

from maatwerk.cases.models import Case
from maatwerk.retention import services
from maatwerk.retention.locking import ADVISORY_LOCK_KEY, retention_lock
from maatwerk.retention.management.commands import apply_retention as command_module
from maatwerk.retention.models import (
    DestructionRecord,
    FileKind,
    RetentionAction,
    RetentionLock,
    RetentionRule,
)

from .conftest import TODAY

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    """The command runs as if it were TODAY; dates it is given are converted as usual."""
    real = timezone.localdate

    def localdate(value=None, timezone=None):
        return TODAY if value is None else real(value, timezone)

    monkeypatch.setattr(command_module.timezone, "localdate", localdate)


def run(tmp_path, *args) -> str:
    out = StringIO()
    call_command("apply_retention", "--output-dir", str(tmp_path), *args, stdout=out, stderr=out)
    return out.getvalue()


def snapshot() -> list[tuple]:
    return list(Case.objects.order_by("pk").values_list())


def test_it_anonymises_what_is_due_and_writes_a_destruction_list(tmp_path, closed_case):
    due = closed_case(years=6)
    young = closed_case(years=1)

    output = run(tmp_path)

    assert "1 geanonimiseerd, 0 vernietigd, 0 overgeslagen, 0 mislukt" in output
    assert Case.objects.get(pk=due.pk).anonymised_at is not None
    assert Case.objects.get(pk=young.pk).anonymised_at is None
    (path,) = tmp_path.glob("vernietigingslijst-*.csv")
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [(row["kenmerk"], row["handeling"], row["termijn_jaren"]) for row in rows] == [
        (due.reference, "anonymise", "5")
    ]
    assert "Selectielijst" in rows[0]["wettelijke_bron"]
    record = DestructionRecord.objects.get()
    assert (record.case_reference, record.kind) == (
        due.reference,
        FileKind.MAATWERK_ZONDER_ONDERSTEUNING,
    )
    assert record.run_id in path.name


def test_a_second_run_changes_nothing(tmp_path, closed_case):
    closed_case(years=6)
    closed_case(years=21, jeugd=True)
    run(tmp_path)
    cases, records = snapshot(), DestructionRecord.objects.count()

    output = run(tmp_path)

    assert "0 geanonimiseerd, 0 vernietigd, 0 overgeslagen, 0 mislukt" in output
    assert snapshot() == cases
    assert DestructionRecord.objects.count() == records == 2
    assert len(list(tmp_path.glob("*.csv"))) == 1


def test_a_dry_run_lists_but_changes_nothing(tmp_path, closed_case):
    case = closed_case(years=6)
    before = snapshot()

    output = run(tmp_path, "--dry-run")

    assert "PROEFRUN" in output
    assert f"{case.reference}: zou worden geanonimiseerd" in output
    assert snapshot() == before
    assert not DestructionRecord.objects.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_dry_run_can_look_ahead(tmp_path, closed_case):
    case = closed_case(years=4)

    assert case.reference not in run(tmp_path, "--dry-run")
    assert case.reference in run(tmp_path, "--dry-run", "--as-of", "2027-07-01")
    with pytest.raises(CommandError):
        run(tmp_path, "--as-of", "2027-07-01")


def test_destroy_rule_destroys(tmp_path, closed_case):
    RetentionRule.objects.filter(kind=FileKind.MAATWERK_ZONDER_ONDERSTEUNING).update(
        action=RetentionAction.DESTROY
    )
    case = closed_case(years=6)

    output = run(tmp_path)

    assert "0 geanonimiseerd, 1 vernietigd" in output
    assert not Case.objects.filter(pk=case.pk).exists()
    assert DestructionRecord.objects.get().case_id == case.pk


def test_legal_hold_is_reported_as_skipped(tmp_path, closed_case):
    case = closed_case(years=6, legal_hold=True, legal_hold_reason="Kanarie-rechtszaak")

    output = run(tmp_path)

    assert f"{case.reference}: overgeslagen – bewaarplicht (legal hold) actief" in output
    assert "Kanarie" not in output
    assert Case.objects.get(pk=case.pk).anonymised_at is None


def test_one_failing_case_is_left_intact_and_the_others_are_handled(
    tmp_path, closed_case, monkeypatch
):
    failing = closed_case(years=7, title="Blijft staan")
    other = closed_case(years=6)
    record = services._record

    def fail_for_one(candidate, run_id):
        if candidate.case.pk == failing.pk:
            raise RuntimeError("schijf vol")
        return record(candidate, run_id)

    monkeypatch.setattr(services, "_record", fail_for_one)

    with pytest.raises(CommandError) as raised:
        run(tmp_path)

    assert raised.value.returncode == 1
    failing.refresh_from_db()
    assert (failing.title, failing.anonymised_at) == ("Blijft staan", None)
    assert Case.objects.get(pk=other.pk).anonymised_at is not None
    assert list(DestructionRecord.objects.values_list("case_id", flat=True)) == [other.pk]


def hold_lock_elsewhere():
    """Take the lock the way a second, concurrent run would; returns how to let go of it."""
    if connection.vendor == "postgresql":
        other = connections.create_connection("default")
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [ADVISORY_LOCK_KEY])

        def release():
            # Unlock before closing: the server ends a closed session a moment later, and a
            # run started in that moment would still find the lock taken.
            with other.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK_KEY])
            other.close()

        return release
    held = retention_lock("andere-run")
    held.__enter__()
    return lambda: held.__exit__(None, None, None)


def test_runs_never_overlap(tmp_path, closed_case):
    case = closed_case(years=6)
    release = hold_lock_elsewhere()
    try:
        with pytest.raises(CommandError) as raised:
            run(tmp_path)
    finally:
        release()

    assert raised.value.returncode == 2
    assert Case.objects.get(pk=case.pk).anonymised_at is None
    assert "1 geanonimiseerd" in run(tmp_path)


def test_a_lock_left_by_a_crashed_run_is_taken_over(tmp_path, closed_case):
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL releases an advisory lock when the session ends")
    RetentionLock.objects.update_or_create(
        pk=1,
        defaults={
            "holder": "gecrasht",
            "acquired_at": datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        },
    )
    closed_case(years=6)

    assert "1 geanonimiseerd" in run(tmp_path)
    assert RetentionLock.objects.get(pk=1).holder == ""
