"""A counsellor's printable day sheet (PDF): who, when, what, where."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from cjeapp.core.agenda.appointments import CANCELLED
from cjeapp.core.agenda.appointments import AppointmentRow
from cjeapp.core.codelists import codelist
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_time
from cjeapp.core.typography import fill
from cjeapp.core.typography import unbroken
from cjeapp.core.writers.fonts import BOLD
from cjeapp.core.writers.fonts import REGULAR
from cjeapp.core.writers.fonts import register_fonts
from cjeapp.core.writers.pdf_dates import dated
from cjeapp.core.writers.pdf_files import pdf_document
from cjeapp.core.writers.pdf_files import table_style
from cjeapp.core.writers.scripts import lines
from cjeapp.core.writers.scripts import paragraph


def render_day_sheet(rows: Sequence[AppointmentRow], *, organization: str, counsellor: str,
                     day: date, language: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Spacer
    from reportlab.platypus import Table

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=14, leading=18)

    def t(text: str) -> str:
        return gettext(text, language)

    labels = [t(label) for label in (N_("Time"), N_("Person"), N_("Kind"), N_("Place"),
                                      N_("Notes"))]
    cells: list[list[list[str]]] = []  # each cell: its lines
    for row in rows:
        if row.status == CANCELLED:
            continue
        cells.append([
            [unbroken(f"{format_time(row.starts_at, language)} – "
                       f"{format_time(row.ends_at, language)}")],
            [row.client_name, *([unbroken(row.phone)] if row.phone else [])],
            [codelist("appointment_kinds").label(row.kind, language)],
            [codelist("appointment_places").label(row.place, language)],
            [row.notes or ""]])
    widths = _widths(labels, cells, LETTER[0] - 3.6 * cm)
    table_rows = [[paragraph(label, body, bold=True) for label in labels]]
    table_rows += [[lines(cell, body) for cell in line] for line in cells]
    story = [paragraph(organization, body),
             paragraph(fill(gettext(N_("Day sheet of {name}"), language), language,
                            name=counsellor), title),
             paragraph(format_date(day, language, style="full"), body),
             Spacer(1, 0.4 * cm)]
    if len(table_rows) == 1:
        story.append(paragraph(t(N_("No appointment that day.")), body))
    else:
        table = Table(table_rows, colWidths=widths, repeatRows=1)
        table.setStyle(table_style([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    buffer = io.BytesIO()
    pdf_document(buffer, None, pagesize=LETTER, title=t(N_("Day sheet")), author=organization,
                      leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                      bottomMargin=1.8 * cm, invariant=True).build(
        story, onFirstPage=lambda canvas, _doc: dated(canvas, day))
    return buffer.getvalue()


PADDING = 12.0  # points: a cell's left and right padding and the grid


def _widths(labels: list[str], cells: list[list[list[str]]], total: float) -> list[float]:
    """Time, kind and place as wide as their longest word group (they never break); the
    person and the notes share what is left, the person first, up to its longest line."""
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def longest(column: int) -> float:
        lines = [line for row in cells for line in row[column]]
        widest = max([float(stringWidth(labels[column], BOLD, 9.5))]
                     + [float(stringWidth(line, REGULAR, 9.5)) for line in lines])
        return widest + PADDING

    fixed = [longest(0), longest(2), longest(3)]
    free = total - sum(fixed)
    person = min(longest(1), max(free * 0.6, 3.2 * cm))
    notes = max(total - sum(fixed) - person, 2.5 * cm)
    return [fixed[0], person, fixed[1], fixed[2], notes]
