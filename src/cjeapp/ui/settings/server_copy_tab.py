"""Paramètres › Sauvegarde, on the office's server: the whole office copied into a new
encrypted file (``core.backups.server_copy``), off the screen's thread with a progress bar
and a Cancel that keeps nothing; the copy's recovery key shown once at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.backups.server_copy import ServerBackup
from cjeapp.core.backups.server_copy import back_up_server
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import Unexpected
from cjeapp.core.locale_format import format_number
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.background import while_shown
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import show_error
from cjeapp.ui.recovery_dialogs import RecoveryKeyDialog


class ServerCopyTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackgroundJob | None = None
        intro = QLabel(self.tr(
            "The office's database is on the server: the person who runs the server backs "
            "it up with PostgreSQL's own tools (the README says how). Here, the office keeps "
            "copies of its own: the whole office in one encrypted file, read from one moment "
            "of the server while everyone keeps working, and verified table by table. The "
            "copy opens in cjeapp with your user name and password, or with the recovery "
            "key shown at the end; cjeapp migrate-store puts it back on an empty server."))
        intro.setWordWrap(True)
        self.file = QLineEdit()
        stamp = clock.now().astimezone(clock.LOCAL_ZONE).strftime("%Y-%m-%d-%H%M")
        self.file.setText(str(Path.home() / f"cjeapp-bureau-{stamp}.cjeapp"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse_button)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Copy to the file"), file_row)
        form.addRow(self.tr("Your password"), self.password)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy the server now"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.browse_button.clicked.connect(self._browse)
        self.copy_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Copy to the file"), self.file.text(),
            self.tr("cjeapp database (*.cjeapp)"))
        if chosen:
            self.file.setText(chosen)

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def start(self) -> None:
        if self.running:
            return
        if not self.file.text().strip():
            self.status.setText(self.tr("Choose the file to copy the server into."))
            return
        db, actor = self.context.db, self.context.actor
        destination, password = Path(self.file.text().strip()), self.password.text()
        self.job = BackgroundJob(lambda job: back_up_server(
            db, actor, password, destination, cancelled=job.is_cancelled,
            report=lambda table, done, count: job.report(done, count)))
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._done)
        self.job.stopped.connect(self._stopped)
        self.job.refused.connect(self._refused)
        self.copy_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Copying the server…"))
        self.job.start(self)

    def cancel(self) -> None:
        if self.job is not None and self.running:
            self.job.cancel()
            self.status.setText(self.tr("Stopping…"))

    def _ended(self) -> None:
        self.copy_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        self.password.clear()

    @while_shown
    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    @while_shown
    def _done(self, made: ServerBackup) -> None:
        self._ended()
        self.status.setText(self.tr("Copied and verified: %1 (%2 records). Keep it with its "
                                    "key file (.keys) beside it.").replace(
            "%1", str(made.path)).replace("%2", format_number(made.records)))
        RecoveryKeyDialog(made.recovery_key, self, intro_text=self.tr(
            "The copy is encrypted: it opens with your user name and password, or with "
            "this recovery key when the password is lost. Write the key down now and keep "
            "it apart from the copy. It will not be shown again.")).exec()

    @while_shown
    def _stopped(self) -> None:
        self._ended()
        self.status.setText(self.tr("Stopped: no copy was kept."))

    @while_shown
    def _refused(self, error: CjeError) -> None:
        self._ended()
        self.status.setText("")
        if not isinstance(error, Unexpected):  # the job shows those itself
            show_error(self, error)

    def wait_for_jobs(self) -> None:
        if self.job is not None:
            self.job.stop_and_wait()
