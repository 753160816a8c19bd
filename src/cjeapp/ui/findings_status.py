"""The points left to resolve, where everyone sees them: a button in the status bar that
says how many (counted off the screen's thread after sign-in, and again after a change to
appointments or case work), and Session › Points à régler…, which open the list."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.findings.listing import FindingRow
from cjeapp.core.findings.listing import list_findings
from cjeapp.core.permissions import Permission
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.findings_dialog import FindingsDialog


class FindingsStatus(QObject):
    open_client = Signal(str)

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.job: BackgroundJob | None = None
        self._again = False
        self.dialog: FindingsDialog | None = None
        self.button = QPushButton()
        self.button.setFlat(True)
        self.button.setStyleSheet("QPushButton { color: #7a4d00; font-weight: bold; }")
        self.button.setAccessibleName(self.tr("Points to resolve"))
        self.button.hide()
        self.button.clicked.connect(self.show_list)
        self.action = QAction(self.tr("&Points to resolve…"), window)
        self.action.triggered.connect(self.show_list)
        self.action.setEnabled(context.can(Permission.CLIENT_READ))
        context.events.changed.connect(self._on_changed)

    @property
    def settled(self) -> bool:
        return self.job is None and not self._again

    def count(self) -> BackgroundJob | None:
        """Count the findings on a worker thread; the button shows when there are some."""
        if not self.context.can(Permission.CLIENT_READ):
            return None
        if self.job is not None:
            self._again = True
            return None
        db, actor = self.context.db, self.context.actor
        job = BackgroundJob(lambda _running: list_findings(db, actor))
        job.succeeded.connect(self._counted)
        job.finished.connect(self._ended)
        self.job = job
        job.start_looking()
        return job

    def _counted(self, rows: list[FindingRow]) -> None:
        if not rows:
            self.button.hide()
            return
        self.button.setText(self.tr("%n point(s) to resolve", "", len(rows)))
        self.button.show()

    def _ended(self) -> None:
        self.job = None
        if self._again:
            self._again = False
            self.count()

    def _on_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.APPOINTMENTS, ChangeKind.CASEWORK) \
                and not self.button.isHidden():
            self.count()

    def show_list(self) -> FindingsDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = FindingsDialog(self.context, self.window)
        dialog.open_client.connect(self.open_client)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.wait_for_jobs()
            self.dialog.deleteLater()
        self.dialog = None
        self.count()

    def wait(self) -> None:
        self._again = False
        if self.job is not None:
            self.job.stop_and_wait()
        if self.dialog is not None:
            self.dialog.wait_for_jobs()
