"""Paramètres › Sauvegardes: where automatic backups go, how many are kept, the backups
there, a backup now, and restoring one (after a confirmation; the program then asks to
sign in again on the restored file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.backups import automatic
from cjeapp.core.backups.automatic import BackupPolicy
from cjeapp.core.backups.folder import BackupFile
from cjeapp.core.backups.rotation import Rotation
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.db.database import backups_dir
from cjeapp.core.locale_format import format_moment
from cjeapp.core.locale_format import format_number
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.background import while_shown
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.flow_layout import together
from cjeapp.ui.widgets.record_table import RecordTable


def _count(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box


class BackupsTab(QWidget):
    restore_requested = Signal(object)  # the BackupFile to put in place of the database

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackgroundJob | None = None
        self.listing: BackgroundJob | None = None  # the folder being looked at
        self._list_again: Callable[[], None] | None = None  # asked again meanwhile
        self._then: Callable[[], None] | None = None  # what follows the look running
        intro = QLabel(self.tr(
            "The program backs up the database when it closes and once a day while it is "
            "open. Backups are encrypted like the database: they open only with a staff "
            "member's password or the recovery key. Choose a folder on another disk, a USB "
            "key or the office's network share, so that a lost or broken PC loses nothing."))
        intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(str(backups_dir(context.db.path)))
        self.browse_button = QPushButton(self.tr("Browse…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        self.daily = _count(1, 60)
        self.weekly = _count(0, 52)
        self.monthly = _count(0, 120)
        self.warn_after_days = _count(1, 30)
        self.warn_after_days.setSuffix(self.tr(" days"))
        self.errors = FieldErrors.for_fields(
            ["folder", "daily", "weekly", "monthly", "warn_after_days"])
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow at 150 %
        form.addRow(self.tr("Backup folder"), folder_row)
        form.addRow("", self.errors.labels["folder"])
        keep = FlowLayout()
        keep.setSpacing(12)
        for caption, box in ((self.tr("daily"), self.daily), (self.tr("weekly"), self.weekly),
                             (self.tr("monthly"), self.monthly)):
            keep.addWidget(together(box, QLabel(caption)))
        form.addRow(self.tr("Backups kept"), keep)
        for name in ("daily", "weekly", "monthly"):
            form.addRow("", self.errors.labels[name])
        warn = QHBoxLayout()
        warn.addWidget(self.warn_after_days)
        warn.addStretch(1)
        form.addRow(self.tr("Warn when the last backup is older than"), warn)
        form.addRow("", self.errors.labels["warn_after_days"])
        self.save_button = QPushButton(self.tr("Save the backup settings"))
        self.list: RecordTable[BackupFile] = RecordTable([
            Column(self.tr("Made on"), lambda b: format_moment(b.made_at),
                   lambda b: b.made_at, width=200),
            Column(self.tr("Size"), self._size, lambda b: b.size, width=110),
            Column(self.tr("File"), lambda b: b.path.name),
        ])
        self.list.header().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        buttons = FlowLayout()
        buttons.addWidget(self.restore_button)
        buttons.add_stretch()
        buttons.addWidget(self.backup_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.browse_button.clicked.connect(self.browse)
        self.save_button.clicked.connect(self.save)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.list.on_open(lambda _backup: self.ask_restore())
        context.events.changed.connect(self._on_changed)
        self.save_button.setEnabled(False)  # until what is saved is read
        self._policy: Query[BackupPolicy] = Query(self, self._show_policy)
        self.load()

    def _size(self, backup: BackupFile) -> str:
        megabytes = format_number(round(backup.size / 1_000_000, 1))
        return self.tr("%1 MB").replace("%1", megabytes)

    def load(self) -> None:
        db = self.context.db
        self.status.setText(self.tr("Looking at the backup folder…"))  # read first: where
        self._policy.run(lambda: automatic.backup_policy(db))

    def _show_policy(self, policy: BackupPolicy) -> None:
        self.save_button.setEnabled(True)
        self.folder.setText(str(policy.folder) if policy.folder is not None else "")
        self.daily.setValue(policy.rotation.daily)
        self.weekly.setValue(policy.rotation.weekly)
        self.monthly.setValue(policy.rotation.monthly)
        self.warn_after_days.setValue(policy.warn_after_days)
        self.refresh_list()

    @property
    def settled(self) -> bool:
        """The list shows the folder as it was last looked at; nothing more to look at."""
        return not self._policy.running and self.listing is None and self._list_again is None

    def refresh_list(self, then: Callable[[], None] | None = None) -> None:
        """Read the backup folder again on a worker thread (a share that does not answer
        must not freeze the screen), then show it and run ``then``."""
        if self.listing is not None:
            self._list_again = then or self._list_again or (lambda: None)
            return
        db, actor = self.context.db, self.context.actor
        job = BackgroundJob(lambda _running: (automatic.list_backups(db, actor),
                                              automatic.folder_of(db)))
        job.succeeded.connect(self._listed)
        job.refused.connect(self._not_listed)
        job.finished.connect(self._listing_ended)
        self.listing = job
        self._then = then
        self.status.setText(self.tr("Looking at the backup folder…"))
        job.start_looking()

    @while_shown
    def _listed(self, found: tuple[list[BackupFile], Path]) -> None:
        backups, folder = found
        self.list.set_rows(backups)
        if backups:
            self.status.setText(self.tr("%1 backups in %2.").replace(
                "%1", format_number(len(backups))).replace("%2", str(folder)))
        else:
            self.status.setText(self.tr("No backup in %1 yet.").replace("%1", str(folder)))

    @while_shown
    def _not_listed(self, error: object) -> None:
        self.list.set_rows([])
        self.status.setText(str(error))

    @while_shown
    def _listing_ended(self) -> None:
        self.listing = None
        then, self._then = self._then, None
        if then is not None:
            then()
        again, self._list_again = self._list_again, None
        if again is not None:
            self.refresh_list(again)

    def wait_for_jobs(self) -> None:
        """Before the window closes: every thread of this tab ends first."""
        for job in (self.job, self.listing):
            if job is not None:
                job.stop_and_wait()

    def _on_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.BACKUPS and change.origin is not self:
            self.refresh_list()

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)

    def policy(self) -> BackupPolicy:
        text = self.folder.text().strip()
        return BackupPolicy(
            folder=Path(text).expanduser() if text else None,
            rotation=Rotation(self.daily.value(), self.weekly.value(), self.monthly.value()),
            warn_after_days=self.warn_after_days.value())

    def save(self) -> None:
        self.errors.clear()
        db, actor, policy = self.context.db, self.context.actor, self.policy()
        write(self, lambda: automatic.set_backup_policy(db, actor, policy),
              lambda _none: self._saved(), refused=under_fields(self))

    def _saved(self) -> None:
        self.refresh_list(lambda: self.status.setText(
            self.tr("Saved.") + " " + self.status.text()))
        self.context.announce(ChangeKind.BACKUPS, origin=self)

    def backup_now(self) -> BackgroundJob | None:
        """Make a backup on a worker thread; the list shows it once it is verified."""
        if self.job is not None:
            return None
        db, actor = self.context.db, self.context.actor
        job = BackgroundJob(lambda _running: automatic.make_backup(db, actor, "asked"))
        job.succeeded.connect(self._made)
        job.refused.connect(lambda error: show_error(self, error))
        job.finished.connect(self._ended)
        self.job = job
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        job.start(self)
        return job

    def _made(self, made: BackupFile) -> None:
        def show_it() -> None:
            self.list.select_where(lambda backup: backup.path == made.path)
            self.status.setText(self.tr("Backup made and verified: %1.").replace(
                "%1", made.path.name))

        self.refresh_list(show_it)

    def _ended(self) -> None:
        self.job = None
        self.backup_button.setEnabled(True)
        self.context.announce(ChangeKind.BACKUPS, origin=self)

    def ask_restore(self) -> None:
        backup = self.list.current()
        if backup is None:
            show_error(self, self.tr("Choose the backup to restore in the list."))
            return
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Put the backup of %1 in place of the database?\n\nEverything entered "
                    "since then will no longer show. The current database is kept aside, "
                    "encrypted, in %2. Every open window closes and everyone signs in again.")
            .replace("%1", format_moment(backup.made_at))
            .replace("%2", str(backups_dir(self.context.db.path))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(backup)
