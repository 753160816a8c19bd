"""The notice given when personal information is collected (Law 25), in French or English."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from cjeapp.core.documents.fonts import BOLD, REGULAR, register_fonts
from cjeapp.core.i18n import N_, gettext
from cjeapp.core.locale_format import format_date

TITLE = N_("Notice at collection of personal information")
PARAGRAPHS = (
    N_("What we collect: your identity and contact details, your immigration situation, "
       "your languages, your household, your needs and the services we give you."),
    N_("Why: to welcome you, assess your needs, build your action plan with you, refer you to "
       "partners when you agree, and report to our funder (MIFI) what the law and your "
       "consent allow."),
    N_("Who sees it: only the staff who serve you. Reception staff do not read your "
       "counsellor's confidential notes. Nothing is shared with a partner without your "
       "consent."),
    N_("Your rights: you may see your file, ask for corrections, receive a copy in a common "
       "format, and withdraw a consent at any time."),
)


@dataclass(frozen=True)
class NoticeContent:
    organization: str
    organization_address: str | None
    person_name: str
    officer_name: str
    officer_title: str
    officer_contact: str
    number: str
    verification_code: str
    issued_on: date
    language: str


def render(content: NoticeContent) -> bytes:
    """The notice as PDF bytes (one page, embedded font)."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    register_fonts()
    lang = content.language
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14, spaceAfter=8)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=19,
                           spaceAfter=12)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)

    def t(text: str) -> str:
        return escape(gettext(text, lang))

    story = [
        Paragraph(escape(content.organization), title),
        Paragraph(escape(content.organization_address or ""), small),
        Spacer(1, 0.4 * cm),
        Paragraph(t(TITLE), title),
        Paragraph(escape(gettext(N_("For: {name}"), lang).format(name=content.person_name)),
                  body),
        Paragraph(escape(format_date(content.issued_on, lang)), body),
    ]
    story += [Paragraph(t(paragraph), body) for paragraph in PARAGRAPHS]
    officer = gettext(N_("Person in charge of the protection of personal information: "
                         "{name}, {title}. Contact: {contact}."), lang).format(
        name=content.officer_name, title=content.officer_title, contact=content.officer_contact)
    story.append(Paragraph(escape(officer), body))
    story.append(Spacer(1, 0.6 * cm))
    story.append(Paragraph(escape(gettext(
        N_("Document {number} · verification code {code}"), lang).format(
        number=content.number, code=content.verification_code)), small))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=LETTER, title=gettext(TITLE, lang),
                                 author=content.organization, leftMargin=2.2 * cm,
                                 rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                                 invariant=True)
    document.build(story)
    return buffer.getvalue()
