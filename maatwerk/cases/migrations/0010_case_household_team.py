"""Each case carries its household's team (Case.household_team), so that a team's case list,
its order and its capped count walk one index instead of looking up a household per case."""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_team(apps, schema_editor):
    Case = apps.get_model("cases", "Case")
    Household = apps.get_model("cases", "Household")
    Case.objects.update(
        household_team=Subquery(
            Household.objects.filter(pk=OuterRef("household_id")).values("team_id")[:1]
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_partner_contact_role"),
        ("cases", "0009_address_and_reference_search"),
    ]

    operations = [
        migrations.AddField(
            model_name="case",
            name="household_team",
            field=models.ForeignKey(
                db_index=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="accounts.team",
                verbose_name="team van het huishouden",
            ),
        ),
        migrations.RunPython(copy_team, migrations.RunPython.noop, elidable=False),
        migrations.AlterField(
            model_name="case",
            name="household_team",
            field=models.ForeignKey(
                db_index=False,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="accounts.team",
                verbose_name="team van het huishouden",
            ),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                fields=["household_team", "-signal_date", "-id"], name="case_team_list_order"
            ),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                fields=["household_team", "status", "-signal_date", "-id"],
                name="case_team_status_order",
            ),
        ),
    ]
