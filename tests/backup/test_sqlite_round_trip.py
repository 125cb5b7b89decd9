"""On SQLite a back-up is a consistent copy made with SQLite's backup API, and a restore puts
it back — only when confirmed."""

import sqlite3
import stat
from contextlib import closing

import pytest


def _make_database(path):
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(
            """
            CREATE TABLE household (id INTEGER PRIMARY KEY, street TEXT);
            CREATE TABLE member (id INTEGER PRIMARY KEY, household_id INTEGER, name TEXT,
                                 bsn_encrypted BLOB);
            """
        )
        conn.executemany("INSERT INTO household (street) VALUES (?)", [("Lindelaan",), ("Ää",)])
        conn.executemany(
            "INSERT INTO member (household_id, name, bsn_encrypted) VALUES (?, ?, ?)",
            [(1, "Yvonne", b"\x00\x01"), (1, "Daan", None), (2, "Fatma", b"\xff")],
        )
        conn.commit()


def _contents(path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


@pytest.fixture
def database(tmp_path, backup_script):
    path = tmp_path / "db.sqlite3"
    _make_database(path)
    return backup_script.Database(engine="sqlite", name=str(path))


def test_it_backs_up_and_restores_every_row(tmp_path, backup_script, database):
    original = _contents(database.path)

    archive = backup_script.backup(database, tmp_path / "backups")
    with closing(sqlite3.connect(database.path)) as conn:
        conn.execute("DELETE FROM member WHERE name = 'Yvonne'")
        conn.execute("DROP TABLE household")
        conn.commit()
    backup_script.restore(database, archive, confirmed=True)

    assert _contents(database.path) == original
    assert backup_script.table_counts(database) == {"household": 2, "member": 3}


def test_the_back_up_is_readable_for_its_owner_only(tmp_path, backup_script, database):
    archive = backup_script.backup(database, tmp_path / "backups")

    assert archive.name.startswith("maatwerk-sqlite-") and archive.suffix == ".sqlite3"
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert not list(archive.parent.glob("*.partial"))


def test_two_back_ups_in_one_second_do_not_overwrite_each_other(tmp_path, backup_script, database):
    first = backup_script.backup(database, tmp_path / "backups")
    second = backup_script.backup(database, tmp_path / "backups")

    assert first != second and first.exists() and second.exists()


def test_a_back_up_during_an_open_write_holds_only_committed_rows(
    tmp_path, backup_script, database
):
    with closing(sqlite3.connect(database.path, isolation_level=None)) as writer:
        writer.execute("BEGIN")
        writer.execute("INSERT INTO member (household_id, name) VALUES (2, 'Halverwege')")

        archive = backup_script.backup(database, tmp_path / "backups")

        writer.execute("ROLLBACK")
    restored = backup_script.Database(engine="sqlite", name=str(tmp_path / "copy.sqlite3"))
    backup_script.restore(restored, archive, confirmed=True)
    assert backup_script.table_counts(restored)["member"] == 3


def test_a_restore_without_confirmation_changes_nothing(tmp_path, backup_script, database):
    archive = backup_script.backup(database, tmp_path / "backups")
    with closing(sqlite3.connect(database.path)) as conn:
        conn.execute("DELETE FROM member")
        conn.commit()

    with pytest.raises(backup_script.RestoreRefused, match="RESTORE_CONFIRM=yes"):
        backup_script.restore(database, archive, confirmed=False)

    assert backup_script.table_counts(database)["member"] == 0


def test_the_command_line_backs_up_and_restores(
    tmp_path, backup_script, database, monkeypatch, capsys
):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{database.path}")
    monkeypatch.setenv("BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.delenv("RESTORE_CONFIRM", raising=False)

    assert backup_script.main(["backup"]) == 0
    (archive,) = (tmp_path / "backups").iterdir()
    assert backup_script.main(["restore", str(archive)]) == 2
    monkeypatch.setenv("RESTORE_CONFIRM", "yes")
    assert backup_script.main(["restore", str(archive)]) == 0

    output = capsys.readouterr()
    assert "Rijen per tabel" in output.out and "member" in output.out
    assert "Teruggezet" in output.out and " s " in output.out
    assert "RESTORE_CONFIRM=yes" in output.err


def test_a_missing_back_up_file_is_reported(tmp_path, backup_script, database):
    with pytest.raises(backup_script.BackupError, match="bestaat niet"):
        backup_script.restore(database, tmp_path / "nergens.sqlite3", confirmed=True)
