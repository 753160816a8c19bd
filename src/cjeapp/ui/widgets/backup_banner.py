"""The warning above every screen when the last good backup is too old (or there is none,
or its folder cannot be reached): whoever is signed in sees it and can make one now.

The backup folder is looked at off the screen's thread: a network share that does not
answer would otherwise freeze every screen for the share's timeout."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from cjeapp.core.backups.automatic import BackupStatus
from cjeapp.core.backups.automatic import backup_status
from cjeapp.core.errors import CjeError
from cjeapp.core.locale_format import format_moment
from cjeapp.core.permissions import Permission
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.background import while_shown
from cjeapp.ui.context import AppContext


class BackupBanner(QFrame):
    backup_now = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("backupBanner")
        self.setStyleSheet("#backupBanner { background: #fff4d6; border: 1px solid #d8a200; "
                           "border-radius: 3px; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Back up now"))
        self.button.clicked.connect(self.backup_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()
        self.job: BackgroundJob | None = None
        self._again = False  # asked again while looking: look once more after
        self.refresh()

    @property
    def settled(self) -> bool:
        """Nothing being looked at, nothing waiting to be."""
        return self.job is None and not self._again

    def refresh(self) -> None:
        """Look at the backups again (on a worker thread); the banner shows or hides when
        the answer comes."""
        if self.context.db.on_server:
            return  # the server's backups are the server's (pg_dump): nothing to say here
        if self.job is not None:
            self._again = True
            return
        db, actor = self.context.db, self.context.actor
        job = BackgroundJob(lambda _running: backup_status(db, actor))
        job.succeeded.connect(self._show)
        job.refused.connect(self._not_known)
        job.finished.connect(self._ended)
        self.job = job
        job.start_looking()

    def wait(self) -> None:
        """Before the window closes: the thread must end before its parent goes."""
        if self.job is not None:
            self._again = False
            self.job.stop_and_wait()

    @while_shown
    def _show(self, status: BackupStatus) -> None:
        if not status.stale:
            self.hide()
            return
        self.text.setText(self.sentence(status))
        self.show()

    @while_shown
    def _not_known(self, error: object) -> None:
        if isinstance(error, CjeError):
            self.hide()  # signed out meanwhile, or no such setting: nothing to warn about

    @while_shown
    def _ended(self) -> None:
        self.job = None
        if self._again:
            self._again = False
            self.refresh()

    def sentence(self, status: BackupStatus) -> str:
        if not status.reachable:
            said = self.tr("The backup folder %1 cannot be reached: no backup can be made "
                           "until the key is plugged in or the share connected.") \
                .replace("%1", str(status.folder))
        elif status.newest is None:
            said = self.tr("No backup of this database has been made yet.")
        else:
            said = self.tr("Backups are late: the last one was made on %1.") \
                .replace("%1", format_moment(status.newest.made_at))
        if self.context.can(Permission.SETTINGS_ADMIN):
            return said + " " + self.tr("Check Settings › Backups.")
        return said + " " + self.tr("Tell your administrator.")

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.button.setText(self.tr("Backing up…") if busy else self.tr("Back up now"))
