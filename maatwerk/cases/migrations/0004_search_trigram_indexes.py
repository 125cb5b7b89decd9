"""Trigram indexes for the case search on PostgreSQL: searching a name inside 300,000 member
rows (`icontains`, a LIKE with a leading wildcard) would otherwise scan the whole table.
The expressions match what Django generates for `icontains`: UPPER(column::text)."""

import logging

from django.db import migrations, transaction

log = logging.getLogger(__name__)

INDEXES = {
    "cases_member_first_name_trgm": ("cases_member", "first_name"),
    "cases_member_last_name_trgm": ("cases_member", "last_name"),
    "cases_case_title_trgm": ("cases_case", "title"),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm", params=None)
    except Exception:  # noqa: BLE001  search works without it, only slower
        log.warning("pg_trgm not available: case search runs without trigram indexes")
        return
    for name, (table, column) in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin ((UPPER({column}::text)) gin_trgm_ops)",
            params=None,
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}", params=None)


class Migration(migrations.Migration):
    dependencies = [("cases", "0003_confidential_and_retention_fields")]

    operations = [migrations.RunPython(create, drop)]
