"""Each case carries the codes of its life domains (Case.domain_codes), so that a list filtered
on a domain tests the rows it walks instead of probing the domain table once per case."""

from django.db import migrations, models


def copy_codes(apps, schema_editor):
    Case = apps.get_model("cases", "Case")
    CaseDomain = apps.get_model("cases", "CaseDomain")
    codes: dict[int, list[str]] = {}
    for case_id, code in CaseDomain.objects.values_list("case_id", "code").iterator():
        codes.setdefault(case_id, []).append(code)
    changed = []
    for case in Case.objects.filter(pk__in=list(codes)).only("pk").iterator():
        case.domain_codes = f"|{'|'.join(sorted(codes[case.pk]))}|"
        changed.append(case)
    Case.objects.bulk_update(changed, ["domain_codes"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0010_case_household_team"),
    ]

    operations = [
        migrations.AddField(
            model_name="case",
            name="domain_codes",
            field=models.CharField(
                blank=True,
                default="",
                editable=False,
                max_length=300,
                verbose_name="leefgebieden (codes)",
            ),
        ),
        migrations.RunPython(copy_codes, migrations.RunPython.noop, elidable=False),
    ]
