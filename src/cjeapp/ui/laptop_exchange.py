"""On a counsellor's laptop: the status bar says when it last exchanged with the office and
how many of its changes wait, and the Session menu offers « Échanger avec le bureau… » and
« Sauvegardes du portable… ».
Elsewhere (the office, a PC that exchanges with nobody) neither shows. Where it stands is
read off the screen's thread: the window shows first, the label and actions once known."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMainWindow

from cjeapp.core.changes import Change
from cjeapp.core.exchange.replicas import LaptopStatus
from cjeapp.core.exchange.replicas import laptop_status
from cjeapp.core.exchange.rows import EXCHANGED_KINDS
from cjeapp.core.locale_format import format_moment
from cjeapp.core.locale_format import format_number
from cjeapp.core.permissions import Permission
from cjeapp.ui.context import AppContext
from cjeapp.ui.operations import Query


class LaptopExchange(QObject):
    found = Signal()  # this file is a laptop's: its label and actions are made

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.status: LaptopStatus | None = None
        self.label: QLabel | None = None
        self.action: QAction | None = None
        self.backups_action: QAction | None = None
        # None until the first answer; False at the office (nothing more to read then).
        self.laptop: bool | None = None
        # Owned by the window: its reads end with it (ui.operations.Runner.settle).
        self._read: Query[LaptopStatus | None] = Query(window, self._show)
        if not context.can(Permission.EXCHANGE):
            self.laptop = False  # laptop_status says None for who does not exchange
            return
        context.events.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        """What is sent to the office changed: the laptop's « changes waiting » moved
        (backups and the privacy registers stay on each side: not counted)."""
        if change.kind in EXCHANGED_KINDS:
            self.refresh()

    def refresh(self) -> None:
        if self.laptop is False:
            return
        db, actor = self.context.db, self.context.actor
        self._read.run(lambda: laptop_status(db, actor))

    def _show(self, status: LaptopStatus | None) -> None:
        self.status = status
        if self.laptop is None:
            self.laptop = status is not None
            if status is not None:
                self._make_actions()
        if self.status is None or self.label is None:
            return
        last = (format_moment(self.status.last_exchange_at)
                if self.status.last_exchange_at else self.tr("never"))
        self.label.setText(self.tr("Last exchange: %1 · %2 changes waiting").replace(
            "%1", last).replace("%2", format_number(self.status.waiting)))

    def _make_actions(self) -> None:
        window = self.window
        self.label = QLabel()
        window.statusBar().addPermanentWidget(self.label)
        self.action = QAction(self.tr("E&xchange with the office…"), window)
        self.action.triggered.connect(self.open_dialog)
        self.backups_action = QAction(self.tr("&Backups of this laptop…"), window)
        self.backups_action.triggered.connect(self.open_backups)
        self.found.emit()

    def open_backups(self) -> QObject:
        from cjeapp.ui.dialogs.laptop_backups_dialog import LaptopBackupsDialog

        dialog = LaptopBackupsDialog(self.context, self.window)
        dialog.open()
        return dialog

    def open_dialog(self) -> QObject | None:
        from cjeapp.ui.dialogs.exchange_dialog import ExchangeDialog

        if self.status is None:
            return None
        dialog = ExchangeDialog(self.context, self.status, self.window)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog
