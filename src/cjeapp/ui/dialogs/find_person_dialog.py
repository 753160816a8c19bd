"""Who is it for? The person found as at the desk: by name, phone, e-mail, MIFI number or
date of birth, as one types; Enter or a double-click chooses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.ids import ClientId
from cjeapp.core.search import finder
from cjeapp.core.search.finder import ClientHit
from cjeapp.ui.context import AppContext
from cjeapp.ui.models.client_tables import ClientHitsModel
from cjeapp.ui.operations import Query
from cjeapp.ui.widgets.client_table_view import ClientTableView
from cjeapp.ui.widgets.search_box import SearchBox
from cjeapp.ui.window_size import open_at


class FindPersonDialog(QDialog):
    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.chosen_id: ClientId | None = None
        self.chosen_name = ""
        self.setWindowTitle(title)
        self.search_box = SearchBox()
        self.search_box.setAccessibleName(self.tr("Find the person"))
        self.hits = ClientHitsModel()
        self.results = ClientTableView()
        self.results.setModel(self.hits)
        self.results.setAccessibleName(self.tr("People found"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose"))
        cancel = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        # once in the dialog (not before): Enter presses it even after Tab went past
        # another button
        self.choose_button.setDefault(True)
        self.search_box.search.connect(self.run_search)
        self.search_box.move_down.connect(self._focus_results)
        self.search_box.accept_first.connect(self.choose)
        self.results.open_requested.connect(lambda _id: self.choose())
        self.choose_button.clicked.connect(self.choose)
        cancel.clicked.connect(self.reject)
        open_at(self, 640, 420)
        self._search: Query[list[ClientHit]] = Query(self, self._found)
        self._shown_for = ""  # the text the hits shown were found for
        self._when_found: Callable[[], None] | None = None  # Enter or Down, typed ahead

    def run_search(self, text: str) -> None:
        """Off the screen's thread: a letter typed replaces the search still running."""
        db, actor = self.context.db, self.context.actor
        self._shown_for = text
        self._search.run(lambda: finder.search_clients(db, actor, text))

    def _found(self, hits: list[ClientHit]) -> None:
        self.hits.set_hits(hits)
        if self.hits.rowCount():
            self.results.selectRow(0)
        self.status.setText("" if self.hits.rowCount() or not self._shown_for.strip() else
                            self.tr("Nobody matches. Check the spelling; a person without a "
                                    "file is welcomed at the Reception desk first."))
        then, self._when_found = self._when_found, None
        if then is not None:
            then()

    def _focus_results(self) -> None:
        if self._search.running:  # Down pressed before the search answered
            self._when_found = self._focus_results
            return
        if self.hits.rowCount():
            self.results.setFocus()
            self.results.selectRow(0)

    def choose(self) -> None:
        if self._search.running:  # Enter pressed before the search answered
            self._when_found = self.choose
            return
        client_id = self.results.current_client_id()
        if client_id is None:
            self.status.setText(self.tr("Type a name, a phone number or a MIFI number, then "
                                        "choose the person in the list."))
            self.search_box.setFocus()
            return
        index = self.results.currentIndex()
        self.chosen_id = client_id
        self.chosen_name = str(self.hits.index(index.row(), 0).data() or "")
        self.accept()
