"""Who is it for? The person found as at the desk: by name, phone, e-mail, MIFI number or
date of birth, as one types; Enter or a double-click chooses."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.ids import ClientId
from cjeapp.core.search import finder
from cjeapp.ui.context import AppContext
from cjeapp.ui.models.client_tables import ClientHitsModel
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

    def run_search(self, text: str) -> None:
        self.hits.set_hits(finder.search_clients(self.context.db, self.context.actor, text))
        if self.hits.rowCount():
            self.results.selectRow(0)
        self.status.setText("" if self.hits.rowCount() or not text.strip() else self.tr(
            "Nobody matches. Check the spelling; a person without a file is welcomed at the "
            "Reception desk first."))

    def _focus_results(self) -> None:
        if self.hits.rowCount():
            self.results.setFocus()
            self.results.selectRow(0)

    def choose(self) -> None:
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
