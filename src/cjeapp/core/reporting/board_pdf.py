"""The board on paper, for the board of directors: a one-page summary (every figure of the
period beside the year before), then the charts, month by month and by category."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.locale_format import format_date
from cjeapp.core.reporting.board_charts import bar_chart
from cjeapp.core.reporting.board_charts import month_chart
from cjeapp.core.reporting.board_figures import Board
from cjeapp.core.reporting.board_values import shown
from cjeapp.core.reporting.board_values import small_counts_note
from cjeapp.core.writers.fonts import BOLD
from cjeapp.core.writers.fonts import REGULAR
from cjeapp.core.writers.fonts import register_fonts
from cjeapp.core.writers.pdf_files import pdf_document
from cjeapp.core.writers.pdf_files import table_style

SUMMARY = ("people", "desk", "requests", "hours", "appointments", "transport", "groups")


def period_words(board: Board, language: str) -> tuple[str, str]:
    """« 1er avril 2026 – 31 mars 2027 » and the same for the year before."""
    def span(first: object, last: object) -> str:
        return gettext(N_("{first} to {last}"), language).format(
            first=format_date(first, language), last=format_date(last, language))  # type: ignore[arg-type]

    return span(board.first, board.last), span(board.previous_first, board.previous_last)


def board_pdf(board: Board, organization: str, language: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether
    from reportlab.platypus import PageBreak
    from reportlab.platypus import Paragraph
    from reportlab.platypus import Table

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=10.5)
    small = ParagraphStyle("small", parent=body, fontSize=7, leading=8.5)
    heading = ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=11,
                             leading=14, spaceBefore=8, spaceAfter=3)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=19)

    def t(text: str) -> str:
        return escape(gettext(text, language))

    now, before = period_words(board, language)
    scope = [name for name in (board.office, board.counsellor) if name]
    story: list[object] = [
        Paragraph(escape(organization), body),
        Paragraph(t(N_("The year's load")), title),
        Paragraph(escape(gettext(N_("From {period}, beside {before}"), language).format(
            period=now, before=before)), body)]
    if scope:
        story.append(Paragraph(escape(gettext(N_("Only: {scope}"), language).format(
            scope=", ".join(scope))), body))
    rows: list[list[object]] = [[Paragraph(t(N_("Figure")), small),
                                 Paragraph(escape(now), small), Paragraph(escape(before), small)]]
    section_rows = []
    for key in SUMMARY:
        section = board.section(key)
        section_rows.append(len(rows))
        rows.append([Paragraph(f"<b>{escape(section.title)}</b>", body), "", ""])
        rows.extend([Paragraph(escape(f.label), body),
                     shown(f.value, f.kind, language, withheld=f.withheld),
                     shown(f.previous, f.kind, language, withheld=f.previous_withheld)]
                    for f in section.figures)
    table = Table(rows, colWidths=[9.5 * cm, 4 * cm, 4 * cm], repeatRows=1)
    style = [("FONT", (0, 0), (-1, -1), REGULAR, 8.5), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
             ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey)]
    style += [("SPAN", (0, row), (-1, row)) for row in section_rows]
    table.setStyle(table_style(style))
    story += [table, Paragraph(escape(small_counts_note(language)), small), PageBreak()]
    here, earlier = gettext(N_("This period"), language), gettext(N_("A year earlier"),
                                                                  language)
    for series in board.series:
        story.append(KeepTogether([Paragraph(escape(series.title), heading),
                                   month_chart(series, language, here, earlier)]))
    for section in board.sections:
        # The summary's sections mix kinds of numbers (people, minutes, %): on page one.
        if section.key in SUMMARY or not section.figures:
            continue
        drawing, legend = bar_chart(section, language, here, earlier)
        story.append(KeepTogether([Paragraph(escape(section.title), heading), drawing,
                                   *[Paragraph(escape(line), small) for line in legend]]))
    if board.caseloads:
        story += _caseloads(board, language, heading, small)
    buffer = io.BytesIO()
    pdf_document(buffer, language, pagesize=LETTER, title=gettext(N_("The year's load"), language),
                      author=organization, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                      topMargin=1.5 * cm, bottomMargin=1.5 * cm,
                      invariant=True).build(story)
    return buffer.getvalue()


def _caseloads(board: Board, language: str, heading: object, small: object) -> list[object]:
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph
    from reportlab.platypus import Table

    first = board.caseloads[0].figures
    header = [Paragraph(escape(gettext(N_("Counsellor"), language)), small)] + [
        Paragraph(escape(f.label), small) for f in first]
    rows: list[list[object]] = [header]
    for load in board.caseloads:
        rows.append([Paragraph(escape(load.counsellor), small)]
                    + [shown(f.value, f.kind, language, withheld=f.withheld)
                       for f in load.figures])
    table = Table(rows, colWidths=[6 * cm] + [2.8 * cm] * len(first), repeatRows=1)
    table.setStyle(table_style([("FONT", (0, 0), (-1, -1), REGULAR, 7.5),
                               ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey)]))
    title = gettext(N_("Each counsellor's caseload ({period})"), language).format(
        period=period_words(board, language)[0])
    return [Paragraph(escape(title), heading), table]
