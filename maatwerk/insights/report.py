"""The quarterly report (any period): what came in, what was decided and how fast, which rules
pinch most, what it cost and avoided, and how households fared. Every figure is read through
the owning app's selectors; the report itself keeps only ids, codes, counts and amounts, and
hides small counts (see `suppression`) before anyone sees it."""

import datetime
import math
import statistics
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from maatwerk.cases import selectors as cases
from maatwerk.cases.domains import LifeDomain, SignalSource
from maatwerk.core.working_days import WorkingDays
from maatwerk.fund import selectors as fund
from maatwerk.fund.models import PayerKind
from maatwerk.register import selectors as register
from maatwerk.route import selectors as route
from maatwerk.route.models import (
    Change,
    DecisionOutcome,
    EscalationStatus,
    MandateLevel,
    NationalBody,
)

from . import tables as t
from .suppression import SECONDARY, Sum, suppress

__all__ = ["Report", "build_report", "parse_period", "percentile"]

ZERO = Decimal("0")


@dataclass
class Report:
    municipality_id: int
    municipality_name: str
    start: datetime.date
    end: datetime.date
    tables: list[t.Table] = field(default_factory=list)
    # Every count by key (shown or only implied, like "answered late"): for the tests and
    # for the proposals of new signals; never shown unsuppressed.
    values: dict[str, int] = field(default_factory=dict)
    sums: list[Sum] = field(default_factory=list)
    hidden: dict[str, str] = field(default_factory=dict)
    blockage_ranking: list[dict] = field(default_factory=list)
    findings: str = ""

    def table(self, slug: str) -> t.Table:
        return next(table for table in self.tables if table.slug == slug)

    @property
    def title(self) -> str:
        return _("Kwartaalrapportage maatwerk %(from)s t/m %(to)s") % {
            "from": self.start.strftime("%d-%m-%Y"),
            "to": self.end.strftime("%d-%m-%Y"),
        }

    def count(self, key: str, value: int) -> t.Cell:
        self.values[key] = int(value)
        return t.count(key, value)

    def implied(self, key: str, value: int) -> str:
        """A count no table shows but a reader can compute (a difference of two shown)."""
        self.values[key] = int(value)
        return key


def parse_period(start, end) -> tuple[datetime.date, datetime.date]:
    """Two dates (or ISO texts), the first not after the second; a Dutch error otherwise."""
    try:
        start = start if isinstance(start, datetime.date) else datetime.date.fromisoformat(start)
        end = end if isinstance(end, datetime.date) else datetime.date.fromisoformat(end)
    except (TypeError, ValueError):
        raise ValidationError(_("Vul een begin- en einddatum in als JJJJ-MM-DD.")) from None
    if start > end:
        raise ValidationError(_("De begindatum ligt na de einddatum."))
    return start, end


def percentile(values: list[int], share: int) -> int | None:
    """The nearest-rank percentile: the smallest value with at least `share` % at or below."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, math.ceil(share * len(ordered) / 100)) - 1]


def _median(values: list[int]):
    return statistics.median(values) if values else None


def build_report(municipality, start: datetime.date, end: datetime.date) -> Report:
    report = Report(municipality.pk, municipality.name, start, end)
    mid = municipality.pk
    calendar = WorkingDays.load()

    signalled = cases.cases_signalled_in(mid, start, end)
    signalled_count = signalled.count()
    decisions = route.decisions_in(mid, start, end)
    first = {row["case_id"]: row for row in decisions if row["first"]}
    breakthroughs = {row["case_id"]: row for row in route.breakthroughs_in(mid, start, end)}
    closed = cases.cases_closed_in(mid, start, end)

    headline = t.Table("kerncijfers", _("Kerncijfers"), [_("Casussen"), _("Aantal")])
    headline.add(t.label(_("Gesignaleerd")), report.count("cases.signalled", signalled_count))
    headline.add(t.label(_("Besloten (eerste besluit)")), report.count("cases.decided", len(first)))
    headline.add(
        t.label(_("Doorbraak (oplossing uitgevoerd)")),
        report.count("cases.breakthrough", len(breakthroughs)),
    )
    headline.add(t.label(_("Afgesloten")), report.count("cases.closed", len(closed)))
    report.tables.append(headline)

    _breakdowns(report, signalled, signalled_count)
    _decisions(report, decisions)
    _lead_times(report, calendar, first, breakthroughs)
    _blockages(report, mid, start, end)
    _fund(report, mid, start, end)
    _kassabon(report, mid, start, end)
    _monitoring(report, mid, start, end)
    _escalations(report, mid, start, end)
    _requests(report, mid, start, end)

    _apply_suppression(report)
    return report


def _breakdowns(report: Report, signalled, total: int) -> None:
    found = cases.signalled_breakdown(signalled)
    domains = t.Table(
        "leefgebied",
        _("Gesignaleerd per leefgebied"),
        [_("Leefgebied"), _("Casussen")],
        note=_("Een casus kan meer leefgebieden hebben: de kolom telt niet op tot het totaal."),
        chart="bar",
    )
    for code, name in LifeDomain.choices:
        domains.add(t.label(name), report.count(f"domain.{code}", found["domain"].get(code, 0)))
    report.tables.append(domains)

    teams = t.Table("team", _("Gesignaleerd per team"), [_("Team"), _("Casussen")], chart="bar")
    keys = []
    for index, (name, number) in enumerate(sorted(found["team"].items())):
        keys.append(f"team.{index}")
        teams.add(t.label(name), report.count(keys[-1], number))
    teams.add(t.label(_("Totaal")), report.count("cases.signalled", total))
    report.sums.append(("cases.signalled", keys))
    report.tables.append(teams)

    sources = t.Table(
        "bron", _("Gesignaleerd per bron"), [_("Bron van het signaal"), _("Casussen")], chart="bar"
    )
    keys = []
    for code, name in SignalSource.choices:
        keys.append(f"source.{code}")
        sources.add(t.label(name), report.count(keys[-1], found["source"].get(code, 0)))
    sources.add(t.label(_("Totaal")), report.count("cases.signalled", total))
    report.sums.append(("cases.signalled", keys))
    report.tables.append(sources)


def _decisions(report: Report, decisions: list[dict]) -> None:
    outcomes = DecisionOutcome.choices
    table = t.Table(
        "besluiten",
        _("Besluiten per mandaatniveau en uitkomst"),
        [_("Mandaatniveau"), *[name for _code, name in outcomes], _("Totaal")],
        note=_("Alle besluiten in de periode, ook herzieningen en aanhoudingen."),
    )
    tally = Counter((row["level"], row["outcome"]) for row in decisions)
    for level, level_name in MandateLevel.choices:
        keys = [f"dec.{level}.{code}" for code, _name in outcomes]
        cells = [
            report.count(key, tally[(level, code)])
            for key, (code, _n) in zip(keys, outcomes, strict=True)
        ]
        row_total = sum(tally[(level, code)] for code, _name in outcomes)
        table.add(t.label(level_name), *cells, report.count(f"dec.{level}", row_total))
        report.sums.append((f"dec.{level}", keys))
    totals = []
    for code, _name in outcomes:
        key = f"dec.all.{code}"
        totals.append(report.count(key, sum(tally[(lv, code)] for lv, _n in MandateLevel.choices)))
        report.sums.append((key, [f"dec.{lv}.{code}" for lv, _n in MandateLevel.choices]))
    table.add(t.label(_("Totaal")), *totals, report.count("dec.all", len(decisions)))
    report.sums.append(("dec.all", [f"dec.{lv}" for lv, _n in MandateLevel.choices]))
    report.sums.append(("dec.all", [f"dec.all.{code}" for code, _n in outcomes]))
    report.tables.append(table)


def _lead_times(report: Report, calendar: WorkingDays, first: dict, breakthroughs: dict) -> None:
    days = [row["signal_date"] for row in (*first.values(), *breakthroughs.values())]
    days += [row["decided_on"] for row in first.values()]
    days += [row["carried_out_on"] for row in breakthroughs.values()]
    span = calendar.counter(min(days), max(days)) if days else calendar.between
    table = t.Table(
        "doorlooptijd",
        _("Doorlooptijd in werkdagen"),
        [_("Van signaal naar"), _("Casussen"), _("Mediaan"), _("90e percentiel")],
        note=_("Werkdagen na de datum van het signaal, volgens de Algemene termijnenwet."),
    )
    for key, name, rows, day in (
        ("cases.decided", _("besluit"), first, "decided_on"),
        ("cases.breakthrough", _("doorbraak"), breakthroughs, "carried_out_on"),
    ):
        spans = [span(row["signal_date"], row[day]) for row in rows.values()]
        table.add(
            t.label(name),
            report.count(key, len(spans)),
            t.days(_median(spans), key),
            t.days(percentile(spans, 90), key),
        )
    report.tables.append(table)


def _blockages(report: Report, mid: int, start: datetime.date, end: datetime.date) -> None:
    ranking = route.blocking_rules_in(mid, start, end)
    report.blockage_ranking = ranking
    columns = [_("Regel"), _("Wet of regeling"), _("Eigenaar"), _("Casussen"), _("Geld gemoeid")]
    note = _(
        "Knelpunten in de casussen die in de periode liepen. Geld gemoeid: de geraamde kosten "
        "van het laatste voorstel van die casussen."
    )
    for slug, title, order in (
        (
            "knelpunten",
            _("Knelpunten naar hoe vaak ze blokkeren"),
            lambda r: (-r["count"], r["rule"]),
        ),
        (
            "knelpunten_geld",
            _("Knelpunten naar het geld dat ermee gemoeid is"),
            lambda r: (-r["money"], r["rule"]),
        ),
    ):
        table = t.Table(slug, title, columns, note=note)
        for rule in sorted(ranking, key=order):
            key = f"rule.{rule['rule_id']}"
            table.add(
                t.label(rule["rule"]),
                t.label(rule["law"]),
                t.label(rule["owner"]),
                report.count(key, rule["count"]),
                t.money(rule["money"], key),
            )
        report.tables.append(table)


def _fund(report: Report, mid: int, start: datetime.date, end: datetime.date) -> None:
    table = t.Table(
        "fonds",
        _("Gebruik van de fondsen"),
        [
            _("Fonds"),
            _("Budget"),
            _("Gereserveerd"),
            _("Betaald (totaal)"),
            _("Beschikbaar"),
            _("Te ontvangen"),
            _("Gereserveerd in periode"),
            _("Betaald in periode"),
            _("Aangevuld in periode"),
        ],
        note=_("Stand aan het eind van de periode; de laatste drie kolommen: in de periode."),
    )
    for use in fund.fund_use(mid, start, end):
        end_totals = use.at_end
        table.add(
            t.label(str(use.fund)),
            t.money(end_totals.budget),
            t.money(end_totals.committed),
            t.money(end_totals.paid),
            t.money(end_totals.available),
            t.money(end_totals.receivable),
            t.money(use.committed_in),
            t.money(use.paid_in),
            t.money(use.topped_up_in),
        )
    report.tables.append(table)


def _kassabon(report: Report, mid: int, start: datetime.date, end: datetime.date) -> None:
    found = fund.frozen_kassabon_totals(mid, start, end)
    table = t.Table(
        "kassabon",
        _("Kassabon: kosten en vermeden kosten per betaler"),
        [_("Betaler"), _("Kosten met maatwerk"), _("Vermeden kosten")],
        note=_(
            "Uit de kassabonnen die bij een besluit in de periode zijn vastgelegd. Vermeden "
            "kosten: zonder maatwerk min met maatwerk, per betaler."
        ),
    )
    table.add(
        t.label(_("Aantal kassabonnen")),
        report.count("kassabon.count", found["count"]),
        t.label(""),
    )
    labels = dict(PayerKind.choices)
    payers = sorted(
        set(found["costs"]) | set(found["avoided"]), key=lambda p: str(labels.get(p, p))
    )
    for payer in payers:
        table.add(
            t.label(labels.get(payer, payer)),
            t.money(found["costs"].get(payer, ZERO), "kassabon.count"),
            t.money(found["avoided"].get(payer, ZERO), "kassabon.count"),
        )
    table.add(
        t.label(_("Totaal")),
        t.money(sum(found["costs"].values(), ZERO), "kassabon.count"),
        t.money(sum(found["avoided"].values(), ZERO), "kassabon.count"),
    )
    report.tables.append(table)


def _monitoring(report: Report, mid: int, start: datetime.date, end: datetime.date) -> None:
    found = route.monitoring_results_in(mid, start, end)
    changes = Change.choices
    table = t.Table(
        "monitoring",
        _("Monitoring: hoe gaat het per leefgebied"),
        [_("Leefgebied"), *[name for _c, name in changes], _("Totaal")],
        note=_("Per huishouden het laatste monitoringsmoment dat in de periode is beantwoord."),
    )
    for code, name in LifeDomain.choices:
        per = found.get(code, {})
        keys = [f"mon.{code}.{change}" for change, _n in changes]
        cells = [
            report.count(key, per.get(c, 0)) for key, (c, _n) in zip(keys, changes, strict=True)
        ]
        table.add(t.label(name), *cells, report.count(f"mon.{code}", sum(per.values())))
        report.sums.append((f"mon.{code}", keys))
    report.tables.append(table)


def _escalations(report: Report, mid: int, start: datetime.date, end: datetime.date) -> None:
    statuses = Counter(route.escalations_in(mid, start, end))
    table = t.Table(
        "escalaties",
        _("Escalaties gestart in de periode, naar uitkomst"),
        [_("Uitkomst"), _("Aantal")],
    )
    keys = []
    for code, name in EscalationStatus.choices:
        keys.append(f"esc.{code}")
        table.add(t.label(name), report.count(keys[-1], statuses.get(code, 0)))
    table.add(t.label(_("Totaal")), report.count("esc.all", sum(statuses.values())))
    report.sums.append(("esc.all", keys))
    report.tables.append(table)

    national = t.Table(
        "landelijk",
        _("Voorgelegd aan een landelijke instantie"),
        [_("Instantie"), _("Voorgelegd"), _("Beantwoord")],
    )
    sent = Counter(body for body, _answered in route.external_escalations_in(mid, start, end))
    answered = Counter(
        body for body, done in route.external_escalations_in(mid, start, end) if done
    )
    for code, name in NationalBody.choices:
        national.add(
            t.label(name),
            report.count(f"ext.{code}", sent.get(code, 0)),
            report.count(f"ext.{code}.answered", answered.get(code, 0)),
        )
        waiting = report.implied(f"ext.{code}.waiting", sent.get(code, 0) - answered.get(code, 0))
        report.sums.append((f"ext.{code}", [f"ext.{code}.answered", waiting]))
    report.tables.append(national)


def _requests(report: Report, mid: int, start: datetime.date, end: datetime.date) -> None:
    found = register.answered_in_time(mid, start, end)
    table = t.Table(
        "verzoeken",
        _("Verzoeken aan partners"),
        [_("Verzoeken verstuurd in de periode"), _("Aantal")],
        note=_("Een partner antwoordt binnen 2 werkdagen."),
    )
    table.add(t.label(_("Verstuurd")), report.count("req.sent", found["sent"]))
    table.add(
        t.label(_("Binnen 2 werkdagen beantwoord")), report.count("req.in_time", found["in_time"])
    )
    late = report.implied("req.late", found["sent"] - found["in_time"])
    report.sums.append(("req.sent", ["req.in_time", late]))
    rate = (
        (Decimal(found["in_time"]) * 100 / found["sent"]).quantize(Decimal("0.1"))
        if found["sent"]
        else None
    )
    table.add(t.label(_("Aandeel binnen 2 werkdagen")), t.share(rate, "req.sent", "req.in_time"))
    report.tables.append(table)


def _apply_suppression(report: Report) -> None:
    report.hidden = suppress(report.values, report.sums)
    for table in report.tables:
        for cell in table.cells():
            if cell.key and cell.key in report.hidden:
                cell.hidden = report.hidden[cell.key]
            elif any(key in report.hidden for key in cell.depends):
                cell.hidden = SECONDARY
    # A ranking of hidden counts would still tell which is larger: the hidden rules follow
    # the shown ones in alphabetical order.
    for slug in ("knelpunten", "knelpunten_geld"):
        report.table(slug).rows.sort(
            key=lambda row: (bool(row[3].hidden), row[0].text() if row[3].hidden else "")
        )
