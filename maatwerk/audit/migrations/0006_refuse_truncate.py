"""On PostgreSQL, TRUNCATE of the access log is refused as well: a row trigger does not see
TRUNCATE, so a statement trigger is added next to the UPDATE/DELETE trigger of 0004.

A superuser is let through: a superuser can switch any trigger off anyway, so refusing would
protect nothing, and the test suite's database reset (TRUNCATE of every table) runs as one.
The application must therefore never connect as a superuser (docs/deployment.md)."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION audit_accesslog_refuse_truncate() RETURNS trigger AS $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'audit_accesslog is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS audit_accesslog_no_truncate ON audit_accesslog;
CREATE TRIGGER audit_accesslog_no_truncate
    BEFORE TRUNCATE ON audit_accesslog
    FOR EACH STATEMENT EXECUTE FUNCTION audit_accesslog_refuse_truncate();
"""

DROP = """
DROP TRIGGER IF EXISTS audit_accesslog_no_truncate ON audit_accesslog;
DROP FUNCTION IF EXISTS audit_accesslog_refuse_truncate();
"""


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0005_keyed_chain_and_plain_ids")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
