"""The shared look of every issued document: letterhead, title, body, signature, and a
footer with the number, the verification code and a QR code of both. A reprint carries a
"COPY" mark. The number is also in the PDF's metadata so a file can be checked later."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from babel import Locale

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import SUPPORTED_LANGUAGES
from cjeapp.core.i18n import gettext
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import locale_name
from cjeapp.core.typography import typeset
from cjeapp.core.writers.fonts import BOLD
from cjeapp.core.writers.fonts import REGULAR
from cjeapp.core.writers.fonts import register_fonts
from cjeapp.core.writers.pdf_dates import dated
from cjeapp.core.writers.pdf_files import pdf_document
from cjeapp.core.writers.pdf_files import table_style
from cjeapp.core.writers.scripts import paragraph

# A block of body: ("h", text) heading, ("p", text) paragraph,
# ("table", header, rows, widths_cm) table.
Block = tuple[Any, ...]
METADATA = re.compile(rb"cjeapp-doc:(\d{4}-\d{6}(?:-C\d+)?):([A-Z0-9]{8})")


@dataclass(frozen=True)
class Letterhead:
    organization: str
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    logo_png: bytes | None = None
    signature_png: bytes | None = None


@dataclass(frozen=True)
class Stamp:
    number: str
    code: str
    issued_on: date
    copy: bool = False
    preview: bool = False  # not issued yet: no number, marked PREVIEW
    qr: str = ""  # the signed text of the QR code (paper_check); else number and code


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``text`` as vector squares (segno makes the matrix)."""
    import segno

    # A fixed mask spares segno trying all eight (2.7 ms -> 0.4 ms); any mask reads well.
    # UTF-8, what phone readers expect (segno would pick ISO-8859-1 for "Élodie", which
    # they misread; the signature of the text is over its UTF-8 bytes).
    matrix = segno.make(text, error="m", mask=0, encoding="utf-8").matrix
    module = size / len(matrix)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 1) * module
        start = None
        for column, dark in enumerate((*row, 0)):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                path.rect(x + start * module, top, (column - start) * module, module)
                start = None
    canvas.drawPath(path, stroke=0, fill=1)


def metadata_of(pdf: bytes) -> tuple[str, str] | None:
    """The number and code written in a document's metadata, if it is one of ours."""
    found = METADATA.search(pdf)
    return (found.group(1).decode(), found.group(2).decode()) if found else None


def render(letterhead: Letterhead, stamp: Stamp, title: str, blocks: Sequence[Block],
           language: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Image
    from reportlab.platypus import Spacer
    from reportlab.platypus import Table

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14, spaceAfter=7)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=2)
    heading = ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=11.5,
                             spaceBefore=6)
    big = ParagraphStyle("big", parent=body, fontName=BOLD, fontSize=16, leading=20,
                         spaceBefore=10, spaceAfter=10)
    org = ParagraphStyle("org", parent=body, fontName=BOLD, fontSize=13, leading=16,
                         spaceAfter=2)

    rtl = Locale.parse(locale_name(language)).character_order == "right-to-left"
    # Words of the program (footer, marks) in the document's language, or in French for a
    # notice in a language the program's catalogue does not have.
    words = language if language in SUPPORTED_LANGUAGES else "fr"

    def text(value: object, style: Any, *, bold: bool = False) -> Any:
        """A paragraph in any script, with French spaces that do not break."""
        return paragraph(typeset(str(value), language), style, bold=bold, rtl=rtl)

    head_lines = [paragraph(letterhead.organization, org)]
    contact = " · ".join(part for part in (letterhead.address, letterhead.phone,
                                           letterhead.email) if part)
    if contact:
        head_lines.append(paragraph(contact, small))
    if letterhead.logo_png:
        logo = Image(io.BytesIO(letterhead.logo_png), width=2.4 * cm, height=2.4 * cm,
                     kind="proportional")
        header: Any = Table([[logo, head_lines]], colWidths=[2.8 * cm, 14.2 * cm])
        header.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story: list[Any] = [header]
    else:
        story = list(head_lines)
    story += [Spacer(1, 0.3 * cm), text(title, big),
              text(format_date(stamp.issued_on, language), body)]
    for block in blocks:
        if block[0] == "h":
            story.append(text(block[1], heading))
        elif block[0] == "p":
            story.append(text(block[1], body))
        elif block[0] == "table":
            _kind, head, rows, widths = block
            data = [[text(cell, small, bold=True) for cell in head]]
            data += [[text(cell, small) for cell in row] for row in rows]
            table = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
            table.setStyle(table_style([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [table, Spacer(1, 0.3 * cm)]
    story.append(Spacer(1, 0.8 * cm))
    if letterhead.signature_png:
        story.append(Image(io.BytesIO(letterhead.signature_png), width=4.5 * cm,
                           height=1.6 * cm, kind="proportional", hAlign="LEFT"))
    if letterhead.signer_name:
        story.append(paragraph(letterhead.signer_name, body))
    if letterhead.signer_title:  # the signature block reads as the letterhead does
        story.append(paragraph(typeset(letterhead.signer_title, words), small))

    qr_text = stamp.qr or f"CJEAPP {stamp.number} {stamp.code}"
    footer = gettext(N_("Document {number} · verification code {code}"), words).format(
        number=stamp.number, code=stamp.code)
    mark = (gettext(N_("COPY"), words) if stamp.copy else
            gettext(N_("PREVIEW"), words) if stamp.preview else "")
    if stamp.preview:
        footer = gettext(N_("Preview: the number and the code are given when it is issued."),
                         words)

    def decorate(canvas: Any, document: Any) -> None:
        dated(canvas, stamp.issued_on)
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.drawString(2 * cm, 1.4 * cm, footer)
        if not stamp.preview:
            draw_qr(canvas, qr_text, LETTER[0] - 4.3 * cm, 0.5 * cm, 2.3 * cm)
        if mark:
            canvas.setFont(BOLD, 60)
            canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.18))
            canvas.translate(LETTER[0] / 2, LETTER[1] / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, mark)
        canvas.restoreState()

    buffer = io.BytesIO()
    pdf_document(
        buffer, language, pagesize=LETTER, title=title, author=letterhead.organization,
        subject=f"cjeapp-doc:{stamp.number}:{stamp.code}", leftMargin=2.2 * cm,
        rightMargin=2.2 * cm, topMargin=1.8 * cm, bottomMargin=2.8 * cm, invariant=True,
    ).build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
