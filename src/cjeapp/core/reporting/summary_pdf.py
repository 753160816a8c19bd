"""The board's summary of a package: key figures and bar charts (ReportLab graphics)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from cjeapp.core.i18n import N_, gettext
from cjeapp.core.locale_format import format_date, format_number
from cjeapp.core.reporting.aggregates import AggregateRow
from cjeapp.core.reporting.profile import Profile
from cjeapp.core.writers.fonts import BOLD, REGULAR, register_fonts

CHARTS = (("people_by_month", N_("People served per month")),
          ("people_by_volet", N_("People served by PASI volet")),
          ("people_by_category", N_("People served by immigration category")),
          ("people_by_age_band", N_("People served by age band")),
          ("hours_by_volet", N_("Hours of service by PASI volet")),
          ("transport_decisions", N_("Transport requests by decision")),
          ("housing_outcomes", N_("Housing searches by outcome")))


def _bar_chart(rows: list[AggregateRow]) -> object:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    labels = [" / ".join(row.group) or "—" for row in rows]
    values = [float(row.value) if row.value else 0.0 for row in rows]
    height = 24 + 16 * len(rows)
    drawing = Drawing(440, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 10, 270, height - 20
    chart.data = [values]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#3d6fa5")
    drawing.add(chart)
    return drawing


def summary_pdf(organization: str, profile: Profile, first: date, last: date,
                counts: dict[str, int], aggregates: Sequence[AggregateRow],
                language: str | None = None) -> bytes:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

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
        Paragraph(escape(gettext(N_("From {first} to {last} · profile {version}"),
                                 language).format(first=format_date(first, language),
                                                  last=format_date(last, language),
                                                  version=profile.version)), body),
        Spacer(1, 0.3 * cm), Paragraph(t(N_("Rows in the package")), heading)]
    for table, count in counts.items():
        story.append(Paragraph(f"{escape(table)} : {format_number(count, language)}", body))
    for name, caption in CHARTS:
        rows = [row for row in aggregates if row.aggregate == name]
        if rows:
            story += [Paragraph(t(caption), heading), _bar_chart(rows)]
    suppressed = sum(1 for row in aggregates if row.suppressed)
    if suppressed:
        story.append(Paragraph(escape(gettext(N_(
            "{count} cells under the threshold are left blank to protect privacy."),
            language).format(count=suppressed)), body))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER, title=gettext(N_("Report to the funder"),
                                                             language),
                      author=organization, leftMargin=2 * cm, rightMargin=2 * cm,
                      topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                      invariant=True).build(story)
    return buffer.getvalue()
