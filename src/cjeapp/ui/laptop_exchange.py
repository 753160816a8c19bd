"""On a counsellor's laptop: the status bar says when it last exchanged with the office and
how many of its changes wait, and the Session menu offers « Échanger avec le bureau… » and
« Sauvegardes du portable… ».
Elsewhere (the office, a PC that exchanges with nobody) neither shows."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMainWindow

from cjeapp.core.exchange.replicas import LaptopStatus
from cjeapp.core.exchange.replicas import laptop_status
from cjeapp.core.locale_format import format_moment
from cjeapp.core.locale_format import format_number
from cjeapp.ui.context import AppContext


class LaptopExchange(QObject):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.status: LaptopStatus | None = laptop_status(context.db, context.actor)
        self.label: QLabel | None = None
        self.action: QAction | None = None
        self.backups_action: QAction | None = None
        if self.status is None:
            return
        self.label = QLabel()
        window.statusBar().addPermanentWidget(self.label)
        self.action = QAction(self.tr("E&xchange with the office…"), window)
        self.action.triggered.connect(self.open_dialog)
        self.backups_action = QAction(self.tr("&Backups of this laptop…"), window)
        self.backups_action.triggered.connect(self.open_backups)
        context.events.changed.connect(lambda _change: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.status = laptop_status(self.context.db, self.context.actor)
        if self.status is None or self.label is None:
            return
        last = (format_moment(self.status.last_exchange_at)
                if self.status.last_exchange_at else self.tr("never"))
        self.label.setText(self.tr("Last exchange: %1 · %2 changes waiting").replace(
            "%1", last).replace("%2", format_number(self.status.waiting)))

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
