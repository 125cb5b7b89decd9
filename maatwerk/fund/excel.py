"""The settlement statement as a workbook (openpyxl), for the partner's own spreadsheet."""

import io
from decimal import Decimal

from django.utils.translation import gettext as _

from .models import SettlementStatement


def statement_workbook(statement: SettlementStatement) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = _("Verrekening")[:31]
    partner = statement.partner_name or statement.get_partner_kind_display()
    sheet.append([_("Verrekenoverzicht"), partner])
    sheet.append(
        [_("Periode"), f"{statement.period_start:%d-%m-%Y} – {statement.period_end:%d-%m-%Y}"]
    )
    sheet.append([])
    header = [
        _("Casus"),
        _("Besluit"),
        _("Kassabon"),
        _("Bevroren op"),
        _("Investering gemeente (EUR)"),
        _("Baten bij de partner (EUR)"),
    ]
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for line in statement.lines:
        sheet.append(
            [
                line["case_reference"],
                line["decision"],
                line["kassabon"],
                line["frozen_on"],
                Decimal(line["investment"]),
                Decimal(line["benefit"]),
            ]
        )
    sheet.append([_("Totaal"), "", "", "", statement.investment, statement.benefit])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=5, min_col=5, max_col=6):
        for cell in row:
            cell.number_format = "#,##0.00"
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["E"].width = 26
    sheet.column_dimensions["F"].width = 26
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
