"""The destruction list cannot be rewritten, and the beheerder maintains the terms in the admin
from defaults that name their legal source."""

import pytest
from django.urls import reverse
from django.utils import timezone

from maatwerk.retention.models import DestructionRecord, FileKind, RetentionRule

pytestmark = pytest.mark.django_db


def make_record() -> DestructionRecord:
    now = timezone.now()
    return DestructionRecord.objects.create(
        run_id="20260601T020000Z-abcdef12",
        case_id=1,
        case_reference="MW-2020-00001",
        kind=FileKind.JEUGD,
        rule_name="Jeugd – 20 jaar",
        rule_years=20,
        rule_legal_source="Jeugdwet art. 7.3.8",
        action="anonymise",
        closed_at=now,
        due_on=now.date(),
        executed_at=now,
    )


def test_the_destruction_list_cannot_be_changed_or_deleted():
    record = make_record()

    record.case_reference = "MW-2020-99999"
    with pytest.raises(PermissionError):
        record.save()
    with pytest.raises(PermissionError):
        record.delete()
    with pytest.raises(PermissionError):
        DestructionRecord.objects.update(case_reference="x")
    with pytest.raises(PermissionError):
        DestructionRecord.objects.all().delete()
    assert DestructionRecord.objects.get().case_reference == "MW-2020-00001"


def test_every_kind_has_a_default_term_with_its_legal_source():
    rules = {rule.kind: rule for rule in RetentionRule.objects.all()}

    assert set(rules) == set(FileKind.values)
    assert rules[FileKind.JEUGD].years == 20
    assert "Jeugdwet art. 7.3.8" in rules[FileKind.JEUGD].legal_source
    assert rules[FileKind.MAATWERK_MET_ONDERSTEUNING].years == 15
    assert rules[FileKind.MAATWERK_ZONDER_ONDERSTEUNING].years == 5
    for rule in rules.values():
        assert "Selectielijst gemeenten en intergemeentelijke organen 2020" in rule.legal_source
        assert "archivaris" in rule.explanation


def test_beheerder_changes_a_term_in_the_admin(client, beheerder):
    rule = RetentionRule.objects.get(kind=FileKind.MAATWERK_ZONDER_ONDERSTEUNING)
    client.force_login(beheerder)
    url = reverse("admin:retention_retentionrule_change", args=[rule.pk])

    response = client.post(
        url,
        {
            "years": 7,
            "action": "destroy",
            "legal_source": rule.legal_source,
            "explanation": "Bevestigd door de archivaris.",
        },
    )

    assert response.status_code == 302
    rule.refresh_from_db()
    assert (rule.kind, rule.years, rule.action) == (
        FileKind.MAATWERK_ZONDER_ONDERSTEUNING,
        7,
        "destroy",
    )


def test_a_term_must_be_at_least_a_year(client, beheerder):
    rule = RetentionRule.objects.get(kind=FileKind.JEUGD)
    client.force_login(beheerder)
    url = reverse("admin:retention_retentionrule_change", args=[rule.pk])

    response = client.post(url, {"years": 0, "action": "destroy", "legal_source": "x"})

    assert response.status_code == 200
    rule.refresh_from_db()
    assert rule.years == 20


def test_beheerder_reads_but_cannot_touch_the_destruction_list(client, beheerder):
    record = make_record()
    client.force_login(beheerder)

    assert client.get(reverse("admin:retention_destructionrecord_changelist")).status_code == 200
    change = reverse("admin:retention_destructionrecord_change", args=[record.pk])
    assert client.get(change).status_code == 200
    client.post(change, {"case_reference": "MW-2020-99999"})
    delete = reverse("admin:retention_destructionrecord_delete", args=[record.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert client.get(reverse("admin:retention_destructionrecord_add")).status_code == 403
    assert DestructionRecord.objects.get().case_reference == "MW-2020-00001"


def test_rules_cannot_be_deleted_and_others_cannot_open_them(client, beheerder, consulent):
    rule = RetentionRule.objects.get(kind=FileKind.JEUGD)
    delete = reverse("admin:retention_retentionrule_delete", args=[rule.pk])

    client.force_login(beheerder)
    assert client.post(delete, {"post": "yes"}).status_code == 403
    client.force_login(consulent)
    response = client.get(reverse("admin:retention_retentionrule_changelist"))
    assert response.status_code in (302, 403)
    assert RetentionRule.objects.filter(pk=rule.pk).exists()


def test_a_rule_can_only_be_added_for_a_kind_without_one(client, beheerder):
    client.force_login(beheerder)
    add = reverse("admin:retention_retentionrule_add")

    assert client.get(add).status_code == 403
    RetentionRule.objects.filter(kind=FileKind.MAATWERK_MET_ONDERSTEUNING).delete()
    assert client.get(add).status_code == 200
