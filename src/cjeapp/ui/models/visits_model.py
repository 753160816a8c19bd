"""Today's walk-ins with live waiting and visit times."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor

from cjeapp.core import clock
from cjeapp.core.locale_format import format_time
from cjeapp.core.reception.visits import CLOSED
from cjeapp.core.reception.visits import IN_PROGRESS
from cjeapp.core.reception.visits import LEFT
from cjeapp.core.reception.visits import WAITING
from cjeapp.core.reception.visits import VisitRow
from cjeapp.ui.models import tones
from cjeapp.ui.models.row_table import Index
from cjeapp.ui.models.row_table import RowTableModel
from cjeapp.ui.models.tones import Tone

COLUMNS = (
    QT_TRANSLATE_NOOP("VisitColumns", "Person"),
    QT_TRANSLATE_NOOP("VisitColumns", "Reason"),
    QT_TRANSLATE_NOOP("VisitColumns", "Arrived"),
    QT_TRANSLATE_NOOP("VisitColumns", "Waited"),
    QT_TRANSLATE_NOOP("VisitColumns", "With"),
    QT_TRANSLATE_NOOP("VisitColumns", "Visit length"),
    QT_TRANSLATE_NOOP("VisitColumns", "Status"),
)
STATUS = {
    WAITING: QT_TRANSLATE_NOOP("VisitStatus", "Waiting"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("VisitStatus", "With a counsellor"),
    CLOSED: QT_TRANSLATE_NOOP("VisitStatus", "Done"),
    LEFT: QT_TRANSLATE_NOOP("VisitStatus", "Left without being seen"),
}

VISIT_TONES = {WAITING: Tone.WARN, IN_PROGRESS: Tone.INFO, CLOSED: Tone.GOOD, LEFT: Tone.BAD}


def minutes_text(span: timedelta | None) -> str:
    if span is None:
        return ""
    minutes = max(int(span.total_seconds() // 60), 0)
    if minutes < 60:
        return QCoreApplication.translate("Duration", "%1 min").replace("%1", str(minutes))
    return QCoreApplication.translate("Duration", "%1 h %2").replace(
        "%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}")


class VisitsModel(RowTableModel[VisitRow]):
    CONTEXT = "VisitColumns"
    COLUMNS = COLUMNS

    def tick(self) -> None:
        """Refresh the live times without reloading."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self.rows) - 1, 5))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            now = clock.now()
            column = index.column()
            if column == 0:
                return row.client_name
            if column == 1:
                return row.reason
            if column == 2:
                return format_time(row.arrived_at)
            if column == 3:
                return minutes_text(row.waited(now)) if row.status != LEFT else ""
            if column == 4:
                return row.counsellor or ""
            if column == 5:
                return minutes_text(row.duration(now))
            return QCoreApplication.translate("VisitStatus", str(STATUS.get(row.status, "")))
        if index.column() == len(COLUMNS) - 1 and row.status in VISIT_TONES \
                and (style := tones.styled(VISIT_TONES[row.status], role)) is not None:
            return style
        if role == Qt.ItemDataRole.ForegroundRole and row.status in (CLOSED, LEFT):
            return QBrush(QColor("#666666"))
        return None
