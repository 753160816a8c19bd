"""The board as a spreadsheet: typed cells (numbers as numbers, months as dates, shares
as percentages), one sheet of figures, one of months, one of caseloads; counts under 5
written « < 5 »."""

from __future__ import annotations

import io

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.reporting.board_figures import Board
from cjeapp.core.reporting.board_figures import Kind
from cjeapp.core.reporting.board_pdf import period_words
from cjeapp.core.reporting.board_values import cell
from cjeapp.core.reporting.board_values import small_counts_note
from cjeapp.core.writers.spreadsheets import add_sheet

FORMATS = {Kind.PERCENT: "0.0%", Kind.MONEY: '#,##0.00 "$"', Kind.HOURS: "#,##0.0",
           Kind.MINUTES: "#,##0.0", Kind.KILOMETRES: "#,##0.0", Kind.COUNT: "#,##0"}


def board_xlsx(board: Board, organization: str, language: str) -> bytes:
    from openpyxl import Workbook

    def t(text: str) -> str:
        return gettext(text, language)

    now, before = period_words(board, language)
    book = Workbook()
    book.remove(book.active)
    # What the figures are about, first: a sheet alone in an e-mail says it itself.
    about = [[t(N_("Organization")), organization], [t(N_("This period")), now],
             [t(N_("Compared with")), before],
             [t(N_("Office")), board.office or t(N_("Every office"))],
             [t(N_("Counsellor")), board.counsellor or t(N_("Every counsellor"))],
             [t(N_("Small counts")), small_counts_note(language)]]
    add_sheet(book, t(N_("About")), [t(N_("The year's load")), ""], about)
    figures = [[section.title, f.label, cell(f.value, f.kind, withheld=f.withheld),
                cell(f.previous, f.kind, withheld=f.previous_withheld)]
               for section in board.sections for f in section.figures]
    kinds = [f.kind for section in board.sections for f in section.figures]
    _sheet(book, t(N_("Figures")), [t(N_("Section")), t(N_("Figure")), now, before],
           figures, kinds, (3, 4))
    months = [[series.title, month, cell(value, series.kind, withheld=index in hidden),
               cell(previous, series.kind, withheld=index in hidden_before)]
              for series in board.series
              for hidden, hidden_before in [(series.withheld, series.previous_withheld)]
              for index, (month, value, previous) in enumerate(zip(
                  series.months, series.values, series.previous, strict=True))]
    kinds = [series.kind for series in board.series for _ in series.months]
    _sheet(book, t(N_("Months")), [t(N_("Figure")), t(N_("Month")), t(N_("This period")),
                                   t(N_("A year earlier"))], months, kinds, (3, 4))
    for row in book[t(N_("Months"))].iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "yyyy-mm"
    if board.caseloads:
        header = [t(N_("Counsellor"))] + [f.label for f in board.caseloads[0].figures]
        loads = [[load.counsellor]
                 + [cell(f.value, f.kind, withheld=f.withheld) for f in load.figures]
                 for load in board.caseloads]
        add_sheet(book, t(N_("Caseloads")), header, loads)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet(book: object, title: str, header: list[str], rows: list[list[object]],
           kinds: list[Kind], columns: tuple[int, ...]) -> None:
    add_sheet(book, title, header, rows)
    sheet = book[title[:31]]  # type: ignore[index]
    for index, kind in enumerate(kinds, start=2):
        for column in columns:
            sheet.cell(index, column).number_format = FORMATS[kind]
