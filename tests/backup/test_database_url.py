"""DATABASE_URL is read as the settings read it; the PostgreSQL password never travels on a
command line."""

import pytest


def test_the_password_is_kept_out_of_the_connection_url(backup_script):
    database = backup_script.parse_database_url(
        "postgres://maatwerk:ge%40heim@db.example:5433/maatwerk?sslmode=require"
    )

    assert database.engine == "postgresql"
    assert database.name == "maatwerk"
    assert database.dsn == "postgresql://maatwerk@db.example:5433/maatwerk?sslmode=require"
    assert database.password == "ge@heim"
    assert database.libpq_env()["PGPASSWORD"] == "ge@heim"


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:////srv/maatwerk/db.sqlite3", "/srv/maatwerk/db.sqlite3"),
        ("sqlite:///var/db.sqlite3", "var/db.sqlite3"),
    ],
)
def test_sqlite_paths_are_read_like_dj_database_url(backup_script, url, path):
    assert backup_script.parse_database_url(url).name == path


def test_the_default_is_the_sqlite_file_of_the_settings(backup_script, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)

    database = backup_script.database_from_env()

    assert database.engine == "sqlite"
    assert database.name.endswith("var/db.sqlite3")


@pytest.mark.parametrize("url", ["sqlite://:memory:", "mysql://x@y/z", "postgres://x@y/"])
def test_urls_that_cannot_be_backed_up_are_refused(backup_script, url):
    with pytest.raises(backup_script.BackupError):
        backup_script.parse_database_url(url)


def test_a_postgres_restore_is_refused_without_confirmation(
    backup_script, monkeypatch, tmp_path, capsys
):
    """Refused before anything touches the server (there is none at this address)."""
    monkeypatch.setenv("DATABASE_URL", "postgres://maatwerk@127.0.0.1:1/maatwerk")
    monkeypatch.delenv("RESTORE_CONFIRM", raising=False)
    archive = tmp_path / "maatwerk.pgdump"
    archive.write_bytes(b"PGDMP")

    assert backup_script.main(["restore", str(archive)]) == 2
    assert "PostgreSQL-database postgresql://maatwerk@127.0.0.1:1/maatwerk" in (
        capsys.readouterr().err
    )
