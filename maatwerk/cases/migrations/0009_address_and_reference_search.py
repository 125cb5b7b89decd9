"""Search by street and by part of a reference (PostgreSQL trigram indexes, as in 0004), and
postcodes stored one way ("1234 AB") so that a postcode search can use a plain prefix match."""

from django.db import migrations

INDEXES = {
    "cases_household_street_trgm": ("cases_household", "street"),
    "cases_case_reference_trgm": ("cases_case", "reference"),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        if cursor.fetchone() is None:
            return  # 0004 said so already: search works, only slower
    for name, (table, column) in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin ((UPPER({column}::text)) gin_trgm_ops)",
            params=None,
        )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS cases_household_postcode ON cases_household (postcode)",
        params=None,
    )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in [*INDEXES, "cases_household_postcode"]:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}", params=None)


def normalise_postcodes(apps, schema_editor):
    Household = apps.get_model("cases", "Household")
    for household in Household.objects.exclude(postcode="").only("pk", "postcode").iterator():
        compact = household.postcode.replace(" ", "").upper()
        wanted = f"{compact[:4]} {compact[4:]}" if len(compact) == 6 else household.postcode
        if wanted != household.postcode:
            Household.objects.filter(pk=household.pk).update(postcode=wanted)


class Migration(migrations.Migration):
    dependencies = [("cases", "0008_confidential_household_index")]

    operations = [
        migrations.RunPython(normalise_postcodes, migrations.RunPython.noop),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
