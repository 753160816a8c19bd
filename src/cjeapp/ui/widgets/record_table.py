"""A list of records in columns: the one way screens show rows they read from a service."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from typing import Generic
from typing import TypeVar

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QSignalBlocker
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QTreeView
from PySide6.QtWidgets import QWidget

from cjeapp.core.search.normalize import words_key
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.models.row_table import ColumnsModel
from cjeapp.ui.widgets.fitting_columns import FittingColumns
from cjeapp.ui.widgets.kept_current import KeptCurrent
from cjeapp.ui.widgets.remembered_columns import RememberedColumns

T = TypeVar("T")


class RecordTable(QTreeView, Generic[T]):
    """Rows set with ``set_rows``; the chosen one read with ``current``. Clicking a column
    title sorts by it. ``on_open`` runs for a row opened with Enter or a double-click.

    Column widths and the column sorted on are remembered on this PC (RememberedColumns)."""

    def __init__(self, columns: Sequence[Column[T]], *,
                 alert: Callable[[T], bool] | None = None,
                 sortable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: ColumnsModel[T] = ColumnsModel(columns, alert)
        self.setModel(self.table)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(sortable)
        if sortable:
            self.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for number, column in enumerate(columns):
            if column.width is not None:
                self.setColumnWidth(number, column.width)
        self._on_open: Callable[[T], None] | None = None
        self.activated.connect(self._open)
        self._filter = ""
        self._filtered = False  # some rows may be hidden by a filter
        self.remembered = RememberedColumns(self)
        self._kept = KeptCurrent(self, self.table.row_at, lambda: self.table.rows)
        self.fitting = FittingColumns(  # no sideways scrolling on a narrow window
            self, (number for number, column in enumerate(columns) if column.secondary))

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows`` (in the order of the column sorted on, when one is); the row
        chosen stays chosen when its record is among them (kept_current)."""
        self._kept.remember()
        self.table.set_rows(rows)
        column = self.header().sortIndicatorSection()
        if self.isSortingEnabled() and 0 <= column < self.table.columnCount():
            self.table.sort(column, self.header().sortIndicatorOrder())
        self.filter_by(self._filter)
        self._kept.restore()

    def filter_by(self, text: str) -> int:
        """Show only the rows whose cells hold every word of ``text`` (accents and case
        aside); returns how many are shown."""
        self._filter = text
        words = words_key(text).split()
        if not words and not self._filtered:
            return len(self.table.rows)  # nothing to hide: no pass over the rows
        self._filtered = bool(words)
        shown = 0
        for number, row in enumerate(self.table.rows):
            cells = words_key(" ".join(column.text(row) for column in self.table.columns))
            visible = all(word in cells for word in words)
            self.setRowHidden(number, QModelIndex(), not visible)
            shown += visible
        return shown

    def filter_box(self, placeholder: str) -> QLineEdit:
        """A box that filters this list as the person types."""
        box = QLineEdit()
        box.setClearButtonEnabled(True)
        box.setPlaceholderText(placeholder)
        box.textChanged.connect(self.filter_by)
        return box

    @property
    def rows(self) -> list[T]:
        return self.table.rows

    def current(self) -> T | None:
        index = self.currentIndex()
        return self.table.row_at(index.row()) if index.isValid() else None

    def select_where(self, wanted: Callable[[T], bool]) -> bool:
        """Make the first row for which ``wanted`` is true the current one, and tell the
        screen so even when it already was (a refresh keeps the choice quietly:
        kept_current; choosing it here is asked, and the screen shows it anew)."""
        for number, row in enumerate(self.table.rows):
            if wanted(row):
                index = self.table.index(number, 0)
                if self.currentIndex().row() == number:
                    with QSignalBlocker(self.selectionModel()):
                        self.selectionModel().clearCurrentIndex()
                self.setCurrentIndex(index)
                return True
        return False

    def on_open(self, action: Callable[[T], None]) -> None:
        self._on_open = action

    def _open(self, index: QModelIndex) -> None:
        row = self.table.row_at(index.row())
        if row is not None and self._on_open is not None:
            self._on_open(row)
