"""The follow-ups board as a table: overdue in red, due today in bold."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont

from cjeapp.core import clock
from cjeapp.core.agenda.followups import FollowUp
from cjeapp.core.agenda.followups import FollowUpKind
from cjeapp.core.codelists import codelist
from cjeapp.core.locale_format import format_moment
from cjeapp.ui.models.row_table import Index
from cjeapp.ui.models.row_table import RowTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("FollowUpColumns", "Due"),
    QT_TRANSLATE_NOOP("FollowUpColumns", "Person"),
    QT_TRANSLATE_NOOP("FollowUpColumns", "Subject"),
    QT_TRANSLATE_NOOP("FollowUpColumns", "Kind"),
    QT_TRANSLATE_NOOP("FollowUpColumns", "Priority"),
    QT_TRANSLATE_NOOP("FollowUpColumns", "Counsellor"),
)
KINDS = {FollowUpKind.REQUEST: QT_TRANSLATE_NOOP("FollowUpKind", "Request"),
         FollowUpKind.PLAN_ITEM: QT_TRANSLATE_NOOP("FollowUpKind", "Plan follow-up"),
         FollowUpKind.FIRST_MEETING: QT_TRANSLATE_NOOP("FollowUpKind", "First meeting")}


class FollowUpsModel(RowTableModel[FollowUp]):
    CONTEXT = "FollowUpColumns"
    COLUMNS = COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        now = clock.now()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (format_moment(item.due_at), item.client_name, item.subject,
                      QCoreApplication.translate("FollowUpKind", str(KINDS[item.kind])),
                      codelist("priorities").label(item.priority), item.counsellor_name or "")
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and item.is_overdue(now):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.FontRole and item.is_due_today(now):
            font = QFont()
            font.setBold(True)
            return font
        return None
