#!/usr/bin/env python3
"""Back-up and restore of Maatwerk's database: `make backup`, `make restore FILE=…`.

    python scripts/backup.py backup
    python scripts/backup.py restore var/backups/maatwerk-….pgdump --yes

DATABASE_URL   the database, as in maatwerk/settings/base.py; unset means the SQLite file
               var/db.sqlite3. PostgreSQL is dumped with `pg_dump --format=custom` and put
               back with `pg_restore`; SQLite is copied with its online backup API, which
               gives a consistent copy even while the application writes.
BACKUP_DIR     where back-ups go; default var/backups/. Files are readable by their owner
               only: they hold every case file, BSNs (encrypted) included.
RESTORE_CONFIRM=yes (or --yes) is required for a restore: it overwrites the database.

A PostgreSQL restore runs in one transaction: it succeeds entirely or changes nothing. It
replaces the objects that are in the back-up; tables the back-up does not know (from newer
migrations) are left alone and reported. Restore into an empty database or one at the same
migration state.

Standard library and psycopg only, so it runs with the project's virtualenv without Django."""

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{ROOT / 'var' / 'db.sqlite3'}"
DEFAULT_BACKUP_DIR = ROOT / "var" / "backups"
POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql"}
_ARCHIVE_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE (\S+) (\S+) ")


class BackupError(Exception):
    """Something went wrong; the message says what, in words for the person at the console."""


class RestoreRefused(BackupError):
    """A restore was asked for without confirmation."""


@dataclass(frozen=True)
class Database:
    engine: str  # "postgresql" or "sqlite"
    name: str  # database name, or the SQLite file path
    dsn: str = ""  # libpq URL without password (PostgreSQL)
    password: str = ""

    @property
    def path(self) -> Path:
        return Path(self.name)

    def describe(self) -> str:
        if self.engine == "sqlite":
            return f"SQLite-bestand {self.name}"
        return f"PostgreSQL-database {self.dsn}"

    def libpq_env(self) -> dict[str, str]:
        """The environment for pg_dump and pg_restore: the password travels here, never on
        the command line where `ps` would show it."""
        env = dict(os.environ)
        if self.password:
            env["PGPASSWORD"] = self.password
        return env


def parse_database_url(url: str) -> Database:
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        # sqlite:////abs/path and sqlite:///relative/path, as dj-database-url reads them.
        path = unquote(parts.path)[1:] if parts.path.startswith("/") else unquote(parts.path)
        if not path or path == ":memory:":
            raise BackupError("Een SQLite-database in het geheugen kan niet worden geback-upt.")
        return Database(engine="sqlite", name=path)
    if parts.scheme in POSTGRES_SCHEMES:
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise BackupError("DATABASE_URL noemt geen database.")
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        netloc = f"{parts.username}@" if parts.username else ""
        netloc += host + (f":{parts.port}" if parts.port else "")
        dsn = urlunsplit(("postgresql", netloc, parts.path, parts.query, ""))
        return Database("postgresql", name, dsn=dsn, password=unquote(parts.password or ""))
    raise BackupError(f"DATABASE_URL met schema {parts.scheme!r} wordt niet ondersteund.")


def database_from_env() -> Database:
    return parse_database_url(os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL)


def backup_dir_from_env() -> Path:
    return Path(os.environ.get("BACKUP_DIR") or DEFAULT_BACKUP_DIR)


def _run(command: list[str], database: Database) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(  # noqa: S603 - fixed program, arguments from our own code
            command, env=database.libpq_env(), capture_output=True, text=True, check=True
        )
    except FileNotFoundError as missing:
        raise BackupError(
            f"{command[0]} niet gevonden; installeer de PostgreSQL-client (postgresql-client)."
        ) from missing
    except subprocess.CalledProcessError as failed:
        raise BackupError(f"{command[0]} mislukt:\n{failed.stderr.strip()}") from failed


def _target_file(backup_dir: Path, database: Database) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    label = "sqlite" if database.engine == "sqlite" else database.name
    suffix = ".sqlite3" if database.engine == "sqlite" else ".pgdump"
    candidate = backup_dir / f"maatwerk-{label}-{stamp}{suffix}"
    number = 2
    while candidate.exists():
        candidate = backup_dir / f"maatwerk-{label}-{stamp}-{number}{suffix}"
        number += 1
    return candidate


def _private_file(path: Path) -> None:
    """Create (empty) a file only its owner can read, before anything is written to it."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(descriptor)
    path.chmod(0o600)


def _sqlite_copy(source: Path, target: Path) -> None:
    """Page-by-page copy through SQLite's backup API: consistent even while others write."""
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def _sqlite_check(path: Path) -> None:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise BackupError(f"{path} is beschadigd: {result}")


def archive_tables(archive: Path, database: Database) -> set[str]:
    """The tables in a pg_dump archive; also proves the archive can be read."""
    listing = _run(["pg_restore", "--list", str(archive)], database).stdout
    return {
        match.group(2)
        for line in listing.splitlines()
        if (match := _ARCHIVE_TABLE.match(line)) and match.group(1) == "public"
    }


def backup(database: Database, backup_dir: Path) -> Path:
    """Write a back-up of `database` into `backup_dir` and return its path. It is written
    under a temporary name and renamed when complete and readable."""
    target = _target_file(backup_dir, database)
    partial = target.with_name(target.name + ".partial")
    _private_file(partial)
    try:
        if database.engine == "sqlite":
            if not database.path.exists():
                raise BackupError(f"{database.path} bestaat niet.")
            _sqlite_copy(database.path, partial)
            _sqlite_check(partial)
        else:
            _run(
                ["pg_dump", "--format=custom", f"--file={partial}", f"--dbname={database.dsn}"],
                database,
            )
            archive_tables(partial, database)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _postgres_tables(database: Database) -> set[str]:
    import psycopg  # only the PostgreSQL path needs it

    with psycopg.connect(database.dsn, password=database.password or None) as conn:
        rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        return {name for (name,) in rows}


def restore(database: Database, archive: Path, *, confirmed: bool) -> set[str]:
    """Put `archive` back into `database`. Returns the tables in the database that the archive
    does not hold (left as they were). Refuses without confirmation."""
    if not confirmed:
        raise RestoreRefused(
            f"Terugzetten overschrijft {database.describe()}. Bevestig met --yes of "
            "RESTORE_CONFIRM=yes."
        )
    if not archive.is_file():
        raise BackupError(f"Back-upbestand {archive} bestaat niet.")
    if database.engine == "sqlite":
        _sqlite_check(archive)
        database.path.parent.mkdir(parents=True, exist_ok=True)
        _sqlite_copy(archive, database.path)
        return set()
    in_archive = archive_tables(archive, database)
    _run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--dbname={database.dsn}",
            str(archive),
        ],
        database,
    )
    return _postgres_tables(database) - in_archive


def table_counts(database: Database) -> dict[str, int]:
    """Rows per table, for the report after a back-up or restore."""
    if database.engine == "sqlite":
        with closing(sqlite3.connect(f"file:{database.path}?mode=ro", uri=True)) as conn:
            names = [
                name
                for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            return {
                name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # noqa: S608
                for name in names
            }
    import psycopg
    from psycopg import sql

    with psycopg.connect(database.dsn, password=database.password or None) as conn:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        return {
            name: conn.execute(
                sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier("public", name))
            ).fetchone()[0]
            for name in names
        }


def _print_counts(counts: dict[str, int]) -> None:
    width = max([len("totaal"), *(len(name) for name in counts)])
    for name, count in counts.items():
        print(f"  {name:<{width}}  {count:>10}")
    print(f"  {'totaal':<{width}}  {sum(counts.values()):>10}  ({len(counts)} tabellen)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Back-up en herstel van de Maatwerk-database.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("backup", help="Maak een back-up in BACKUP_DIR.")
    restore_parser = commands.add_parser("restore", help="Zet een back-up terug.")
    restore_parser.add_argument("file", nargs="?", help="Het back-upbestand.")
    restore_parser.add_argument("--yes", action="store_true", help="Bevestig het overschrijven.")
    args = parser.parse_args(argv)

    try:
        database = database_from_env()
        started = time.monotonic()
        if args.command == "backup":
            path = backup(database, backup_dir_from_env())
            elapsed = time.monotonic() - started
            size = path.stat().st_size
            print(f"Back-up van {database.describe()} klaar in {elapsed:.2f} s: {path}")
            print(f"Grootte: {size} bytes")
        else:
            if not args.file:
                raise BackupError("Geef het back-upbestand op: make restore FILE=var/backups/…")
            confirmed = args.yes or os.environ.get("RESTORE_CONFIRM", "").lower() == "yes"
            extra = restore(database, Path(args.file), confirmed=confirmed)
            elapsed = time.monotonic() - started
            print(f"Teruggezet in {database.describe()} in {elapsed:.2f} s uit {args.file}")
            if extra:
                print(
                    "Let op: deze tabellen staan niet in de back-up en zijn ongewijzigd: "
                    + ", ".join(sorted(extra))
                )
        print("Rijen per tabel:")
        _print_counts(table_counts(database))
    except RestoreRefused as refused:
        print(refused, file=sys.stderr)
        return 2
    except BackupError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
