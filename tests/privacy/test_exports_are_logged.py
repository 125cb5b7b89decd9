"""Every search and export is written to the access log: one row naming every case concerned,
with the purpose of the request, and never the BSN that was searched for."""

import json

import pytest
from django.urls import reverse

from maatwerk.audit.fields import from_tokens
from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import access_log_for_subject, case_access_log, verify_chain

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db


def test_an_export_writes_one_row_naming_each_case_concerned(client, omo, subject, family_case):
    second = CaseFactory(household=subject.household, title="Tweede casus")
    client.force_login(omo)

    client.get(
        reverse("privacy:subject_export_download", args=[subject.pk]), REMOTE_ADDR="10.9.8.7"
    )

    [row] = access_log_for_subject(subject.pk).filter(user=omo, action="export")
    assert set(from_tokens(row.case_ids)) == {family_case.pk, second.pk}
    assert list(case_access_log(second).filter(action="export")) == [row]
    assert (row.channel, row.purpose, row.origin, row.result) == (
        "scherm:inzageverzoek",
        "inzageverzoek AVG art. 15",
        "10.9.8.7",
        "allowed",
    )
    assert row.details == {"gezinslid": subject.pk, "formaat": "json"}
    assert verify_chain() is None


def test_the_readable_page_is_logged_as_an_export_too(client, omo, subject, family_case):
    client.force_login(omo)

    client.get(reverse("privacy:subject_export", args=[subject.pk]))

    row = access_log_for_subject(subject.pk).get(user=omo, action="export")
    assert row.details["formaat"] == "html"


def test_a_household_without_cases_still_logs_the_export(client, omo, subject):
    client.force_login(omo)

    client.get(reverse("privacy:subject_export_download", args=[subject.pk]))

    row = access_log_for_subject(subject.pk).get(user=omo, action="export")
    assert row.case_id is None
    assert row.household_id == subject.household_id


def test_a_search_is_logged_with_the_ids_found_not_the_bsn(client, omo, subject):
    client.force_login(omo)

    client.post(reverse("privacy:access_request"), {"bsn": "111 222 333"})

    row = AccessLog.objects.get(user=omo, action="search")
    assert row.details == {"gezinsleden": [subject.pk]}
    assert row.channel == "scherm:inzageverzoek"
    assert "111222333" not in str(row.details)


def test_the_export_names_the_cases_of_a_row_about_several(client, omo, subject, family_case):
    second = CaseFactory(household=subject.household, title="Tweede casus")
    client.force_login(omo)

    response = client.get(reverse("privacy:subject_export_download", args=[subject.pk]))

    export = json.loads(b"".join(getattr(response, "streaming_content", [response.content])))
    [own] = [row for row in export["toegangslog"] if row["handeling"] == "Exporteren"]
    assert set(own["casus"].split(", ")) == {family_case.reference, second.reference}
