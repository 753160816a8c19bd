"""Register a laptop at the office: its counsellor, its name, where to write its database,
and the counsellor's own password (typed by them: it opens the laptop). The database is
written off the screen's thread; its recovery key is shown once at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.errors import CjeError
from cjeapp.core.errors import Unexpected
from cjeapp.core.errors import ValidationError
from cjeapp.core.exchange.replicas import LaptopMade
from cjeapp.core.exchange.replicas import create_replica
from cjeapp.core.locale_format import format_number
from cjeapp.ui.background import while_shown
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import report_refusal
from cjeapp.ui.recovery_dialogs import RecoveryKeyDialog
from cjeapp.ui.widgets.counsellor_combo import CounsellorCombo
from cjeapp.ui.widgets.job_panel import JobPanel
from cjeapp.ui.window_size import open_at


class RegisterLaptopDialog(QDialog):
    registered = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.made: LaptopMade | None = None
        self.setWindowTitle(self.tr("Register a laptop"))
        intro = QLabel(self.tr(
            "The laptop gets its counsellor's files and what everyone shares (staff names, "
            "partners, activities), nothing else. Its database is written encrypted: carry "
            "it to the laptop, where the counsellor opens it with their own password."))
        intro.setWordWrap(True)
        self.counsellor = CounsellorCombo(context, preselect_self=False)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Laptop of the Disraeli point of service"))
        self.file = QLineEdit(str(Path.home() / "portable.cjeapp"))
        browse = QPushButton(self.tr("Browse…"))
        file_box = QWidget()
        file_row = QHBoxLayout(file_box)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = FieldErrors({})
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Counsellor"), self.counsellor, "counsellors")
        self.errors.add_row(form, self.tr("Laptop's name"), self.name, "name")
        self.errors.add_row(form, self.tr("Write its database to"), file_box, "destination")
        self.errors.add_row(form, self.tr("The counsellor's password"), self.password,
                            "password")
        self.panel = JobPanel(self.tr("Register and write"), cancel_when_idle=True, once=True)
        self.panel.idle_cancel.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.panel)
        browse.clicked.connect(self._browse)
        self.panel.start_button.clicked.connect(self.start)
        open_at(self, 620, 360)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Write its database to"), self.file.text(),
            self.tr("cjeapp database (*.cjeapp)"))
        if chosen:
            self.file.setText(chosen)

    def start(self) -> None:
        self.errors.clear()
        try:
            counsellor = self.counsellor.required_value()
        except ValidationError as error:
            report_refusal(self, error, self.errors)
            return
        db, actor = self.context.db, self.context.actor
        name = self.name.text().strip() or self.tr("Laptop of %1").replace(
            "%1", self.counsellor.currentText())
        password, destination = self.password.text(), Path(self.file.text().strip())
        self.panel.run(lambda _job: create_replica(
            db, actor, name=name, counsellors=[counsellor], password=password,
            destination=destination), self.tr("Writing the laptop's database…"),
            succeeded=self._done, stopped=lambda: None, refused=self._refused)

    @while_shown
    def _done(self, made: LaptopMade) -> None:
        self.made = made
        self.password.clear()
        self.panel.status.setText(self.tr("Registered: %1 (%2 records). Carry it to the "
                                          "laptop with its key file (.keys).").replace(
            "%1", str(made.path)).replace("%2", format_number(made.rows)))
        self.panel.cancel_button.setText(self.tr("Close"))
        self.registered.emit()
        RecoveryKeyDialog(made.recovery_key, self, intro_text=self.tr(
            "The laptop's database is encrypted: it opens with the counsellor's password, "
            "or with this recovery key when the password is lost. Write the key down now "
            "and keep it at the office. It will not be shown again.")).exec()

    @while_shown
    def _refused(self, error: CjeError) -> None:
        self.panel.status.setText("")
        if not isinstance(error, Unexpected):  # the job shows those itself
            report_refusal(self, error, self.errors)
