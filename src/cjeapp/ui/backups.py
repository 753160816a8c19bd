"""Automatic backups while the program is open and when it closes, and a restore, each
run off the screen's thread (a copy to a network share takes seconds).

- ``DailyBackups``: shortly after sign-in, then every half hour, makes a backup when the
  newest is a day old (or there is none). A failure is logged and left to the warning
  banner, which says the backups are late: nobody is interrupted by a dialog at the desk.
- ``run_with_progress``: the backup at closing and a restore, after the main window has
  closed, with a window that says what is happening (and never a half-made file: core
  names a backup only once it is verified).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEventLoop
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QWidget

from cjeapp.core.backups import automatic
from cjeapp.core.backups.folder import BackupFile
from cjeapp.core.changes import ChangeKind
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ContradictingLog
from cjeapp.core.errors import DamagedDatabase
from cjeapp.core.locale_format import format_moment
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import show_error

log = logging.getLogger(__name__)
T = TypeVar("T")

CHECK_EVERY_MS = 30 * 60 * 1000
FIRST_CHECK_MS = 20 * 1000  # after sign-in, once the screens have settled


class DailyBackups(QObject):
    damaged = Signal(object)  # a backup refused because the file is damaged: said at once

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackgroundJob | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        if self.context.db.on_server:
            return  # the server is backed up by its own tools, not from each seat
        self.timer.start()
        QTimer.singleShot(first_check_ms, self.check)

    def stop(self) -> None:
        self.timer.stop()
        if self.job is not None:
            self.job.stop_and_wait()

    def check(self) -> BackgroundJob | None:
        """Look whether a backup is due and make it, on a worker thread (the folder may be
        a network share that answers slowly, or not at all); the job started, None when
        the schedule is stopped or a job still runs."""
        if self.job is not None or not self.timer.isActive():
            return None
        db, actor = self.context.db, self.context.actor

        def work(_running: BackgroundJob) -> BackupFile | None:
            if not automatic.backup_due(db, actor):
                return None
            return automatic.make_backup(db, actor, "daily")

        job = BackgroundJob(work)
        job.succeeded.connect(self._made)
        job.refused.connect(self._refused)
        job.finished.connect(self._ended)
        self.job = job
        job.start(self)
        return job

    def _refused(self, error: object) -> None:
        log.warning("daily backup failed: %s", error)
        if isinstance(error, DamagedDatabase):
            self.damaged.emit(error)

    def _made(self, made: BackupFile | None) -> None:
        if made is not None:
            log.info("daily backup made: %s", made.path.name)

    def _ended(self) -> None:
        self.job = None
        self.context.announce(ChangeKind.BACKUPS, origin=self)


def run_with_progress(parent: QWidget | None, text: str,
                      work: Callable[[], T]) -> T:
    """Run ``work`` on a worker thread while a small window says ``text``; return its
    result or raise what it raised (a ``CjeError`` for a refusal)."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # a copy half-stopped would only be thrown away
    dialog.setWindowTitle("cjeapp")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    outcome: dict[str, object] = {}
    job = BackgroundJob(lambda _running: work())
    job.succeeded.connect(lambda result: outcome.setdefault("result", result))
    job.refused.connect(lambda error: outcome.setdefault("error", error))
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    dialog.show()
    holder = QObject()
    job.start(holder)
    loop.exec()
    dialog.close()
    error = outcome.get("error")
    if isinstance(error, CjeError):
        raise error
    return outcome["result"]  # type: ignore[return-value]


def backup_at_closing(context: AppContext) -> bool:
    """The backup made when the program closes (the window is gone, the database still
    open); a failure is said, since nobody is there to see the banner tomorrow."""
    db, actor = context.db, context.actor
    if db.on_server:
        return True  # the server's own backups; a seat closing backs up nothing
    text = QCoreApplication.translate("Backups", "Backing up the database before closing…")
    try:
        made = run_with_progress(None, text,
                                 lambda: automatic.make_backup(db, actor, "closing"))
    except CjeError as error:
        log.warning("backup at closing failed: %s", error)
        said = QCoreApplication.translate(
            "Backups", "The backup at closing could not be made. Nothing saved is lost: "
            "the database itself is intact.")
        QMessageBox.warning(None, QCoreApplication.translate("Backups", "Backup not made"),
                            f"{said}\n\n{error}")
        return False
    log.info("backup at closing made: %s", made.path.name)
    return True


def restore_after_closing(context: AppContext, backup: BackupFile) -> bool:
    """Put ``backup`` in place of the database once every window has closed; the database
    is closed afterwards either way (the program then asks to sign in again)."""
    db, actor = context.db, context.actor
    text = QCoreApplication.translate("Backups", "Restoring the backup…")
    try:
        try:
            kept = run_with_progress(None, text,
                                     lambda: automatic.restore_backup(db, actor, backup))
        except ContradictingLog as contradicting:
            if not _insists(contradicting):
                raise
            kept = run_with_progress(None, text, lambda: automatic.restore_backup(
                db, actor, backup, insist=True))
    except CjeError as error:
        db.close()
        log.warning("restore failed: %s", error)
        said = QCoreApplication.translate(
            "Backups", "Nothing was restored; the database is as it was.")
        show_error(None, f"{said}\n\n{error}")
        return False
    log.info("restored %s", backup.path.name)
    said = QCoreApplication.translate("Backups", "The backup of %1 is now the database.")
    said = said.replace("%1", format_moment(backup.made_at))
    if kept is not None:
        said += " " + QCoreApplication.translate(
            "Backups", "The database as it was is kept in %1.").replace("%1", str(kept))
    again = QCoreApplication.translate("Backups", "Sign in again to continue.")
    QMessageBox.information(None, QCoreApplication.translate("Backups", "Backup restored"),
                            f"{said}\n\n{again}")
    return True


def _insists(contradicting: ContradictingLog) -> bool:
    """The administrator, told that the backup's log and the file's disagree, chooses to
    restore anyway (recorded as such) — « No » is the default and restores nothing."""
    title = QCoreApplication.translate("Backups", "The audit logs disagree")
    question = QCoreApplication.translate(
        "Backups", "Restore anyway? The restore will say in the audit log that it was made "
        "without holding the backup's log against the file's.")
    answer = QMessageBox.question(
        None, title, f"{contradicting}\n\n{question}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
