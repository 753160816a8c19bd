"""A read-only table of people: Enter or double-click opens the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

from cjeapp.core.ids import ClientId
from cjeapp.ui.models.client_tables import ClientTableBase


class ClientTableView(QTableView):
    open_requested = Signal(str)  # client id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows are chosen whole with the arrows: Tab leaves the table for the next control
        # (a table view's Tab walks its cells, a trap for who uses the keyboard alone).
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.doubleClicked.connect(lambda index: self._open(index.row()))

    def setModel(self, model: ClientTableBase) -> None:  # type: ignore[override]
        super().setModel(model)
        for column, width in enumerate((300, 130, 150, 180, 120)):
            self.setColumnWidth(column, width)

    def current_client_id(self) -> ClientId | None:
        model = self.model()
        index = self.currentIndex()
        if not isinstance(model, ClientTableBase) or not index.isValid():
            return None
        return model.client_id(index.row())

    def _open(self, row: int) -> None:
        model = self.model()
        if isinstance(model, ClientTableBase):
            client_id = model.client_id(row)
            if client_id:
                self.open_requested.emit(client_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex().row())
            return
        super().keyPressEvent(event)
