"""The board's summary of a package: key figures and bar charts (ReportLab graphics)."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from cjeapp.core.codelists import codelist
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import current_language
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import ngettext
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_month
from cjeapp.core.locale_format import format_number
from cjeapp.core.reporting.aggregates import AggregateRow
from cjeapp.core.reporting.profile import Column
from cjeapp.core.reporting.profile import Profile
from cjeapp.core.typography import typeset
from cjeapp.core.writers.fonts import BOLD
from cjeapp.core.writers.fonts import REGULAR
from cjeapp.core.writers.fonts import register_fonts
from cjeapp.core.writers.pdf_files import drawing as new_drawing
from cjeapp.core.writers.pdf_files import pdf_document

CHARTS = (("people_by_month", N_("People served per month")),
          ("people_by_volet", N_("People served by PASI volet")),
          ("people_by_category", N_("People served by immigration category")),
          ("people_by_age_band", N_("People served by age band")),
          ("hours_by_volet", N_("Hours of service by PASI volet")),
          ("transport_decisions", N_("Transport requests by decision")),
          ("housing_outcomes", N_("Housing searches by outcome")))


# Values that are no code of a list.
SPECIAL = {"undecided": N_("Not decided yet"), "": N_("Not given")}
MONTH = re.compile(r"(\d{4})-(\d{2})")


def _columns_by_name(profile: Profile) -> dict[tuple[str, str], Column]:
    return {(table.name, column.name): column
            for table in profile.tables for column in table.columns}


def value_label(profile: Profile, column: Column | None, value: str, language: str) -> str:
    """What a person calls a value of the package: the name in the program's code list
    (through the funder's code and the column's prefix), a month by its name."""
    if column is not None:
        if column.prefix and value.startswith(column.prefix):
            value = value[len(column.prefix):]
        if column.codes:
            ours = {funder: code for code, funder in profile.codes[column.codes].items()}
            value = ours.get(value, value)
        if column.labels:
            entry = codelist(column.labels).get(value)
            if entry is not None:
                return entry.label(language)
    if value in SPECIAL:
        return gettext(SPECIAL[value], language)
    month = MONTH.fullmatch(value)
    if month:
        return format_month(date(int(month[1]), int(month[2]), 1), language)
    return value


def _bar_chart(labels: list[str], rows: list[AggregateRow], language: str
               ) -> tuple[object, list[str]]:
    """The bars and, for labels too long even on three lines, their full text (a legend):
    labels are wrapped, never cut."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.lib import colors

    from cjeapp.core.reporting.board_charts import LABEL_WIDTH
    from cjeapp.core.reporting.board_charts import fit_labels

    fitted = fit_labels(labels)
    # A horizontal chart draws its first category at the bottom: reversed, the rows read
    # from the top in their order (months from the first).
    lines = list(reversed(fitted.lines))
    values = [float(row.value) if row.value is not None else 0.0 for row in reversed(rows)]
    heights = [max(16.0, len(label) * 8.5 + 6) for label in lines]
    height = 20 + sum(heights)
    drawing = new_drawing(440, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = LABEL_WIDTH + 12, 10, 440 - LABEL_WIDTH - 22, \
        sum(heights)
    chart.data = [values]
    chart.categoryAxis.categoryNames = ["\n".join(label) for label in lines]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*values, 1.0])  # all suppressed: an axis of 0 to 1
    chart.valueAxis.labelTextFormat = lambda value: format_number(value, language)
    chart.bars[0].fillColor = colors.HexColor("#3d6fa5")
    drawing.add(chart)
    return drawing, fitted.legend


def summary_pdf(organization: str, profile: Profile, first: date, last: date,
                counts: dict[str, int], aggregates: Sequence[AggregateRow],
                language: str | None = None) -> bytes:
    language = language or current_language()
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether
    from reportlab.platypus import Paragraph
    from reportlab.platypus import Spacer

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13)
    heading = ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=11.5,
                             spaceBefore=10, spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16, leading=20)

    def t(text: str) -> str:
        return escape(gettext(text, language))

    story: list[object] = [
        Paragraph(escape(organization), body),
        Paragraph(t(N_("Report to the funder")) + f" — {escape(profile.name)}", title),
        Paragraph(escape(typeset(gettext(N_("From {first} to {last} · profile {version}"),
                                         language).format(first=format_date(first, language),
                                                          last=format_date(last, language),
                                                          version=profile.version),
                                 language)), body),
        Spacer(1, 0.3 * cm)]
    lines = [Paragraph(t(N_("Rows in the package")), heading)]
    for name, count in counts.items():
        lines.append(Paragraph(escape(typeset(gettext(N_("{table}: {count} rows"), language).format(
            table=profile.table(name).title(language),
            count=format_number(count, language)), language)), body))
    story.append(KeepTogether(lines))
    columns = _columns_by_name(profile)
    declared = {aggregate.name: aggregate for aggregate in profile.aggregates}
    for name, caption in CHARTS:
        rows = [row for row in aggregates if row.aggregate == name]
        if not rows or name not in declared:
            continue
        aggregate = declared[name]
        column = (columns.get((aggregate.table, aggregate.group_by[0]))
                  if len(aggregate.group_by) == 1 else None)
        labels = [" / ".join(value_label(profile, column, value, language)
                             for value in row.group) or "—" for row in rows]
        # A heading stays on the page of its chart.
        drawing, legend = _bar_chart(labels, rows, language)
        story.append(KeepTogether([Paragraph(t(caption), heading), drawing,
                                   *[Paragraph(escape(line), body) for line in legend]]))
    suppressed = sum(1 for row in aggregates if row.suppressed)
    if suppressed:
        story.append(Paragraph(escape(ngettext(
            "{count} cell under the threshold is left blank to protect privacy.",
            "{count} cells under the threshold are left blank to protect privacy.",
            suppressed, language).format(count=format_number(suppressed, language))), body))
    buffer = io.BytesIO()
    pdf_document(buffer, language, pagesize=LETTER, title=gettext(N_("Report to the funder"),
                                                             language),
                      author=organization, leftMargin=2 * cm, rightMargin=2 * cm,
                      topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                      invariant=True).build(story)
    return buffer.getvalue()
