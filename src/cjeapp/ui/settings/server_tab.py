"""Paramètres › Serveur: which database this PC works on — its own file, or the office's
server — and connecting it to the server (or back to its own file) from the next start.
The records of this PC's file are not copied by this choice: ``cjeapp migrate-store``
moves an office's file to the server (the README says how)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.ui.context import AppContext
from cjeapp.ui.widgets.server_address_box import ServerAddressBox
from cjeapp.ui.widgets.server_address_box import chosen_server
from cjeapp.ui.widgets.server_address_box import forget_server


class ServerTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.now = QLabel()
        self.now.setWordWrap(True)
        intro = QLabel(self.tr(
            "In an office with several PCs, every seat works on the office's PostgreSQL "
            "server, so that everyone sees the same files at once. Connecting this PC takes "
            "effect at the next start. The records of this PC's own file are not copied by "
            "this: to move an office's file to the server, the person who runs the server "
            "uses cjeapp migrate-store (the README says how)."))
        intro.setWordWrap(True)
        self.server_box = ServerAddressBox()
        self.own_file_button = QPushButton(self.tr("Work on this PC's own file again"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.now)
        layout.addWidget(intro)
        layout.addWidget(self.server_box)
        layout.addWidget(self.own_file_button)
        layout.addStretch(1)
        self.server_box.connected.connect(lambda _address: self._show_choice())
        self.own_file_button.clicked.connect(self._own_file)
        self._show_choice()

    def _show_choice(self) -> None:
        from cjeapp.core.db.address import shown_address

        working = self.tr("Now: %1.").replace("%1", self.context.db.where)
        chosen = chosen_server()
        if chosen and not (self.context.db.on_server
                           and self.context.db.where.endswith(shown_address(chosen))):
            working += " " + self.tr("From the next start: the server %1.").replace(
                "%1", shown_address(chosen))
        elif not chosen and self.context.db.on_server:
            working += " " + self.tr("From the next start: this PC's own file.")
        self.now.setText(working)
        self.own_file_button.setVisible(chosen is not None)

    def _own_file(self) -> None:
        forget_server()
        self._show_choice()

    def wait_for_jobs(self) -> None:
        self.server_box.wait_for_jobs()
