"""The insights app's writes and the report with its findings, for the screen, the downloads
and the command alike."""

import datetime

from auditlog.context import set_actor
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import Role
from maatwerk.route.selectors import municipality_of

from .models import Findings
from .report import Report, build_report, parse_period

__all__ = [
    "current_quarter",
    "findings_text",
    "may_write_findings",
    "municipality_of",
    "parse_period",
    "report_for",
    "save_findings",
]

MAX_FINDINGS = 20000


def current_quarter(today: datetime.date | None = None) -> tuple[datetime.date, datetime.date]:
    """The last full quarter before today: the one a report is written about."""
    today = today or timezone.localdate()
    first_month = (today.month - 1) // 3 * 3 + 1
    this_start = datetime.date(today.year, first_month, 1)
    end = this_start - datetime.timedelta(days=1)
    return datetime.date(end.year, (end.month - 1) // 3 * 3 + 1, 1), end


def may_write_findings(user) -> bool:
    return user.is_authenticated and user.role == Role.OMO_FUNCTIONARIS


def findings_text(municipality, start: datetime.date, end: datetime.date) -> str:
    found = Findings.objects.filter(municipality=municipality, start=start, end=end).first()
    return found.text if found else ""


def report_for(municipality, start: datetime.date, end: datetime.date) -> Report:
    report = build_report(municipality, start, end)
    report.findings = findings_text(municipality, start, end)
    return report


def save_findings(user, start: datetime.date, end: datetime.date, text: str) -> Findings:
    """The OMO-functionaris's findings and lessons for the period, replacing what was there."""
    if not may_write_findings(user):
        raise PermissionDenied(_("Alleen de OMO-functionaris schrijft de bevindingen."))
    municipality = municipality_of(user)
    if municipality is None:
        raise PermissionDenied(_("U werkt niet voor een gemeente."))
    text = (text or "").strip()[:MAX_FINDINGS]
    with transaction.atomic(), set_actor(user):
        found, _created = Findings.objects.update_or_create(
            municipality=municipality,
            start=start,
            end=end,
            defaults={"text": text, "updated_by": user},
        )
    return found
