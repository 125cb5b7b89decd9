"""What someone with write access to the database, but without AUDIT_LOG_KEY, can do to the
access log: rewrite rows with straight SQL and recompute hashes the only way open to them
(plain SHA-256 over the row's content). On PostgreSQL they first switch the append-only
triggers off, as the table's owner could."""

import contextlib
import hashlib

from django.db import connection

from maatwerk.audit.models import AccessLog


@contextlib.contextmanager
def raw_access():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_accesslog DISABLE TRIGGER USER")
        yield cursor
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_accesslog ENABLE TRIGGER USER")


def plain_hash(entry: AccessLog) -> str:
    return hashlib.sha256(entry.payload()).hexdigest()


def rows() -> list[AccessLog]:
    return list(AccessLog.objects.order_by("pk"))


def rechain(cursor, entries: list[AccessLog], previous: str = "") -> str:
    """Relink and rehash every row in `entries` as best one can without the key; returns
    the new last hash."""
    for entry in entries:
        entry.previous_hash = previous
        entry.row_hash = plain_hash(entry)
        cursor.execute(
            "UPDATE audit_accesslog SET channel = %s, previous_hash = %s, row_hash = %s "
            "WHERE id = %s",
            [entry.channel, entry.previous_hash, entry.row_hash, entry.pk],
        )
        previous = entry.row_hash
    return previous


def move_head(cursor, last_hash: str) -> None:
    cursor.execute("UPDATE audit_accessloghead SET last_hash = %s", [last_hash])
