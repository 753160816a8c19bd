"""Small icons drawn with QPainter, so they need no image files and stay sharp at any
scaling: the calendar button of date fields."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QIcon
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPainterPath
from PySide6.QtGui import QPen
from PySide6.QtGui import QPixmap


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


_INK = "#3b4a5e"


def _canvas(size: int) -> tuple[QPixmap, QPainter, float]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    painter.setPen(QPen(QColor(_INK), 1.4 * unit, Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    return pixmap, painter, unit


def _person(painter: QPainter, unit: float, x: float, y: float, scale: float = 1.0) -> None:
    painter.drawEllipse(QRectF((x - 2.2 * scale) * unit, y * unit, 4.4 * scale * unit,
                               4.4 * scale * unit))
    painter.drawArc(QRectF((x - 4.5 * scale) * unit, (y + 5.5 * scale) * unit,
                           9 * scale * unit, 8 * scale * unit), 0, 180 * 16)


@cache
def section_icon(key: str, size: int = 32) -> QIcon:
    """The navigation's icon for a section (a plain drawing in one ink)."""
    if key == "agenda":
        return calendar_icon(size)
    pixmap, p, u = _canvas(size)
    if key == "today":  # a sun over the horizon
        p.drawEllipse(QRectF(5 * u, 5 * u, 6 * u, 6 * u))
        for x1, y1, x2, y2 in ((8, 1, 8, 3), (8, 13, 8, 15), (1, 8, 3, 8), (13, 8, 15, 8),
                               (3, 3, 4.4, 4.4), (11.6, 11.6, 13, 13), (13, 3, 11.6, 4.4),
                               (3, 13, 4.4, 11.6)):
            p.drawLine(QPointF(x1 * u, y1 * u), QPointF(x2 * u, y2 * u))
    elif key == "desk":  # a person at a counter
        _person(p, u, 8, 1.5, 0.85)
        p.drawLine(QPointF(1.5 * u, 13.5 * u), QPointF(14.5 * u, 13.5 * u))
    elif key == "clients":  # two people
        _person(p, u, 5.5, 3, 0.8)
        _person(p, u, 11, 2, 0.85)
    elif key == "reminders":  # a telephone handset
        path = QPainterPath(QPointF(4 * u, 2 * u))
        path.cubicTo(QPointF(1 * u, 4 * u), QPointF(3 * u, 10 * u), QPointF(6 * u, 12.5 * u))
        path.cubicTo(QPointF(8.5 * u, 14.5 * u), QPointF(12 * u, 15 * u), QPointF(14 * u, 12 * u))
        p.drawPath(path)
        p.drawLine(QPointF(4 * u, 2 * u), QPointF(6.5 * u, 5 * u))
        p.drawLine(QPointF(6.5 * u, 5 * u), QPointF(5 * u, 7 * u))
        p.drawLine(QPointF(14 * u, 12 * u), QPointF(11 * u, 9.5 * u))
        p.drawLine(QPointF(11 * u, 9.5 * u), QPointF(9 * u, 11 * u))
    elif key == "followups":  # a clock
        p.drawEllipse(QRectF(2 * u, 2 * u, 12 * u, 12 * u))
        p.drawLine(QPointF(8 * u, 8 * u), QPointF(8 * u, 4.5 * u))
        p.drawLine(QPointF(8 * u, 8 * u), QPointF(10.8 * u, 9.6 * u))
    elif key == "transport":  # a car
        p.drawRoundedRect(QRectF(1.5 * u, 7 * u, 13 * u, 4.5 * u), u, u)
        p.drawLine(QPointF(4 * u, 7 * u), QPointF(5.5 * u, 4 * u))
        p.drawLine(QPointF(5.5 * u, 4 * u), QPointF(10.5 * u, 4 * u))
        p.drawLine(QPointF(10.5 * u, 4 * u), QPointF(12 * u, 7 * u))
        p.drawEllipse(QRectF(3.5 * u, 11 * u, 2.6 * u, 2.6 * u))
        p.drawEllipse(QRectF(10 * u, 11 * u, 2.6 * u, 2.6 * u))
    elif key == "partners":  # two linked rings
        p.drawEllipse(QRectF(1.5 * u, 4 * u, 8 * u, 8 * u))
        p.drawEllipse(QRectF(6.5 * u, 4 * u, 8 * u, 8 * u))
    elif key == "activities":  # a group of three
        _person(p, u, 3.8, 5, 0.6)
        _person(p, u, 12.2, 5, 0.6)
        _person(p, u, 8, 2.5, 0.8)
    elif key == "reports":  # a bar chart
        for x, top in ((3, 9), (7, 5), (11, 2)):
            p.drawRect(QRectF(x * u, top * u, 2.5 * u, (13.5 - top) * u))
        p.drawLine(QPointF(1.5 * u, 14 * u), QPointF(14.5 * u, 14 * u))
    elif key == "board":  # a rising line over a frame
        p.drawRect(QRectF(1.5 * u, 2 * u, 13 * u, 12 * u))
        p.drawPolyline([QPointF(3.5 * u, 11.5 * u), QPointF(6.5 * u, 8 * u),
                        QPointF(9 * u, 9.5 * u), QPointF(12.5 * u, 4.5 * u)])
    elif key == "exchange":  # two arrows, one each way
        p.drawLine(QPointF(2 * u, 5 * u), QPointF(13 * u, 5 * u))
        p.drawLine(QPointF(10 * u, 2.5 * u), QPointF(13 * u, 5 * u))
        p.drawLine(QPointF(14 * u, 11 * u), QPointF(3 * u, 11 * u))
        p.drawLine(QPointF(6 * u, 13.5 * u), QPointF(3 * u, 11 * u))
    elif key == "imports":  # an arrow into a tray
        p.drawLine(QPointF(8 * u, 1.5 * u), QPointF(8 * u, 9.5 * u))
        p.drawLine(QPointF(5 * u, 6.5 * u), QPointF(8 * u, 9.5 * u))
        p.drawLine(QPointF(11 * u, 6.5 * u), QPointF(8 * u, 9.5 * u))
        p.drawPolyline([QPointF(2 * u, 9 * u), QPointF(2 * u, 14 * u),
                        QPointF(14 * u, 14 * u), QPointF(14 * u, 9 * u)])
    elif key == "privacy":  # a padlock
        p.drawRoundedRect(QRectF(3 * u, 7 * u, 10 * u, 7.5 * u), u, u)
        p.drawArc(QRectF(5 * u, 2 * u, 6 * u, 9 * u), 0, 180 * 16)
        p.drawLine(QPointF(8 * u, 10 * u), QPointF(8 * u, 12 * u))
    elif key == "settings":  # a gear
        p.drawEllipse(QRectF(5 * u, 5 * u, 6 * u, 6 * u))
        for x1, y1, x2, y2 in ((8, 1.5, 8, 4), (8, 12, 8, 14.5), (1.5, 8, 4, 8),
                               (12, 8, 14.5, 8), (3.4, 3.4, 5, 5), (11, 11, 12.6, 12.6),
                               (12.6, 3.4, 11, 5), (3.4, 12.6, 5, 11)):
            p.drawLine(QPointF(x1 * u, y1 * u), QPointF(x2 * u, y2 * u))
    p.end()
    return QIcon(pixmap)
