"""A PostgreSQL back-up restored into a fresh database holds every row of every table, byte
for byte, and passes the integrity checks: every `verify_*` management command (today
`verify_audit`, the access log's hash chain) runs against the restored copy. A feature that
adds its own check adds a `verify_…` command and is covered here without changing this test."""

import time
import uuid
from contextlib import contextmanager
from io import StringIO

import psycopg
import pytest
from django.core.management import call_command, get_commands
from django.db import connection
from psycopg import sql

from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import log_access, verify_chain

from ..factories import BlockageFactory, CaseFactory, MemberFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="alleen op PostgreSQL"),
]


def _database(backup_script, name: str):
    params = connection.settings_dict
    user = params.get("USER") or "postgres"
    host = params.get("HOST") or "localhost"
    port = f":{params['PORT']}" if params.get("PORT") else ""
    return backup_script.Database(
        engine="postgresql",
        name=name,
        dsn=f"postgresql://{user}@{host}{port}/{name}",
        password=params.get("PASSWORD") or "",
    )


def _connect(database, **kwargs):
    return psycopg.connect(database.dsn, password=database.password or None, **kwargs)


def _primary_key(conn, table: str) -> list[str]:
    rows = conn.execute(
        """
        SELECT a.attname FROM pg_index i
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = %s::regclass AND i.indisprimary
        ORDER BY array_position(i.indkey::int2[], a.attnum)
        """,
        [f'public."{table}"'],
    )
    return [name for (name,) in rows]


def snapshot(database) -> dict:
    """Per table: row count and an md5 over all rows in primary-key order; and the state of
    every sequence and trigger, so a restore that loses the append-only trigger shows too."""
    tables = {}
    with _connect(database) as conn:
        conn.execute("SET TIME ZONE 'UTC'")
        names = [
            name
            for (name,) in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )
        ]
        for name in names:
            key = _primary_key(conn, name)
            order = (
                sql.SQL(", ").join(sql.SQL("t.{}").format(sql.Identifier(col)) for col in key)
                if key
                else sql.SQL("t::text")
            )
            query = sql.SQL(
                "SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY {}), '')) "
                "FROM {} AS t"
            ).format(order, sql.Identifier("public", name))
            tables[name] = tuple(conn.execute(query).fetchone())
        sequences = conn.execute(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' "
            "ORDER BY 1"
        ).fetchall()
        triggers = conn.execute(
            "SELECT tgrelid::regclass::text, tgname, tgenabled FROM pg_trigger "
            "WHERE NOT tgisinternal ORDER BY 1, 2"
        ).fetchall()
    return {"tables": tables, "sequences": sequences, "triggers": triggers}


@contextmanager
def django_connected_to(name: str):
    """Point Django's connection at another database on the same server for a while, so the
    application's own checks run unchanged against it."""
    original = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = name
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = original


def _integrity_checks() -> list[str]:
    return sorted(name for name in get_commands() if name.startswith("verify_"))


@pytest.fixture
def scratch(backup_script):
    """A fresh, uniquely named database on the same server, dropped afterwards."""
    name = f"maatwerk_restore_{uuid.uuid4().hex[:12]}"
    maintenance = _database(backup_script, "postgres")
    with _connect(maintenance, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield _database(backup_script, name)
    with _connect(maintenance, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


@pytest.fixture
def case_files(omo, consulent):
    for _ in range(3):
        case = CaseFactory(household__team=consulent.team, regisseur=consulent, eligible=True)
        MemberFactory(household=case.household, bsn="111222333")
        MemberFactory(household=case.household, kind=True)
        BlockageFactory(case=case)
        log_access(user=consulent, case=case, action="read", channel="scherm:dossier")
        log_access(
            user=omo,
            case=case,
            action="export",
            channel="scherm:inzageverzoek",
            purpose="inzageverzoek AVG art. 15",
        )


def test_a_restored_back_up_loses_no_row_and_passes_the_integrity_checks(
    transactional_db, backup_script, scratch, case_files, tmp_path
):
    source = _database(backup_script, connection.settings_dict["NAME"])
    before = snapshot(source)
    assert before["tables"]["audit_accesslog"][0] == 3 * 2  # cases × calls: one row per call

    archive = backup_script.backup(source, tmp_path)
    started = time.monotonic()
    untouched = backup_script.restore(scratch, archive, confirmed=True)
    restore_seconds = time.monotonic() - started
    after = snapshot(scratch)

    rows_lost = sum(count for count, _ in before["tables"].values()) - sum(
        count for count, _ in after["tables"].values()
    )
    print(
        f"\nrestore: {restore_seconds:.2f} s, {len(after['tables'])} tabellen, "
        f"{sum(count for count, _ in after['tables'].values())} rijen, rijen kwijt: {rows_lost}"
    )
    assert untouched == set()
    assert rows_lost == 0
    assert after == before

    with django_connected_to(scratch.name):
        assert connection.cursor().connection.info.dbname == scratch.name
        assert verify_chain() is None
        for command in _integrity_checks():
            call_command(command, stdout=StringIO())
    assert "verify_audit" in _integrity_checks()


def test_the_integrity_checks_really_read_the_restored_copy(
    transactional_db, backup_script, scratch, case_files, tmp_path
):
    """Tamper with one access-log row in the restored copy only: the check run against the
    copy finds it, the original stays intact."""
    source = _database(backup_script, connection.settings_dict["NAME"])
    backup_script.restore(scratch, backup_script.backup(source, tmp_path), confirmed=True)
    with _connect(scratch) as conn:
        conn.execute("ALTER TABLE audit_accesslog DISABLE TRIGGER audit_accesslog_append_only")
        conn.execute(
            "UPDATE audit_accesslog SET purpose = 'vervalst' "
            "WHERE id = (SELECT min(id) FROM audit_accesslog)"
        )

    with django_connected_to(scratch.name):
        broken = verify_chain()
        tampered = AccessLog.objects.order_by("pk").first()
    assert tampered.purpose == "vervalst"
    assert broken is not None and broken.pk == tampered.pk
    assert verify_chain() is None


def test_tables_the_back_up_does_not_know_are_reported(
    transactional_db, backup_script, scratch, case_files, tmp_path
):
    """A restore replaces what is in the back-up; a table from a newer migration is left as it
    was and named, so nobody mistakes the result for a clean copy."""
    with _connect(scratch) as conn:
        conn.execute("CREATE TABLE nieuw_model (id integer PRIMARY KEY)")
    source = _database(backup_script, connection.settings_dict["NAME"])

    untouched = backup_script.restore(
        scratch, backup_script.backup(source, tmp_path), confirmed=True
    )

    assert untouched == {"nieuw_model"}
