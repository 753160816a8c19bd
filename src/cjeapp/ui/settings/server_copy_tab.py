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
from cjeapp.ui.widgets.job_panel import JobPanel


class ServerCopyTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
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
        self.panel = JobPanel(self.tr("Copy the server now"))
        self.progress, self.status = self.panel.progress, self.panel.status
        self.copy_button, self.cancel_button = self.panel.start_button, self.panel.cancel_button
        self.progress.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if context.db.personal_logins:
            # Nobody's own login reads the whole office: the copy is the owner's to make.
            intro.setText(self.tr(
                "The office's database is on the server, where each person connects as "
                "their own login and reads only what their role allows: nobody's login "
                "reads the whole office, not even the administrator's, who reads no case "
                "notes. The person who runs the server copies it with the owner's role: "
                "cjeapp backup --db postgresql://OWNER@SERVER/DATABASE --user ADMIN --to "
                "FILE (the README says how, under \"The office's server\"). The copy is an "
                "encrypted file that opens in cjeapp with the administrator's password."))
            intro.setAccessibleName(intro.text())
            for widget in (self.file, self.browse_button, self.password, self.panel):
                widget.setVisible(False)
            layout.addStretch(1)
            return
        layout.addLayout(form)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        self.browse_button.clicked.connect(self._browse)
        self.copy_button.clicked.connect(self.start)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Copy to the file"), self.file.text(),
            self.tr("cjeapp database (*.cjeapp)"))
        if chosen:
            self.file.setText(chosen)

    @property
    def job(self) -> BackgroundJob | None:
        return self.panel.job

    @property
    def running(self) -> bool:
        return self.panel.running

    def start(self) -> None:
        if self.running:
            return
        if not self.file.text().strip():
            self.status.setText(self.tr("Choose the file to copy the server into."))
            return
        db, actor = self.context.db, self.context.actor
        destination, password = Path(self.file.text().strip()), self.password.text()
        self.progress.setVisible(True)
        self.panel.run(lambda job: back_up_server(
            db, actor, password, destination, cancelled=job.is_cancelled,
            report=lambda table, done, count: job.report(done, count)),
            self.tr("Copying the server…"),
            succeeded=self._done, stopped=self._stopped, refused=self._refused)

    def cancel(self) -> None:
        self.panel.cancel()

    def _ended(self) -> None:
        self.progress.setVisible(False)
        self.password.clear()

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
        self.panel.stop_and_wait()
