"""A read-only table over a model of whole rows (the agenda, the waiting list, the
follow-ups board): one row chosen at a time, no grid of row numbers, the last column taking
what is left; the widths given are the first ones, then the person's (RememberedColumns),
given up in part when the window is too narrow for them (FittingColumns)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

from cjeapp.ui.widgets.fitting_columns import FittingColumns
from cjeapp.ui.widgets.kept_current import keep_current
from cjeapp.ui.widgets.remembered_columns import RememberedColumns


class RowView(QTableView):
    def __init__(self, model: QAbstractItemModel, widths: Sequence[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remembered = RememberedColumns(self)
        self.setModel(model)
        keep_current(self)  # a refresh keeps the row chosen
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows are chosen whole with the arrows: Tab leaves the table for the next control
        # (a table view's Tab walks its cells, a trap for who uses the keyboard alone).
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self.fitting = FittingColumns(self)  # no sideways scrolling on a narrow window
