"""The annual evaluation: the year's figures with the previous year beside them, and the
questions the council's evaluation asks, answered from those figures, as one document. Each
year's report is suppressed on its own; the answers quote only what the tables show."""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .report import Report
from .tables import Table, label

COMPARED = ("kerncijfers", "doorlooptijd", "besluiten", "kassabon", "escalaties", "verzoeken")


@dataclass
class Evaluation:
    year: int
    municipality_name: str
    tables: list[Table] = field(default_factory=list)
    answers: list[tuple[str, str]] = field(default_factory=list)
    findings: str = ""

    @property
    def title(self) -> str:
        return _("Jaarevaluatie maatwerk %(year)s") % {"year": self.year}


def year_period(year: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def _side_by_side(before: Table, now: Table, previous: int, year: int) -> Table:
    columns = [str(before.columns[0])]
    for column in before.columns[1:]:
        columns += [f"{column} {previous}", f"{column} {year}"]
    table = Table(now.slug, now.title, columns, note=now.note)
    earlier = {row[0].text(): row for row in before.rows}
    for row in now.rows:
        old = earlier.get(row[0].text(), [label(row[0].text())] + [label("–")] * (len(row) - 1))
        cells = [row[0]]
        for past, present in zip(old[1:], row[1:], strict=True):
            cells += [past, present]
        table.add(*cells)
    return table


def _shown(report: Report, slug: str, row_label: str, column: int = 1) -> str:
    for row in report.table(slug).rows:
        if row[0].text() == row_label:
            return row[column].text()
    return "–"


def build_evaluation(this: Report, last: Report, signals: list) -> Evaluation:
    year, previous = this.start.year, last.start.year
    evaluation = Evaluation(year=year, municipality_name=this.municipality_name)
    evaluation.findings = this.findings
    for slug in COMPARED:
        evaluation.tables.append(_side_by_side(last.table(slug), this.table(slug), previous, year))
    evaluation.tables.append(this.table("monitoring"))
    evaluation.tables.append(this.table("knelpunten"))

    decided = _shown(this, "kerncijfers", _("Besloten (eerste besluit)"))
    broken = _shown(this, "kerncijfers", _("Doorbraak (oplossing uitgevoerd)"))
    median = _shown(this, "doorlooptijd", _("besluit"), 2)
    evaluation.answers.append(
        (
            _("Werkt de aanpak?"),
            _(
                "In %(year)s kregen %(decided)s casussen een eerste besluit, in een mediaan van "
                "%(median)s werkdagen na het signaal; bij %(broken)s casussen is de oplossing "
                "uitgevoerd. Hoe het de huishoudens daarna verging staat per leefgebied in de "
                "tabel Monitoring."
            )
            % {"year": year, "decided": decided, "median": median, "broken": broken},
        )
    )
    total = next((row for row in this.table("kassabon").rows if row[0].text() == _("Totaal")), None)
    evaluation.answers.append(
        (
            _("Wat kostte het en wat vermeed het?"),
            _(
                "De kassabonnen bij de besluiten van %(year)s tellen op tot %(costs)s aan "
                "kosten met maatwerk en %(avoided)s aan vermeden kosten."
            )
            % {
                "year": year,
                "costs": total[1].text() if total else "–",
                "avoided": total[2].text() if total else "–",
            },
        )
    )
    pinching = [row[0].text() for row in this.table("knelpunten").rows if row[3].shown][:3]
    open_signals = [s.title for s in signals if s.status in ("gesignaleerd", "bij_beleid")]
    evaluation.answers.append(
        (
            _("Welke regels moeten anders?"),
            _("Het vaakst knelden: %(rules)s. Open signalen aan beleid: %(signals)s.")
            % {
                "rules": ", ".join(pinching) or _("geen regel vaak genoeg om te tonen"),
                "signals": ", ".join(open_signals) or _("geen"),
            },
        )
    )
    return evaluation
