"""Appointments as a table, coloured by kind, the place shown by colour and text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont

from cjeapp.core.agenda.appointments import AppointmentRow
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.codelists import codelist
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_time
from cjeapp.ui.models.row_table import Index
from cjeapp.ui.models.row_table import RowTableModel

KIND_COLOURS = {"welcome": "#cfe5ff", "needs_assessment": "#ffe0b3", "follow_up": "#d5f2cc",
                "transport": "#efd3f5", "workshop": "#fff1a6"}
CANCELLED_INK = "#5c5c5c"  # struck out, and said in the status: 4.9:1 on every ground
PLACE_COLOURS = {"office": "#1a1a1a", "point_of_service": "#0b5394", "phone": "#7a4f00",
                 "video": "#00695c"}
STATUS = {
    "booked": QT_TRANSLATE_NOOP("AppointmentStatus", "Booked"),
    "attended": QT_TRANSLATE_NOOP("AppointmentStatus", "Attended"),
    "no_show": QT_TRANSLATE_NOOP("AppointmentStatus", "No-show"),
    "cancelled": QT_TRANSLATE_NOOP("AppointmentStatus", "Cancelled"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("AgendaColumns", "Day"),
    QT_TRANSLATE_NOOP("AgendaColumns", "Time"),
    QT_TRANSLATE_NOOP("AgendaColumns", "Person"),
    QT_TRANSLATE_NOOP("AgendaColumns", "Counsellor"),
    QT_TRANSLATE_NOOP("AgendaColumns", "Kind"),
    QT_TRANSLATE_NOOP("AgendaColumns", "Place"),
    QT_TRANSLATE_NOOP("AgendaColumns", "Status"),
)


class AgendaModel(RowTableModel[AppointmentRow]):
    CONTEXT = "AgendaColumns"
    COLUMNS = COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == 4:
            return QBrush(QColor(KIND_COLOURS.get(row.kind, "#eeeeee")))
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "cancelled":
                return QBrush(QColor(CANCELLED_INK))
            if column == 6 and row.status == "no_show":
                return QBrush(QColor("#b00020"))
            if column == 5:
                return QBrush(QColor(PLACE_COLOURS.get(row.place, "#1a1a1a")))
        if role == Qt.ItemDataRole.FontRole and row.status == "cancelled":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.cancel_reason:
            return row.cancel_reason
        return None

    @staticmethod
    def _text(row: AppointmentRow, column: int) -> str:
        if column == 0:
            return format_date(row.starts_at.astimezone(LOCAL_ZONE).date(), style="medium")
        if column == 1:
            return f"{format_time(row.starts_at)} – {format_time(row.ends_at)}"
        if column == 2:
            return row.client_name
        if column == 3:
            return row.counsellor_name
        if column == 4:
            return codelist("appointment_kinds").label(row.kind)
        if column == 5:
            return codelist("appointment_places").label(row.place)
        return QCoreApplication.translate("AppointmentStatus", str(STATUS.get(row.status, "")))
