"""The catalogue of kengetallen, seeded with the figures of the seeds (maatwerk/fund/catalogue.py,
plain data). Beheer adds published kengetallen later, naming publication and year."""

from django.db import migrations

from maatwerk.fund.catalogue import ITEMS, seed as seed_items


def seed(apps, schema_editor):
    seed_items(apps.get_model("fund", "CostItem"))


def unseed(apps, schema_editor):
    apps.get_model("fund", "CostItem").objects.filter(
        name__in=[item[0] for item in ITEMS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("fund", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
