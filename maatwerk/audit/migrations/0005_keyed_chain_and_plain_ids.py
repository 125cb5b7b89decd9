"""The keyed chain, one row per call, and no tie to the cases app.

- `case` (a foreign key to cases.Case) becomes the plain integer `case_id`: the same column,
  so no row changes.
- `subject_id` (one person per row) becomes `subjects` (",12,"), and `case_ids` is added for
  rows about several cases. Existing rows get their one subject as ",12," and keep their
  plain SHA-256 hash, marked `hash_version = 1`; `verify_audit` still checks them exactly as
  they were written (only the way the subject is stored changed, and it is read back).
- If there are existing rows, one sealing row is appended: keyed with AUDIT_LOG_KEY and
  chained to the last existing row, so from now on the old part of the chain cannot be
  changed, extended or replaced without breaking a keyed row. What the seal cannot prove is
  that the old rows were untouched *before* this migration (they had no key); the seal row
  records whether their plain chain was intact at that moment.
- On PostgreSQL a GIN index on each id list makes "every row about person 12" an index scan.
"""

import hashlib
import hmac
import json

from django.db import migrations, models
from django.utils import timezone

import maatwerk.audit.fields

TRIGGER = "audit_accesslog_append_only"
GIN = [
    "CREATE INDEX accesslog_subjects_gin ON audit_accesslog "
    "USING gin (string_to_array(subjects, ','))",
    "CREATE INDEX accesslog_case_ids_gin ON audit_accesslog "
    "USING gin (string_to_array(case_ids, ','))",
]
GIN_DROP = ["DROP INDEX IF EXISTS accesslog_subjects_gin", "DROP INDEX IF EXISTS accesslog_case_ids_gin"]


def _canonical(values: list) -> bytes:
    return json.dumps(values, separators=(",", ":"), sort_keys=True, default=str).encode()


def _legacy_hash(row) -> str:
    # Frozen copy of the hash as rows were written before this migration.
    subject = int(row.subjects.strip(",")) if row.subjects else None
    return hashlib.sha256(
        _canonical(
            [
                row.at.isoformat(),
                row.user_id,
                row.on_behalf_of_id,
                row.action,
                row.result,
                row.case_id,
                row.case_reference,
                row.household_id,
                subject,
                row.channel,
                row.origin,
                row.purpose,
                row.details,
                row.previous_hash,
            ]
        )
    ).hexdigest()


def _keyed_hash(row) -> str:
    # Frozen copy of hash version 2 (AccessLog.payload), so this migration keeps its meaning.
    from maatwerk.audit.keys import row_keys

    payload = _canonical(
        [
            row.hash_version,
            row.key_id,
            row.at.isoformat(),
            row.user_id,
            row.on_behalf_of_id,
            row.action,
            row.result,
            row.case_id,
            row.case_ids,
            row.case_reference,
            row.household_id,
            row.subjects,
            row.channel,
            row.origin,
            row.purpose,
            row.details,
            row.previous_hash,
        ]
    )
    return hmac.new(row_keys()[row.key_id], payload, hashlib.sha256).hexdigest()


def mark_legacy_rows(apps, schema_editor):
    postgres = schema_editor.connection.vendor == "postgresql"
    with schema_editor.connection.cursor() as cursor:
        if postgres:
            # The append-only trigger refuses UPDATE; this one-off rewrite of the two new
            # columns is part of the schema change, done by the table's owner.
            cursor.execute(f"ALTER TABLE audit_accesslog DISABLE TRIGGER {TRIGGER}")
        cursor.execute(
            "UPDATE audit_accesslog SET hash_version = 1, subjects = CASE WHEN subject_id IS "
            "NULL THEN '' ELSE ',' || CAST(subject_id AS TEXT) || ',' END"
        )
        if postgres:
            cursor.execute(f"ALTER TABLE audit_accesslog ENABLE TRIGGER {TRIGGER}")


def seal_legacy_rows(apps, schema_editor):
    from maatwerk.audit.keys import current_key_id

    AccessLog = apps.get_model("audit", "AccessLog")
    AccessLogHead = apps.get_model("audit", "AccessLogHead")
    previous, count, first_break = "", 0, None
    for row in AccessLog.objects.order_by("pk").iterator(chunk_size=2000):
        count += 1
        if first_break is None and (
            row.previous_hash != previous or _legacy_hash(row) != row.row_hash
        ):
            first_break = row.pk
        previous = row.row_hash
    if not count:
        return
    head, _ = AccessLogHead.objects.get_or_create(pk=1)
    if first_break is None and head.last_hash != previous:
        first_break = 0
    seal = AccessLog(
        at=timezone.now(),
        action="seal",
        result="allowed",
        channel="beheer:migratie-sleutelketen",
        purpose="toezicht",
        details={
            "oude_regels": count,
            "oude_keten_intact": first_break is None,
            "eerste_breuk": first_break,
        },
        hash_version=2,
        key_id=current_key_id(),
        previous_hash=previous,
    )
    seal.row_hash = _keyed_hash(seal)
    seal.save()
    head.last_hash = seal.row_hash
    head.save(update_fields=["last_hash"])


def create_gin_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in GIN:
            schema_editor.execute(statement, params=None)


def drop_gin_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in GIN_DROP:
            schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0004_append_only_trigger")]

    operations = [
        # Drop the foreign key's own index first; the (case_id, -at) index stays and serves.
        migrations.AlterField(
            model_name="accesslog",
            name="case",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                db_index=False,
                null=True,
                on_delete=models.DO_NOTHING,
                related_name="+",
                to="cases.case",
                verbose_name="casus",
            ),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveIndex(model_name="accesslog", name="accesslog_case_at"),
                migrations.RemoveField(model_name="accesslog", name="case"),
                migrations.AddField(
                    model_name="accesslog",
                    name="case_id",
                    field=models.BigIntegerField(
                        blank=True,
                        help_text="De casus, als de regel over precies één casus gaat.",
                        null=True,
                        verbose_name="casus",
                    ),
                ),
                migrations.AddIndex(
                    model_name="accesslog",
                    index=models.Index(fields=["case_id", "-at"], name="accesslog_case_at"),
                ),
            ],
            database_operations=[],
        ),
        migrations.AddField(
            model_name="accesslog",
            name="case_ids",
            field=maatwerk.audit.fields.IdListField(
                blank=True,
                default="",
                help_text="Alle casussen, als ,12,15,.",
                verbose_name="casussen",
            ),
        ),
        migrations.AddField(
            model_name="accesslog",
            name="subjects",
            field=maatwerk.audit.fields.IdListField(
                blank=True,
                default="",
                help_text="De gezinsleden om wie het gaat, als ,12,15,.",
                verbose_name="betrokkenen (gezinsleden)",
            ),
        ),
        migrations.AddField(
            model_name="accesslog",
            name="hash_version",
            field=models.PositiveSmallIntegerField(default=2, editable=False),
        ),
        migrations.AddField(
            model_name="accesslog",
            name="key_id",
            field=models.CharField(blank=True, editable=False, max_length=16, default=""),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="accesslog",
            name="action",
            field=models.CharField(
                choices=[
                    ("read", "Inzien"),
                    ("create", "Aanmaken"),
                    ("update", "Wijzigen"),
                    ("delete", "Verwijderen"),
                    ("search", "Zoeken"),
                    ("export", "Exporteren"),
                    ("seal", "Verzegelen"),
                ],
                max_length=10,
                verbose_name="handeling",
            ),
        ),
        migrations.RunPython(mark_legacy_rows, migrations.RunPython.noop),
        migrations.RemoveField(model_name="accesslog", name="subject_id"),
        migrations.RunPython(seal_legacy_rows, migrations.RunPython.noop),
        migrations.RunPython(create_gin_indexes, drop_gin_indexes),
    ]
