import pytest
from auditlog.models import LogEntry

from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import case_change_history, log_access, verify_chain
from maatwerk.cases import services
from maatwerk.cases.models import Member

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db


def test_a_change_is_kept_with_who_when_and_old_and_new_value(consulent):
    case = CaseFactory(household__team=consulent.team, title="Oude titel")

    with services.editing_case(consulent, case, what="Signaal") as locked:
        locked.title = "Nieuwe titel"
        locked.save()

    entry = case_change_history(case).filter(action=LogEntry.Action.UPDATE).first()
    assert entry.actor == consulent
    assert entry.changes_dict["title"] == ["Oude titel", "Nieuwe titel"]


def test_member_changes_appear_in_the_case_history_without_the_bsn(consulent):
    case = CaseFactory(household__team=consulent.team)

    with services.editing_household(consulent, case.household) as household:
        member = Member(
            household=household,
            first_name="Anna",
            last_name="Test",
            role=Member.HouseholdRole.HOOFDBEWONER,
        )
        member.bsn = "111222333"
        member.save()

    entry = case_change_history(case).get(object_pk=str(member.pk), content_type__model="member")
    assert entry.actor == consulent
    assert "bsn_encrypted" not in entry.changes_dict
    assert "111222333" not in str(entry.changes)


def test_history_of_another_case_is_not_mixed_in(consulent):
    case, other = CaseFactory.create_batch(2, household__team=consulent.team)
    with services.editing_case(consulent, other, what="x") as locked:
        locked.title = "Andere casus"
        locked.save()

    assert (
        not case_change_history(case)
        .filter(object_pk=str(other.pk), content_type__model="case")
        .exists()
    )


def test_the_access_log_cannot_be_changed_or_deleted(consulent):
    case = CaseFactory(household__team=consulent.team)
    [entry] = log_access(user=consulent, case=case, action="read", channel="test")

    entry.channel = "vervalst"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AccessLog.objects.filter(pk=entry.pk).update(channel="vervalst")
    with pytest.raises(PermissionError):
        AccessLog.objects.all().delete()


def test_the_hash_chain_reveals_a_tampered_row(consulent):
    case = CaseFactory(household__team=consulent.team)
    entries = [
        log_access(user=consulent, case=case, action="read", channel=f"scherm:{n}")[0]
        for n in range(3)
    ]
    assert verify_chain() is None

    # Tampering outside the application, straight in the database (PostgreSQL's trigger
    # refuses even that; see test_access_log).
    from django.db import connection

    if connection.vendor == "postgresql":
        pytest.skip("the append-only trigger refuses the update")
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_accesslog SET channel = 'vervalst' WHERE id = %s", [entries[1].pk]
        )

    assert verify_chain().pk == entries[1].pk
