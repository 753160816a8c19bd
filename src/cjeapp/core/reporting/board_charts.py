"""The board's charts as vector drawings (ReportLab graphics: they stay sharp printed and
zoomed, and need no image library). Labels always fit: a long one is wrapped over up to
three lines; one longer still is shortened with « … » and given whole in a legend below."""

from __future__ import annotations

from dataclasses import dataclass

from cjeapp.core.locale_format import format_short_month
from cjeapp.core.reporting.board_figures import Section
from cjeapp.core.reporting.board_figures import Series
from cjeapp.core.reporting.board_values import charted
from cjeapp.core.reporting.board_values import shown
from cjeapp.core.writers.fonts import REGULAR
from cjeapp.core.writers.fonts import register_fonts
from cjeapp.core.writers.pdf_files import drawing as new_drawing

WIDTH = 470.0
LABEL_WIDTH = 170.0
FONT_SIZE = 7.0
MAX_LINES = 3
NOW_COLOUR, BEFORE_COLOUR = "#3d6fa5", "#b9c9dc"


@dataclass(frozen=True)
class FittedLabels:
    lines: list[list[str]]  # each label as the lines drawn
    legend: list[str]  # the full labels that had to be shortened ("1. …")


def fit_labels(labels: list[str], width: float = LABEL_WIDTH) -> FittedLabels:
    """Each label wrapped to ``width``; past three lines, cut with « … » and a note number
    whose full text goes to the legend."""
    from reportlab.lib.utils import simpleSplit

    register_fonts()
    fitted: list[list[str]] = []
    legend: list[str] = []
    for label in labels:
        lines = simpleSplit(label, REGULAR, FONT_SIZE, width) or [""]
        if len(lines) > MAX_LINES:
            legend.append(f"{len(legend) + 1}. {label}")
            mark = f" … ({len(legend)})"
            last = lines[MAX_LINES - 1]
            while last and _width(last + mark) > width:
                last = last[:-1]
            lines = [*lines[:MAX_LINES - 1], last.rstrip() + mark]
        fitted.append(lines)
    return FittedLabels(fitted, legend)


def _width(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, REGULAR, FONT_SIZE))


def bar_chart(section: Section, language: str, now: str, before: str) -> tuple[object, list[str]]:
    """Horizontal bars, this period and the year before, one pair per figure."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart

    fitted = fit_labels([figure.label for figure in section.figures])
    # A horizontal chart draws its first category at the bottom: reversed, they read down.
    figures = list(reversed(section.figures))
    lines = list(reversed(fitted.lines))
    heights = [max(22.0, len(label) * (FONT_SIZE + 1.5) + 8) for label in lines]
    height = sum(heights) + 40
    drawing = new_drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_WIDTH + 12, 30
    chart.width, chart.height = WIDTH - chart.x - 40, sum(heights)
    chart.data = [[charted(f.value or 0, f.kind, withheld=f.withheld) for f in figures],
                  [charted(f.previous or 0, f.kind, withheld=f.previous_withheld)
                   for f in figures]]
    chart.categoryAxis.categoryNames = ["\n".join(label) for label in lines]
    _style(chart, language)
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[shown(f.value, f.kind, language, withheld=f.withheld)
                            for f in figures],
                           [shown(f.previous, f.kind, language, withheld=f.previous_withheld)
                            for f in figures]]
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 6
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 2
    drawing.add(chart)
    drawing.add(_legend(now, before, 0))
    return drawing, fitted.legend


def month_chart(series: Series, language: str, now: str, before: str) -> object:
    """Vertical bars by month, this period beside the same months a year earlier."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart

    drawing = new_drawing(WIDTH, 190)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 50, WIDTH - 50, 120
    chart.data = [[charted(v, series.kind, withheld=i in series.withheld)
                   for i, v in enumerate(series.values)],
                  [charted(v, series.kind, withheld=i in series.previous_withheld)
                   for i, v in enumerate(series.previous)]]
    chart.categoryAxis.categoryNames = [format_short_month(m, language) for m in series.months]
    _style(chart, language)
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    drawing.add(chart)
    drawing.add(_legend(now, before, 0))
    return drawing


def _style(chart: object, language: str) -> None:
    from reportlab.lib import colors

    from cjeapp.core.locale_format import format_number

    axis, values = chart.categoryAxis, chart.valueAxis  # type: ignore[attr-defined]
    axis.labels.fontName, axis.labels.fontSize = REGULAR, FONT_SIZE
    values.labels.fontName, values.labels.fontSize = REGULAR, FONT_SIZE
    values.valueMin = 0
    top = max([max(row) for row in chart.data] + [1.0])  # type: ignore[attr-defined]
    values.valueMax = top * 1.15
    values.labelTextFormat = lambda value: format_number(round(value), language)
    chart.bars[0].fillColor = colors.HexColor(NOW_COLOUR)  # type: ignore[attr-defined]
    chart.bars[1].fillColor = colors.HexColor(BEFORE_COLOUR)  # type: ignore[attr-defined]


def _legend(now: str, before: str, y: float) -> object:
    from reportlab.graphics.charts.legends import Legend
    from reportlab.lib import colors

    legend = Legend()
    legend.x, legend.y = LABEL_WIDTH + 12, y + 10
    legend.fontName, legend.fontSize = REGULAR, FONT_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(colors.HexColor(NOW_COLOUR), now),
                             (colors.HexColor(BEFORE_COLOUR), before)]
    return legend
