"""One retention run at a time, even when cron starts a second one before the first ends.

PostgreSQL: a session-level advisory lock. It is released when the run ends, and by the
database itself when the process dies, so a crashed run never blocks the next one.
Other databases (SQLite in development): a lock row taken with a compare-and-set update. A
row left behind by a crashed run is taken over after `STALE_AFTER`."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from django.db import connection
from django.db.models import Q
from django.utils import timezone

from .models import RetentionLock

# Any fixed 64-bit number, unique among the advisory locks this database uses.
ADVISORY_LOCK_KEY = 7_310_426_215_001
STALE_AFTER = timedelta(hours=12)


class RetentionLocked(Exception):
    """Another retention run holds the lock."""


@contextmanager
def retention_lock(run_id: str) -> Iterator[None]:
    if connection.vendor == "postgresql":
        with _advisory_lock():
            yield
    else:
        with _lock_row(run_id):
            yield


@contextmanager
def _advisory_lock() -> Iterator[None]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [ADVISORY_LOCK_KEY])
        (acquired,) = cursor.fetchone()
    if not acquired:
        raise RetentionLocked
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK_KEY])


@contextmanager
def _lock_row(run_id: str) -> Iterator[None]:
    now = timezone.now()
    RetentionLock.objects.get_or_create(pk=1)
    taken = (
        RetentionLock.objects.filter(pk=1)
        .filter(Q(holder="") | Q(acquired_at__lt=now - STALE_AFTER))
        .update(holder=run_id, acquired_at=now)
    )
    if not taken:
        raise RetentionLocked
    try:
        yield
    finally:
        RetentionLock.objects.filter(pk=1, holder=run_id).update(holder="", acquired_at=None)
