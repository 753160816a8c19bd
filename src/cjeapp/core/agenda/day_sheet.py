"""A counsellor's printable day sheet (PDF): who, when, what, where."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from cjeapp.core.agenda.appointments import CANCELLED, AppointmentRow
from cjeapp.core.codelists import codelist
from cjeapp.core.i18n import N_, gettext
from cjeapp.core.locale_format import format_date, format_time
from cjeapp.core.writers.fonts import BOLD, REGULAR, register_fonts


def render_day_sheet(rows: Sequence[AppointmentRow], *, organization: str, counsellor: str,
                     day: date, language: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=14, leading=18)

    def t(text: str) -> str:
        return gettext(text, language)

    header = [Paragraph(f"<b>{escape(t(label))}</b>", body) for label in (
        N_("Time"), N_("Person"), N_("Kind"), N_("Place"), N_("Notes"))]
    table_rows = [header]
    for row in rows:
        if row.status == CANCELLED:
            continue
        table_rows.append([
            Paragraph(f"{format_time(row.starts_at, language)}–"
                      f"{format_time(row.ends_at, language)}", body),
            Paragraph(escape(row.client_name), body),
            Paragraph(escape(codelist("appointment_kinds").label(row.kind, language)), body),
            Paragraph(escape(codelist("appointment_places").label(row.place, language)), body),
            Paragraph(escape(row.notes or ""), body)])
    story = [Paragraph(escape(organization), body),
             Paragraph(escape(gettext(N_("Day sheet of {name}"), language).format(
                 name=counsellor)), title),
             Paragraph(escape(format_date(day, language, style="full")), body),
             Spacer(1, 0.4 * cm)]
    if len(table_rows) == 1:
        story.append(Paragraph(escape(t(N_("No appointment that day."))), body))
    else:
        table = Table(table_rows, colWidths=[2.6 * cm, 5 * cm, 3.6 * cm, 3 * cm, 3.2 * cm],
                      repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER, title=t(N_("Day sheet")), author=organization,
                      leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                      bottomMargin=1.8 * cm, invariant=True).build(story)
    return buffer.getvalue()
