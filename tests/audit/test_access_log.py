"""The access log records, per NEN 7513, who touched whose data, when, how and why — also
when it was refused — and cannot be rewritten."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from maatwerk.audit.fields import from_tokens
from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import access_log_for_subject, log_access

from ..factories import CaseFactory, MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def family_case(consulent):
    case = CaseFactory(household__team=consulent.team)
    MemberFactory(household=case.household)
    MemberFactory(household=case.household, kind=True)
    return case


def test_opening_a_dossier_logs_one_row_naming_every_household_member(
    client, consulent, family_case
):
    client.force_login(consulent)

    client.get(reverse("cases:detail", args=[family_case.pk]), REMOTE_ADDR="10.1.2.3")

    [row] = AccessLog.objects.filter(case_id=family_case.pk, channel="scherm:dossier")
    member_ids = set(family_case.household.members.values_list("pk", flat=True))
    assert set(from_tokens(row.subjects)) == member_ids
    for member_id in member_ids:
        assert list(access_log_for_subject(member_id)) == [row]
    assert (row.user, row.action, row.result, row.origin, row.purpose) == (
        consulent,
        "read",
        "allowed",
        "10.1.2.3",
        "casusregie",
    )
    assert row.household_id == family_case.household_id


def test_a_refused_attempt_is_logged_without_revealing_anything(
    client, consulent_zuid, family_case
):
    client.force_login(consulent_zuid)

    response = client.get(reverse("cases:detail", args=[family_case.pk]))

    assert response.status_code == 404
    denied = AccessLog.objects.get(result="denied")
    assert denied.user == consulent_zuid
    assert denied.details == {"requested_case_id": family_case.pk}
    assert denied.case_id is None and denied.subjects == ""


def test_a_role_without_case_access_is_logged_as_denied(client, wethouder, family_case):
    client.force_login(wethouder)

    assert client.get(reverse("cases:detail", args=[family_case.pk])).status_code == 403
    assert AccessLog.objects.filter(user=wethouder, result="denied").exists()


def test_searching_the_case_list_is_logged_with_the_cases_shown(client, consulent, family_case):
    client.force_login(consulent)

    client.get(reverse("cases:list"), {"weergave": "team", "q": "Testpersoon"})

    row = AccessLog.objects.get(channel="scherm:casuslijst")
    assert row.action == "search"
    assert row.details == {"cases": [family_case.pk]}
    assert "Testpersoon" not in str(row.details)


def test_looking_at_the_audit_trail_is_itself_logged(client, beheerder, family_case):
    client.force_login(beheerder)

    client.get(reverse("audit:case", args=[family_case.pk]))

    assert AccessLog.objects.filter(
        user=beheerder, channel="scherm:audit", purpose="toezicht"
    ).exists()


def test_verify_audit_reports_an_intact_chain(consulent, family_case):
    log_access(user=consulent, case=family_case, action="read", channel="test")
    out = StringIO()

    call_command("verify_audit", stdout=out)

    assert "intact" in out.getvalue()


def test_verify_audit_names_the_first_tampered_row(consulent, family_case):
    rows = log_access(user=consulent, case=family_case, action="read", channel="test")
    rows += log_access(user=consulent, case=family_case, action="update", channel="test")
    if connection.vendor == "postgresql":
        pytest.skip("the trigger refuses the tampering itself; see the next test")
    with connection.cursor() as cursor:
        cursor.execute("UPDATE audit_accesslog SET action = 'read' WHERE id = %s", [rows[1].pk])

    with pytest.raises(CommandError, match=f"regel {rows[1].pk}"):
        call_command("verify_audit")


def test_removing_the_newest_rows_is_detected(consulent, family_case):
    rows = log_access(user=consulent, case=family_case, action="read", channel="test")
    if connection.vendor == "postgresql":
        pytest.skip("the trigger refuses deletes")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_accesslog WHERE id = %s", [rows[-1].pk])

    with pytest.raises(CommandError):
        call_command("verify_audit")


def test_postgresql_itself_refuses_to_change_or_delete_log_rows(consulent, family_case):
    if connection.vendor != "postgresql":
        pytest.skip("the trigger exists on PostgreSQL")
    [row, *_] = log_access(user=consulent, case=family_case, action="read", channel="test")

    for statement in (
        "UPDATE audit_accesslog SET channel = 'x' WHERE id = %s",
        "DELETE FROM audit_accesslog WHERE id = %s",
    ):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(statement, [row.pk])


@pytest.mark.parametrize("step", ["huishouden", "leefgebieden", "toestemming"])
def test_opening_an_intake_step_is_logged_as_a_read(client, consulent, family_case, step):
    client.force_login(consulent)

    client.get(reverse("cases:step", args=[family_case.pk, step]))

    assert AccessLog.objects.filter(
        case_id=family_case.pk, action="read", channel=f"scherm:stap-{step}"
    ).exists()
