"""A one-table PDF report (mileage, eligible participants, attendance sheets)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from cjeapp.core.writers.fonts import BOLD
from cjeapp.core.writers.fonts import REGULAR
from cjeapp.core.writers.fonts import register_fonts
from cjeapp.core.writers.pdf_files import pdf_document
from cjeapp.core.writers.pdf_files import table_style
from cjeapp.core.writers.scripts import paragraph


def table_pdf(*, organization: str, title: str, subtitle: str, header: Sequence[str],
              rows: Sequence[Sequence[str]], widths_cm: Sequence[float],
              footer: str = "", row_height_cm: float | None = None,
              language: str | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Spacer
    from reportlab.platypus import Table

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12)
    head = ParagraphStyle("head", parent=body, fontName=BOLD)
    big = ParagraphStyle("big", parent=body, fontName=BOLD, fontSize=14, leading=18)
    data = [[paragraph(text, head) for text in header]]
    data += [[paragraph(text, body) for text in row] for row in rows]
    table = Table(data, colWidths=[w * cm for w in widths_cm], repeatRows=1,
                  rowHeights=None if row_height_cm is None
                  else [None] + [row_height_cm * cm] * len(rows))
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story = [paragraph(organization, body), paragraph(title, big),
             paragraph(subtitle, body), Spacer(1, 0.4 * cm), table]
    if footer:
        story += [Spacer(1, 0.5 * cm), paragraph(footer, body)]
    buffer = io.BytesIO()
    pdf_document(buffer, language, pagesize=LETTER, title=title, author=organization,
                      leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=1.6 * cm,
                      bottomMargin=1.6 * cm, invariant=True).build(story)
    return buffer.getvalue()
