"""Small icons drawn with QPainter, so they need no image files and stay sharp at any
scaling: the calendar button of date fields."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


@cache
def calendar_icon(size: int = 32) -> QIcon:
    """A page of a wall calendar: a coloured top band, two rings, a grid of days."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    page = QRectF(1.5 * unit, 2.5 * unit, 13 * unit, 12 * unit)
    painter.setPen(QPen(QColor("#4a5563"), unit))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(page, unit, unit)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2f6db5"))
    painter.drawRect(QRectF(page.left() + unit / 2, page.top() + unit / 2,
                            page.width() - unit, 3 * unit))
    painter.setBrush(QColor("#4a5563"))
    for x in (4.5, 10.5):
        painter.drawRoundedRect(QRectF(x * unit, 1 * unit, 1.2 * unit, 3 * unit),
                                unit / 2, unit / 2)
    for row in range(3):
        for column in range(4):
            painter.drawRect(QRectF((3.3 + column * 2.6) * unit, (7.3 + row * 2.3) * unit,
                                    1.5 * unit, 1.3 * unit))
    painter.end()
    return QIcon(pixmap)
