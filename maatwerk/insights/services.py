"""The insights app's writes and the report with its findings, for the screen, the downloads
and the command alike."""

import datetime

from auditlog.context import set_actor
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import Role
from maatwerk.cases import selectors as case_lists
from maatwerk.cases.services import visible_cases
from maatwerk.route.selectors import municipality_of
from maatwerk.vraagbaak.selectors import visible_precedents

from .annual import Evaluation, build_evaluation, year_period
from .models import OPEN_SIGNAL, Findings, PolicySignal, SignalStatus
from .report import Report, build_report, parse_period
from .tables import Table, count, label

__all__ = [
    "PROPOSE_FROM",
    "SIGNAL_EDITORS",
    "annual_evaluation",
    "create_signal",
    "current_quarter",
    "findings_text",
    "may_write_findings",
    "municipality_of",
    "parse_period",
    "proposed_signals",
    "report_for",
    "save_findings",
    "signal_from_blockage",
    "signals_for",
    "update_signal",
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
    _signals_in_report(report, municipality)
    return report


# A rule that blocks this many cases in a period is proposed as a signal to policy.
PROPOSE_FROM = 3
# Who keeps the register: the OMO-functionaris signals, the beleidsmedewerker answers.
SIGNAL_EDITORS = frozenset({Role.OMO_FUNCTIONARIS, Role.BELEIDSMEDEWERKER})


def signals_for(municipality):
    return (
        PolicySignal.objects.filter(municipality=municipality)
        .select_related("owner", "rule")
        .order_by("-created_at", "-pk")
    )


def proposed_signals(report: Report) -> list[dict]:
    """The rules of the report's blockage ranking that block at least PROPOSE_FROM cases and
    have no open signal yet, most frequent first."""
    covered = set(
        PolicySignal.objects.filter(
            municipality_id=report.municipality_id, status__in=OPEN_SIGNAL, rule__isnull=False
        ).values_list("rule_id", flat=True)
    )
    return sorted(
        (
            rule
            for rule in report.blockage_ranking
            if rule["count"] >= PROPOSE_FROM and rule["rule_id"] not in covered
        ),
        key=lambda rule: (-rule["count"], rule["rule"]),
    )


def _signals_in_report(report: Report, municipality) -> None:
    proposals = Table(
        "voorstellen",
        _("Voorgestelde signalen aan beleid"),
        [_("Regel"), _("Eigenaar"), _("Casussen")],
        note=_(
            "Regels die in de periode minstens %(n)s casussen blokkeerden en nog geen open "
            "signaal hebben."
        )
        % {"n": PROPOSE_FROM},
    )
    for rule in proposed_signals(report):
        cell = count(f"rule.{rule['rule_id']}", rule["count"])
        cell.hidden = report.hidden.get(cell.key, "")
        proposals.add(label(rule["rule"]), label(rule["owner"]), cell)
    report.tables.append(proposals)
    register = Table(
        "signalen",
        _("Signalen aan beleid"),
        [_("Knelpunt"), _("Eigenaar"), _("Status"), _("Reactie van beleid"), _("Datum reactie")],
    )
    for signal in signals_for(municipality):
        register.add(
            label(signal.title),
            label(signal.owner),
            label(signal.get_status_display()),
            label(signal.response or "–"),
            label(signal.response_date.strftime("%d-%m-%Y") if signal.response_date else "–"),
        )
    report.tables.append(register)


def _require_editor(user) -> None:
    if not (user.is_authenticated and user.role in SIGNAL_EDITORS):
        raise PermissionDenied(_("Alleen de OMO-functionaris en beleid houden de signalen bij."))


def _linked(user, case_ids, precedent_ids):
    """Only cases and precedents the user may see can be linked; others are ignored."""
    found_cases = visible_cases(user).filter(pk__in=list(case_ids or []))
    found_precedents = visible_precedents(user).filter(pk__in=list(precedent_ids or []))
    return found_cases, found_precedents


def create_signal(
    user,
    *,
    title: str,
    owner,
    rule=None,
    description: str = "",
    case_ids=(),
    precedent_ids=(),
) -> PolicySignal:
    _require_editor(user)
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": _("Beschrijf het knelpunt.")})
    if owner is None:
        raise ValidationError({"owner": _("Kies de organisatie die over de regel gaat.")})
    municipality = municipality_of(user)
    linked_cases, linked_precedents = _linked(user, case_ids, precedent_ids)
    with transaction.atomic(), set_actor(user):
        signal = PolicySignal.objects.create(
            title=title[:200],
            description=(description or "").strip(),
            rule=rule,
            owner=owner,
            municipality=municipality,
            created_by=user,
            created_at=timezone.now(),
        )
        signal.cases.set(linked_cases)
        signal.precedents.set(linked_precedents)
    return signal


def signal_from_blockage(user, rule_id: int, start: datetime.date, end: datetime.date):
    """A proposal of the report taken up: the rule, its owner and the cases it blocked in the
    period, as a new signal."""
    _require_editor(user)
    municipality = municipality_of(user)
    rule = case_lists.rules().filter(pk=rule_id).first()
    if rule is None:
        raise ValidationError({"rule": _("Deze regel bestaat niet.")})
    open_cases = case_lists.cases_open_during(municipality.pk, start, end).values_list(
        "pk", flat=True
    )
    blocked = {
        row["case_id"]
        for row in case_lists.blockages_of_cases(open_cases)
        if row["rule_id"] == rule.pk
    }
    precedents = visible_precedents(user).filter(rules=rule).values_list("pk", flat=True)
    return create_signal(
        user,
        title=rule.name,
        owner=rule.owner,
        rule=rule,
        description=_("Voorgesteld uit de rapportage %(from)s t/m %(to)s.")
        % {"from": start.strftime("%d-%m-%Y"), "to": end.strftime("%d-%m-%Y")},
        case_ids=blocked,
        precedent_ids=precedents,
    )


def update_signal(
    user, signal: PolicySignal, *, status: str, response: str = "", response_date=None
) -> PolicySignal:
    _require_editor(user)
    if signal.municipality_id != getattr(municipality_of(user), "pk", None):
        raise PermissionDenied
    if status not in SignalStatus.values:
        raise ValidationError({"status": _("Kies een geldige status.")})
    response = (response or "").strip()
    if response and response_date is None:
        raise ValidationError({"response_date": _("Vul de datum van de reactie in.")})
    with transaction.atomic(), set_actor(user):
        signal.status = status
        signal.response = response
        signal.response_date = response_date
        signal.save()
    return signal


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


def annual_evaluation(municipality, year: int) -> Evaluation:
    """The year beside the previous one, with the council's questions answered."""
    this = build_report(municipality, *year_period(year))
    this.findings = findings_text(municipality, *year_period(year))
    last = build_report(municipality, *year_period(year - 1))
    return build_evaluation(this, last, list(signals_for(municipality)))
