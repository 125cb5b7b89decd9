"""The access log is append-only: retention neither changes nor removes a row of it, whatever
happens to the case. It appends one row per handled case, made by no user."""

import pytest

from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import log_access, verify_chain
from maatwerk.retention.models import FileKind, RetentionAction, RetentionRule
from maatwerk.retention.services import apply_retention

from .conftest import TODAY

pytestmark = pytest.mark.django_db


def access_log() -> list[tuple]:
    return list(AccessLog.objects.order_by("pk").values_list())


@pytest.mark.parametrize("action", [RetentionAction.ANONYMISE, RetentionAction.DESTROY])
def test_access_log_rows_survive_retention_unchanged(action, closed_case, consulent):
    RetentionRule.objects.filter(kind=FileKind.MAATWERK_ZONDER_ONDERSTEUNING).update(action=action)
    case = closed_case(years=6)
    log_access(user=consulent, case=case, action=AccessLog.Action.READ, channel="test")
    log_access(user=consulent, case=case, action=AccessLog.Action.UPDATE, channel="test")
    before = access_log()

    report = apply_retention(TODAY)

    assert report.ok and len(report.handled) == 1
    after = access_log()
    assert after[: len(before)] == before
    assert verify_chain() is None
    (appended,) = AccessLog.objects.exclude(pk__in=[row[0] for row in before])
    assert appended.user_id is None
    assert appended.case_reference == case.reference
    assert appended.channel == "beheer:apply_retention"
    expected = AccessLog.Action.DELETE if action == RetentionAction.DESTROY else "update"
    assert appended.action == expected
