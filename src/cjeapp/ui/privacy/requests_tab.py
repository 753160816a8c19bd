"""A person's requests under Law 25: the register with each 30-day deadline (red when it is
a week away or past), the answer, the person's file opened for a rectification, and the
person's copy (access, portability) made as an encrypted zip with its passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError
from cjeapp.core.locale_format import format_date
from cjeapp.core.privacy import person_export
from cjeapp.core.privacy import requests
from cjeapp.core.privacy.audit_viewer import AuditRow
from cjeapp.core.privacy.audit_words import action_words as action_label
from cjeapp.core.privacy.audit_words import record_words as record_label
from cjeapp.core.privacy.person_export import PersonExport
from cjeapp.core.privacy.requests import RequestForm
from cjeapp.core.privacy.requests import RequestRow
from cjeapp.core.writers.whole_file import write_whole
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog
from cjeapp.ui.dialogs.pdf_preview import print_pdf
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.flow_layout import together
from cjeapp.ui.widgets.layouts import beside
from cjeapp.ui.widgets.person_picker import PersonPicker
from cjeapp.ui.widgets.record_table import RecordTable


class RequestsTab(QWidget):
    open_client = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        kinds = codelist("privacy_request_kinds")
        self.open_only = QCheckBox(self.tr("Open requests only"))
        self.table: RecordTable[RequestRow] = RecordTable([
            Column(self.tr("Person"), lambda r: r.person, width=140),
            Column(self.tr("Request"), lambda r: kinds.label(r.kind), width=130),
            Column(self.tr("Received"), lambda r: format_date(r.received_on, style="medium"),
                   lambda r: r.received_on.isoformat(), width=95, secondary=True),
            Column(self.tr("Answer due"), lambda r: format_date(r.due_on, style="medium"),
                   lambda r: r.due_on.isoformat(), width=95),
            Column(self.tr("Answered"), lambda r: format_date(r.answered_on, style="medium")
                   if r.answered_on else self.tr("Not yet"), secondary=True),
        ], alert=lambda r: r.near(clock.today()))
        # A new request.
        self.person = PersonPicker(context)
        self.kind = CodeCombo.from_list("privacy_request_kinds", empty=False)
        self.received = DateField("received_on")
        self.requester = QLineEdit()
        self.requester.setPlaceholderText(self.tr("Empty when the person asked themselves"))
        self.details = QPlainTextEdit()
        self.details.setMaximumHeight(56)
        self.details.setTabChangesFocus(True)
        self.record_button = QPushButton(self.tr("Record the request"))
        # The selected request.
        self.selected = QLabel(self.tr("Choose a request in the register."))
        self.selected.setWordWrap(True)
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.changes.setStyleSheet("color: #37474f;")
        self.answered_on = DateField("answered_on")
        self.answer = QPlainTextEdit()
        self.answer.setMaximumHeight(56)
        self.answer.setTabChangesFocus(True)
        self.answer_button = QPushButton(self.tr("Record the answer"))
        self.file_button = QPushButton(self.tr("Open the file (to rectify)"))
        self.language = QComboBox()
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.withhold = QCheckBox(self.tr("Withhold counsellors' notes"))
        self.withhold_reason = QLineEdit()
        self.withhold_reason.setPlaceholderText(self.tr("Why (the exception of the Act)"))
        self.copy_button = QPushButton(self.tr("Make the person's copy…"))
        self.print_button = QPushButton(self.tr("See and print the readable copy…"))
        self.print_button.setEnabled(False)
        self.last_pdf: bytes | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors = FieldErrors({})

        new = QFormLayout()
        new.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow at 150 %
        self.errors.add_row(new, self.tr("Person"), self.person, "client_id")
        self.errors.add_row(new, self.tr("Request"), self.kind, "kind")
        self.errors.add_row(new, self.tr("Received on"), self.received, "received_on")
        self.errors.add_row(new, self.tr("Asked by"), self.requester, "requester")
        self.errors.add_row(new, self.tr("Details"), self.details, "details")
        chosen = QFormLayout()
        chosen.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors.add_row(chosen, self.tr("Answered on"), self.answered_on, "answered_on")
        self.errors.add_row(chosen, self.tr("Answer"), self.answer, "answer")
        # rows of controls go on to a second line when the editor is narrow
        copy_options = FlowLayout()
        copy_options.add_widgets(together(QLabel(self.tr("Copy in")), self.language),
                                 self.withhold)
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.addWidget(_heading(self.tr("New request")))
        column.addLayout(new)
        column.addWidget(self.record_button)
        column.addWidget(_heading(self.tr("The request chosen")))
        column.addWidget(self.selected)
        column.addWidget(self.changes)
        column.addLayout(chosen)
        answer_buttons = FlowLayout()
        answer_buttons.add_widgets(self.file_button, self.answer_button)
        column.addLayout(answer_buttons)
        column.addLayout(copy_options)
        column.addWidget(self.withhold_reason)
        column.addWidget(self.errors.label("passphrase"))
        copy_buttons = FlowLayout()
        copy_buttons.add_widgets(self.copy_button, self.print_button)
        column.addLayout(copy_buttons)
        column.addWidget(self.status)
        column.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.open_only)
        left_layout.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(beside(left, editor, list_share=3, form_share=2))

        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda _new, _old: self._chosen())
        self.record_button.clicked.connect(self.record)
        self.answer_button.clicked.connect(self.save_answer)
        self.file_button.clicked.connect(self._open_file)
        self.copy_button.clicked.connect(self.make_copy)
        self.print_button.clicked.connect(self.show_copy)
        self.withhold.toggled.connect(self.withhold_reason.setEnabled)
        self.withhold_reason.setEnabled(False)
        self.received.set_value(clock.today())
        self.current: RequestRow | None = None
        # Off the screen's thread: the register (its reading is audited: on the writer),
        # and what changed in the file of the request chosen.
        self._rows: Query[list[RequestRow]] = Query(self, self.table.set_rows,
                                                    refused=under_fields(self), writes=True)
        self._changes: Query[list[AuditRow]] = Query(self, self._show_changes)
        self._chosen()
        self.refresh()
        context.events.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        """What another window recorded in the register shows here at once."""
        if change.kind is ChangeKind.PRIVACY and change.origin is not self:
            self.refresh()

    def refresh(self) -> None:
        db, actor, open_only = self.context.db, self.context.actor, self.open_only.isChecked()
        self._rows.run(lambda: requests.list_requests(db, actor, open_only=open_only))

    def _chosen(self) -> None:
        row = self.table.current()
        self.current = row
        for widget in (self.answer_button, self.file_button, self.copy_button):
            widget.setEnabled(row is not None)
        if row is None:
            self._changes.cancel()
            return
        kind = codelist("privacy_request_kinds").label(row.kind)
        by = f" — {row.requester}" if row.requester else ""
        self.selected.setText(f"{row.person} · {kind}{by}\n{row.details or ''}".strip())
        self.answered_on.set_value(row.answered_on or clock.today())
        self.answer.setPlainText(row.answer or "")
        self.status.clear()
        self.changes.clear()
        db, actor, request_id = self.context.db, self.context.actor, row.id
        self._changes.run(lambda: requests.changes_since_request(db, actor, request_id))

    def _show_changes(self, changed: list[AuditRow]) -> None:
        """The link to a rectification: what changed in the file since the request."""
        if not changed:
            self.changes.setText(self.tr("No change to the file since the request."))
            return
        lines = [" · ".join(filter(None, (
            format_date(entry.at.astimezone(clock.LOCAL_ZONE).date(), style="medium"),
            entry.who, f"{action_label(entry.action)} {record_label(entry.entity)}",
            entry.details))) for entry in changed[-5:]]
        self.changes.setText(self.tr("Changes to the file since the request: %1").replace(
            "%1", str(len(changed))) + "\n" + "\n".join(lines))

    @reports_refusals
    def record(self) -> None:
        db, actor = self.context.db, self.context.actor
        form = RequestForm(
            client_id=self.person.value(), kind=self.kind.value() or "",
            received_on=self.received.required_value(), requester=self.requester.text(),
            details=self.details.toPlainText())
        write(self, lambda: requests.record_request(db, actor, form),
              lambda _row: self._recorded(), refused=under_fields(self),
              busy=self.record_button)

    def _recorded(self) -> None:
        self.requester.clear()
        self.details.clear()
        self.person.clear()
        self.refresh()
        self.status.setText(self.tr("Request recorded; the answer is due within 30 days."))

    @reports_refusals
    def save_answer(self) -> None:
        if self.current is None:
            return
        db, actor, current = self.context.db, self.context.actor, self.current
        answered_on, answer = self.answered_on.required_value(), self.answer.toPlainText()
        write(self, lambda: requests.answer_request(
            db, actor, current.id, answered_on=answered_on, answer=answer,
            expected_version=current.version), lambda _row: self._answered(),
            refused=under_fields(self))

    def _answered(self) -> None:
        self.refresh()
        self.status.setText(self.tr("Answer recorded."))

    def _open_file(self) -> None:
        if self.current is not None:
            self.open_client.emit(self.current.client_id)

    @reports_refusals
    def make_copy(self) -> None:
        if self.current is None:
            return
        reason = self.withhold_reason.text() if self.withhold.isChecked() else None
        if self.withhold.isChecked() and not (reason or "").strip():
            self.errors.label("passphrase").setText(self.tr(
                "Say why the notes are withheld, or untick the box."))
            self.errors.label("passphrase").show()
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("The person's copy"), "copie-renseignements.zip",
            self.tr("Encrypted zip (*.zip)"))
        if not target:
            return  # nothing made, nothing audited
        db, actor, current = self.context.db, self.context.actor, self.current
        language = self.language.currentData()

        def make() -> PersonExport:
            made = person_export.make(db, actor, current.client_id, language=language,
                                      withhold_notes_reason=reason, request_id=current.id)
            write_whole(Path(target), made.zip_bytes)
            return made

        self.copy_button.setEnabled(False)  # once: the copy is made on the writer
        write(self, make, lambda made: self._copy_made(target, made),
              refused=self._copy_refused)

    def _copy_refused(self, error: CjeError) -> None:
        self.copy_button.setEnabled(self.current is not None)
        under_fields(self)(error)

    def _copy_made(self, target: str, made: PersonExport) -> None:
        self.copy_button.setEnabled(self.current is not None)
        self.last_pdf = made.pdf
        self.print_button.setEnabled(True)
        self.refresh()
        self.status.setText(self.tr(
            "Written, encrypted: %1. Passphrase to give the person by another way (phone, in "
            "person): %2").replace("%1", target).replace("%2", made.passphrase))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Passphrase"), self.tr(
            "Give this passphrase to the person by another way than the file:\n\n%1")
            .replace("%1", made.passphrase), parent=self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()


    def show_copy(self) -> None:
        """The readable PDF, to print at the office (saving it writes it unencrypted)."""
        if self.last_pdf is None:
            return
        dialog = PdfPreviewDialog(self.last_pdf, self.tr("The person's copy"), self)
        if dialog.exec() and dialog.choice == "print":
            print_pdf(self, self.last_pdf)
        elif dialog.choice == "save":
            save_bytes(self, self.last_pdf, "copie-renseignements.pdf", "PDF (*.pdf)")


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    return label

