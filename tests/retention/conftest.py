"""Closed case files of a given age. A case is closed the way the workflow closes it: a status
row to `afgesloten`, here dated in the past."""

import datetime
import importlib

import pytest
from django.utils import timezone

from maatwerk.cases.domains import LifeDomain
from maatwerk.cases.models import Case, CaseStatusChange
from maatwerk.cases.workflow import CaseStatus

from ..factories import CaseFactory

TODAY = datetime.date(2026, 6, 1)


def years_ago(years: int, *, days: int = 0) -> datetime.datetime:
    moment = datetime.datetime(TODAY.year - years, TODAY.month, TODAY.day, 12, 0)
    return timezone.make_aware(moment) - datetime.timedelta(days=days)


def close(case: Case, at: datetime.datetime, reason: str = "Doel bereikt") -> Case:
    CaseStatusChange.objects.create(
        case=case,
        source=case.status,
        target=CaseStatus.AFGESLOTEN,
        reason=reason,
        changed_by=case.regisseur,
        changed_at=at,
    )
    Case.objects.filter(pk=case.pk).update(status=CaseStatus.AFGESLOTEN)
    case.refresh_from_db()
    return case


@pytest.fixture
def closed_case(team_noord):
    """`closed_case(years=6)` – a case closed that many years (and days) before TODAY."""

    def make(*, years: int, days: int = 0, jeugd: bool = False, **fields) -> Case:
        domains = [LifeDomain.FINANCIEN_SCHULDEN]
        if jeugd:
            domains.append(LifeDomain.JEUGD_OPVOEDING)
        fields.setdefault("household__team", team_noord)
        case = CaseFactory(domains=domains, **fields)
        return close(case, years_ago(years, days=days))

    return make


@pytest.fixture(autouse=True)
def default_retention_rules(db):
    """The default terms come from a data migration. A transactional test elsewhere in the same
    process flushes every table, migration data included; put the defaults back first."""
    from django.apps import apps

    migration = importlib.import_module("maatwerk.retention.migrations.0002_default_rules")
    migration.create_default_rules(apps, None)
