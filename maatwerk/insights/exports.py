"""The report in its four forms besides the screen: SVG charts (matplotlib), PDF
(WeasyPrint), Excel (openpyxl, one sheet per table, numbers as numbers) and CSV. Every form
is drawn from the same suppressed tables, so a hidden count is hidden everywhere; the charts
leave hidden cells out rather than draw them."""

import csv
import io
import re
from functools import lru_cache

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from maatwerk.route.pdf import render_pdf

from .report import Report
from .tables import COUNT, Table, legend

__all__ = [
    "chart_svg",
    "evaluation_html",
    "evaluation_pdf",
    "to_csv",
    "to_html",
    "to_pdf",
    "to_xlsx",
]


def chart_svg(table: Table) -> str:
    """A horizontal bar chart of the table's shown counts, as inline SVG; "" when there is
    nothing to draw."""
    bars = tuple(
        (row[0].text(), row[1].value)
        for row in table.rows
        if len(row) > 1
        and row[1].kind == COUNT
        and row[1].shown
        and row[1].value
        and row[0].text() != _("Totaal")
    )
    return _bar_chart(table.title, bars) if bars else ""


@lru_cache(maxsize=64)
def _bar_chart(title: str, bars: tuple[tuple[str, int], ...]) -> str:
    """Drawn once per title and values: a report opened again, or in another form, shows the
    same charts, and drawing one takes matplotlib some 50 ms. matplotlib is imported here:
    only the report draws charts."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    matplotlib.rcParams["svg.hashsalt"] = "maatwerk"  # the same report draws the same file
    # Labels as text, not as glyph outlines: a third of the size, quicker to draw, and
    # readable by a screen reader and a search in the PDF.
    matplotlib.rcParams["svg.fonttype"] = "none"
    figure, axes = pyplot.subplots(figsize=(6, 0.35 * len(bars) + 0.8))
    try:
        labels = [label for label, _value in bars][::-1]
        values = [value for _label, value in bars][::-1]
        axes.barh(labels, values, color="#01689b")
        axes.set_title(title, fontsize=10)
        axes.tick_params(labelsize=8)
        axes.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        out = io.StringIO()
        figure.savefig(out, format="svg", metadata={"Date": None})
    finally:
        pyplot.close(figure)
    svg = out.getvalue()
    return svg[svg.index("<svg") :]  # inline: without the XML prolog and doctype


def _context(report: Report) -> dict:
    return {
        "report": report,
        "tables": [(table, chart_svg(table) if table.chart else "") for table in report.tables],
        "legend": legend(),
    }


def to_html(report: Report) -> str:
    return render_to_string("insights/report_document.html", _context(report))


def to_pdf(report: Report) -> bytes:
    return render_pdf("insights/report_pdf.html", _context(report))


def _sheet_name(title: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "", title)[:31]
    base, number = name, 2
    while name in used:
        name = f"{base[:28]} {number}"
        number += 1
    used.add(name)
    return name


def to_xlsx(report: Report) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    info = workbook.active
    info.title = _("Rapportage")
    info.append([report.title])
    info.append([report.municipality_name])
    info.append([_("Van"), report.start])
    info.append([_("Tot en met"), report.end])
    info.append([legend()])
    info.append([])
    info.append([_("Bevindingen en lessen")])
    for line in (report.findings or "").splitlines():
        info.append([line])
    used = {info.title}
    for table in report.tables:
        sheet = workbook.create_sheet(_sheet_name(table.title, used))
        sheet.append([str(column) for column in table.columns])
        for row in table.rows:
            sheet.append([cell.number() for cell in row])
            for column, cell in enumerate(row, start=1):
                if cell.kind == "money" and cell.shown:
                    sheet.cell(row=sheet.max_row, column=column).number_format = "#,##0.00"
        if table.note:
            sheet.append([])
            sheet.append([table.note])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def to_csv(report: Report) -> str:
    """One file: per table a heading line, its columns and its rows, numbers with a point."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow([report.title, report.municipality_name, report.start, report.end])
    for table in report.tables:
        writer.writerow([])
        writer.writerow([table.title])
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([cell.number() for cell in row])
    if report.findings:
        writer.writerow([])
        writer.writerow([_("Bevindingen en lessen")])
        writer.writerow([report.findings])
    return out.getvalue()


def _evaluation_context(evaluation) -> dict:
    return {
        "evaluation": evaluation,
        "tables": [(table, "") for table in evaluation.tables],
        "legend": legend(),
    }


def evaluation_html(evaluation) -> str:
    return render_to_string("insights/annual_document.html", _evaluation_context(evaluation))


def evaluation_pdf(evaluation) -> bytes:
    return render_pdf("insights/annual_pdf.html", _evaluation_context(evaluation))
