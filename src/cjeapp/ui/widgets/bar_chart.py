"""A horizontal bar chart drawn with QPainter: each row's label, its bar for the period and a
thinner, hatched bar for the same period a year earlier (told apart by shape, not by colour
alone), and the figures in words beside them. A screen reader reads the chart's title as its
name and every row's figures as its description.

Drawn by hand rather than with Qt Charts: the program ships PySide6-Essentials, and Qt
Charts comes only with the much larger add-ons for a few bars."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import QMouseEvent
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

NOW = QColor("#1c5a96")  # 7.1:1 on white, as the selection
BEFORE = QColor("#5b6b7d")
INK = QColor("#1f2933")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value in words (« 1 234 », « 12,5 h »)
    before: float | None = None
    before_text: str = ""


class BarChart(QWidget):
    """``bar_clicked`` gives the row clicked, once ``clickable`` (a pointing hand shows it)."""

    bar_clicked = Signal(int)
    ROW = 34
    LABEL_SHARE = 0.38

    def __init__(self, title: str, before: str, parent: QWidget | None = None) -> None:
        """``before``: how a year-before figure is said, with %1 for it (« l'an dernier :
        %1 »)."""
        super().__init__(parent)
        self.title = title
        self.before = before
        self.bars: list[Bar] = []
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clickable = False

    def set_clickable(self, hint: str) -> None:
        """Bars open something when clicked; ``hint`` says what (a tooltip)."""
        self.clickable = True
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(hint)

    def row_at(self, y: float) -> int | None:
        top = QFontMetrics(self.font()).height() + 12
        row = int((y - top) // self.ROW)
        return row if y >= top and 0 <= row < len(self.bars) else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().y())
        if self.clickable and event.button() == Qt.MouseButton.LeftButton and row is not None:
            self.bar_clicked.emit(row)
        super().mouseReleaseEvent(event)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(
            f"{bar.label}, {bar.text}" + (
                f" ({self.before.replace('%1', bar.before_text)})"
                if bar.before is not None else "")
            for bar in self.bars))
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(480, metrics.height() + 12 + max(1, len(self.bars)) * self.ROW)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        width = self.width()
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(INK)
        painter.drawText(QRectF(0, 0, width, metrics.height() + 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.title)
        painter.setFont(self.font())
        top = metrics.height() + 12
        label_width = width * self.LABEL_SHARE
        figures = max((metrics.horizontalAdvance(bar.text) for bar in self.bars), default=0)
        area = max(20.0, width - label_width - figures - 16)
        largest = max([bar.value for bar in self.bars]
                      + [bar.before or 0 for bar in self.bars] + [1])
        for index, bar in enumerate(self.bars):
            y = top + index * self.ROW
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle,
                                       int(label_width - 8))
            painter.setPen(INK)
            painter.drawText(QRectF(0, y, label_width - 8, self.ROW - 10),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            length = area * bar.value / largest
            painter.fillRect(QRectF(label_width, y + 2, length, self.ROW - 18), NOW)
            painter.drawText(QRectF(label_width + length + 6, y, figures + 8, self.ROW - 14),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             bar.text)
            if bar.before is not None:
                before = area * bar.before / largest
                painter.setPen(QPen(BEFORE, 1))
                painter.setBrush(QBrush(BEFORE, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(QRectF(label_width, y + self.ROW - 15, before, 6))
                small = self.font()
                small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
                painter.setFont(small)
                painter.drawText(QRectF(label_width + before + 6, y + self.ROW - 19,
                                        width - label_width - before - 6, 14),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 self.before.replace("%1", bar.before_text))
                painter.setFont(self.font())
        painter.end()
