"""The individualized action plan as a PDF the person keeps, in French or English."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cjeapp.core.codelists import codelist
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.locale_format import format_date
from cjeapp.core.titles import TitleForm
from cjeapp.core.titles import counsellor_signature
from cjeapp.core.titles import counsellor_title
from cjeapp.core.typography import typeset
from cjeapp.core.writers.fonts import BOLD
from cjeapp.core.writers.fonts import REGULAR
from cjeapp.core.writers.fonts import register_fonts
from cjeapp.core.writers.pdf_files import pdf_document
from cjeapp.core.writers.pdf_files import table_style
from cjeapp.core.writers.scripts import paragraph


@dataclass(frozen=True)
class PlanLine:
    area: str
    goal: str
    actions: str | None
    responsible: str | None
    target_date: date | None
    status: str


def render_plan(lines: Sequence[PlanLine], *, organization: str, person: str,
                counsellor: str, started_on: date, revision: int, printed_on: date,
                language: str, counsellor_form: TitleForm = TitleForm.INCLUSIVE,
                own_script_name: str | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Spacer
    from reportlab.platypus import Table

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12)
    heading = ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=12, leading=16,
                             spaceBefore=10, spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=19)

    def t(text: str) -> str:
        return gettext(text, language)

    story = [paragraph(organization, body),
             paragraph(t(N_("Individualized action plan")), title),
             paragraph(typeset(gettext(N_("For: {name}"), language).format(
                 name=person), language), body),
             *([paragraph(typeset(gettext(N_("Name in the person's own script: {name}"),
                                          language).format(name=own_script_name), language),
                          body)] if own_script_name else []),
             paragraph(typeset(gettext(
                 N_("{title}: {name} · plan started {date} · revision {revision}"),
                 language).format(title=counsellor_title(counsellor_form, language),
                                  name=counsellor, date=format_date(started_on, language),
                                  revision=revision), language), body),
             Spacer(1, 0.3 * cm)]
    areas = codelist("plan_areas")
    statuses = codelist("plan_item_statuses")
    for area in areas.values():
        mine = [line for line in lines if line.area == area]
        story.append(paragraph(areas.label(area, language), heading))
        if not mine:
            story.append(paragraph(t(N_("Nothing planned in this area.")), body))
            continue
        rows = [[paragraph(t(label), body, bold=True) for label in
                 (N_("Goal"), N_("Actions"), N_("Who"), N_("By"), N_("Status"))]]
        for line in mine:
            rows.append([paragraph(line.goal, body),
                         paragraph(line.actions or "", body),
                         paragraph(line.responsible or "", body),
                         paragraph(format_date(line.target_date, language, style="medium")
                                   if line.target_date else "", body),
                         paragraph(statuses.label(line.status, language), body)])
        table = Table(rows, colWidths=[5 * cm, 5 * cm, 2.6 * cm, 2.4 * cm, 2.4 * cm],
                      repeatRows=1)
        table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    story += [Spacer(1, 1 * cm),
              paragraph(gettext(N_("Printed on {date}"), language).format(
                  date=format_date(printed_on, language)), body),
              Spacer(1, 0.8 * cm),
              paragraph(typeset(gettext(N_(
                  "Signature of the person: {line}     {signature}: {line}"),
                  language).format(line="____________________",
                                   signature=counsellor_signature(counsellor_form, language)),
                  language), body)]
    buffer = io.BytesIO()
    pdf_document(buffer, language, pagesize=LETTER, title=gettext(N_("Individualized action plan"),
                                                             language),
                      author=organization, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                      topMargin=1.8 * cm, bottomMargin=1.8 * cm, invariant=True).build(story)
    return buffer.getvalue()
