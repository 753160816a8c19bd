"""The appointment slip on paper: half a letter page of large type, one language or two
side by side."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING
from typing import Any

from cjeapp.core import clock
from cjeapp.core.agenda.slip_texts import slip_text
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_time
from cjeapp.core.locale_format import language_name
from cjeapp.core.typography import unbroken
from cjeapp.core.writers.fonts import BOLD
from cjeapp.core.writers.fonts import REGULAR
from cjeapp.core.writers.fonts import register_fonts
from cjeapp.core.writers.pdf_dates import dated
from cjeapp.core.writers.pdf_files import pdf_document
from cjeapp.core.writers.pdf_files import table_style
from cjeapp.core.writers.scripts import paragraph

if TYPE_CHECKING:
    from cjeapp.core.agenda.slip import SlipFacts


def _column(facts: SlipFacts, language: str, styles: dict[str, Any]) -> list[Any]:
    """The slip's paragraphs in one language."""
    from reportlab.platypus import Spacer

    text = slip_text(language)
    rtl = text.rtl

    def p(words: str, style: str = "body", bold: bool = False) -> Any:
        return paragraph(words, styles[style], bold=bold, rtl=rtl)

    local_day = facts.starts_at.astimezone(LOCAL_ZONE).date()
    when = text["when"].format(
        date=format_date(local_day, language, style="full"),
        start=unbroken(format_time(facts.starts_at, language)),
        end=unbroken(format_time(facts.ends_at, language)))
    if facts.place == "phone":
        where = [text["by_phone"]]
    elif facts.place == "video":
        where = [text["by_video"]]
    else:
        where = list(facts.office_lines)
    story: list[Any] = [p(text["title"], "title"), p(text["for"].format(name=facts.person)),
                        Spacer(1, 8), p(text["when_label"], "label"), p(when, "large"),
                        p(text["where_label"], "label")]
    story += [p(line) for line in where]
    if facts.counsellor:
        story += [p(text["with_label"], "label"), p(facts.counsellor)]
    story += [p(text["bring_label"], "label")]
    story += [p("• " + item) for item in text.bring]
    if facts.interpreter:
        story += [Spacer(1, 6), p(text["interpreter"].format(
            language=language_name(facts.interpreter, language)), bold=True)]
    story += [Spacer(1, 6), p(text["change"].format(phone=unbroken(facts.phone))
                              if facts.phone else text["change_no_phone"], "small")]
    return story


def render_slip(facts: SlipFacts, languages: list[str]) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Table

    register_fonts()
    two = len(languages) > 1
    size = 11 if two else 13
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=size, leading=size * 1.3)
    styles = {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=size - 2,
                                leading=(size - 2) * 1.3),
        "large": ParagraphStyle("large", parent=body, fontName=BOLD, fontSize=size + 2,
                                leading=(size + 2) * 1.3),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD, fontSize=size - 2,
                                leading=(size - 2) * 1.3, spaceBefore=6,
                                textColor=colors.HexColor("#1f3b5a")),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=size + 6,
                                leading=(size + 6) * 1.25, spaceAfter=4),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=size),
    }
    width = LETTER[0] - 3.6 * cm
    story: list[Any] = [paragraph(facts.organization, styles["head"]), *([
        paragraph(unbroken(facts.phone), styles["small"])] if facts.phone else [])]
    if two:
        columns = [_column(facts, language, styles) for language in languages]
        table = Table([columns], colWidths=[width / 2] * 2)
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEAFTER", (0, 0), (0, 0), 0.5, colors.grey),
            ("LEFTPADDING", (1, 0), (1, 0), 14), ("RIGHTPADDING", (0, 0), (0, 0), 14)]))
        story.append(table)
    else:
        story += _column(facts, languages[0], styles)
    buffer = io.BytesIO()
    title = " / ".join(slip_text(language)["title"] for language in languages)
    pdf_document(buffer, languages[0], pagesize=LETTER, title=title,
                 author=facts.organization, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                      topMargin=1.6 * cm, bottomMargin=1.6 * cm, invariant=True).build(
        story, onFirstPage=lambda canvas, _doc: dated(canvas, clock.today()))
    return buffer.getvalue()
