"""Clients: every file in French order (read lazily), or search results while typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.locale_format import format_number
from cjeapp.core.people import client_list
from cjeapp.core.search import finder
from cjeapp.core.search.finder import ClientHit
from cjeapp.ui.context import AppContext
from cjeapp.ui.models.client_tables import ClientHitsModel
from cjeapp.ui.models.client_tables import ClientListModel
from cjeapp.ui.operations import Query
from cjeapp.ui.widgets.client_table_view import ClientTableView
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.search_box import SearchBox


class ClientsPage(QWidget):
    open_client = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        heading = page_heading(self.tr("Clients"))
        self.search_box = SearchBox()
        self.count = QLabel()
        self.all_clients = ClientListModel(
            lambda cursor: client_list.client_page(context.db, context.actor, cursor), self)
        self.hits = ClientHitsModel()
        self.table = ClientTableView()
        self.table.setModel(self.all_clients)
        self.open_button = QPushButton(self.tr("Open file"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.search_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.search_box.search.connect(self.run_search)
        self.search_box.move_down.connect(self._focus_table)
        self.search_box.accept_first.connect(self._open_first)
        self.table.open_requested.connect(self.open_client)
        self.open_button.clicked.connect(self._open_selected)
        context.events.changed.connect(self._on_changed)
        # Search and count off the screen's thread (ui.operations): a letter typed
        # interrupts the search it replaces.
        self._search: Query[list[ClientHit]] = Query(self, self._found)
        self._count: Query[int] = Query(self, self._counted)
        self._when_found: Callable[[], None] | None = None  # Enter or Down, typed ahead
        self._update_count()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self, text: str) -> None:
        if not text.strip():
            self._search.cancel()
            self.table.setModel(self.all_clients)
            self._update_count()
            return
        db, actor = self.context.db, self.context.actor
        self._search.run(lambda: finder.search_clients(db, actor, text))

    def _found(self, hits: list[ClientHit]) -> None:
        self.hits.set_hits(hits)
        self.table.setModel(self.hits)
        self.count.setText(self.tr("%n result(s) shown", "", self.hits.rowCount()))
        then, self._when_found = self._when_found, None
        if then is not None:
            then()

    def _update_count(self) -> None:
        db, actor = self.context.db, self.context.actor
        self._count.run(lambda: client_list.count_clients(db, actor))

    def _counted(self, total: int) -> None:
        if self.table.model() is self.all_clients:
            self.count.setText(self.tr("%1 people").replace("%1", format_number(total)))

    def _focus_table(self) -> None:
        if self._search.running:  # Down pressed before the search answered
            self._when_found = self._focus_table
            return
        self.table.setFocus()
        self.table.selectRow(0)

    def _open_first(self) -> None:
        if self._search.running:  # Enter pressed before the search answered
            self._when_found = self._open_first
            return
        model = self.table.model()
        if isinstance(model, ClientHitsModel) and model.client_id(0):
            self.open_client.emit(model.client_id(0) or "")

    def _open_selected(self) -> None:
        client_id = self.table.current_client_id()
        if client_id:
            self.open_client.emit(client_id)

    def _on_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.CLIENTS:
            self.all_clients.reload()
            if self.search_box.text().strip():
                self.run_search(self.search_box.text())
            else:
                self._update_count()
