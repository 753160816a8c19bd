"""Read-only table models over a list of rows.

``RowTableModel`` is the base (subclasses give ``data``); ``ColumnsModel`` is built from a
list of ``Column``s, each saying how a row shows in it and how it sorts."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from typing import Generic
from typing import TypeVar

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor

from cjeapp.ui.models import tones
from cjeapp.ui.models.roles import RecordRole
from cjeapp.ui.models.tones import Tone

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Subclasses set ``COLUMNS`` (source texts from QT_TRANSLATE_NOOP in ``CONTEXT``) and
    implement ``data``."""

    CONTEXT = ""
    COLUMNS: tuple[object, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, str(self.COLUMNS[section]))
        return None


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its title (already translated), the text of a row in it, how the column
    sorts (by the text when not given) and its starting width in pixels."""

    title: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    width: int | None = None
    tone: Callable[[T], Tone | None] | None = None  # a status: a coloured label
    # Put away first when the table is too narrow even for the titles (150 % scaling): what
    # it shows is in the form or pane beside the table (widgets/fitting_columns.py).
    secondary: bool = False


class ColumnsModel(RowTableModel[T]):
    """A table of rows described by ``Column``s; sortable; ``RecordRole`` gives the row.

    ``alert`` marks rows to show in red (overdue, refused, revoked…)."""

    def __init__(self, columns: Sequence[Column[T]],
                 alert: Callable[[T], bool] | None = None) -> None:
        super().__init__()
        self.columns = list(columns)
        self.alert = alert

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()].text(row)
        if role == RecordRole:
            return row
        column = self.columns[index.column()]
        tone = column.tone(row) if column.tone is not None else None
        if tone is not None and (style := tones.styled(tone, role)) is not None:
            return style
        if role == Qt.ItemDataRole.ForegroundRole and self.alert is not None and self.alert(row):
            return QBrush(QColor("#b00020"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        spec = self.columns[column]
        key = spec.sort_key or spec.text
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda row: _comparable(key(row)),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _comparable(value: Any) -> tuple[int, Any]:
    """Empty values sort last whatever their type; others compare among themselves."""
    return (1, "") if value is None or value == "" else (0, value)
