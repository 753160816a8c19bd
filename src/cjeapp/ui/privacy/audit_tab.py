"""The audit log as the person in charge of personal information reads it: filtered by
person, staff member, action and period; the chain checked off the screen's thread; the
selection exported as CSV. Every reading is itself in the log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import Message
from cjeapp.core.ids import UserId
from cjeapp.core.locale_format import format_datetime
from cjeapp.core.permissions import Permission
from cjeapp.core.privacy import audit_viewer
from cjeapp.core.privacy.audit_viewer import AuditFilter
from cjeapp.core.privacy.audit_viewer import AuditPage
from cjeapp.core.privacy.audit_viewer import AuditRow
from cjeapp.core.privacy.audit_words import action_words as action_label
from cjeapp.core.privacy.audit_words import record_words as record_label
from cjeapp.core.staff import accounts
from cjeapp.core.writers.whole_file import write_whole
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.context import AppContext
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.flow_layout import stretching
from cjeapp.ui.widgets.flow_layout import together
from cjeapp.ui.widgets.person_picker import PersonPicker
from cjeapp.ui.widgets.record_table import RecordTable

# the staff to choose from (name, id), the actions found in the log
_Choices = tuple[list[tuple[str, str]], list[str]]


class AuditTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person = PersonPicker(context, anyone=self.tr("Every person"))
        self.staff = QComboBox()
        self.staff.addItem(self.tr("Every staff member"), None)
        self.action = QComboBox()
        self.action.addItem(self.tr("Every action"), None)
        self.since = DateField("since")
        self.until = DateField("until")
        self.errors = FieldErrors({})
        self.show_button = QPushButton(self.tr("Show"))
        self.export_button = QPushButton(self.tr("Export the selection (CSV)…"))
        self.chain_button = QPushButton(self.tr("Check the chain"))
        self.seal_button = QPushButton(self.tr("Seal the log…"))
        self.seal_button.setToolTip(self.tr(
            "A dated seal of the log as it stands (its last entry's number and hash, signed "
            "with the organization's key), to keep away from this computer: printed, or "
            "given to an auditor. A log later cut or rewritten no longer matches it "
            "(cjeapp check --against SEAL)."))
        self.seal_button.setVisible(context.actor.can(Permission.PRIVACY_ADMIN))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        self.table: RecordTable[AuditRow] = RecordTable([
            Column(self.tr("Entry"), lambda r: str(r.seq), lambda r: r.seq, width=70),
            Column(self.tr("Date and time"), lambda r: format_datetime(
                r.at.astimezone(clock.LOCAL_ZONE)), lambda r: r.seq, width=170),
            Column(self.tr("Staff member"), lambda r: r.who, width=170),
            Column(self.tr("Action"), lambda r: action_label(r.action), width=120),
            Column(self.tr("Record kind"), lambda r: record_label(r.entity),
                   width=170),
            Column(self.tr("Details"), lambda r: r.details),
        ])
        # On as many lines as the window's width needs (two at 150 % scaling).
        self.action.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action.setMinimumContentsLength(18)
        filters = FlowLayout()
        filters.add_widgets(
            stretching(together(QLabel(self.tr("Person")), self.person)),
            together(QLabel(self.tr("Staff member")), self.staff),
            stretching(together(QLabel(self.tr("Action")), self.action)),
            together(QLabel(self.tr("From")), self.since, QLabel(self.tr("to")), self.until),
            self.show_button)
        period_errors = QHBoxLayout()
        for field in ("since", "until"):
            period_errors.addWidget(self.errors.label(field))
        buttons = FlowLayout()
        buttons.add_widgets(self.chain_button, stretching(self.chain), self.seal_button,
                            self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(period_errors)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.chain_button.clicked.connect(self.check_chain)
        self.seal_button.clicked.connect(self.seal)
        self._job: BackgroundJob | None = None
        # Off the screen's thread: the choices of the filters, then the entries (each
        # reading of the log is itself logged: on the one writer).
        self._choices: Query[_Choices] = Query(self, self._show_choices)
        self._page: Query[AuditPage] = Query(self, self._show, refused=under_fields(self),
                                             writes=True)
        db, actor = context.db, context.actor
        self._choices.run(lambda: (
            [(account.full_name, account.id)
             for account in accounts.list_staff(db, actor, include_inactive=True)],
            audit_viewer.actions(db, actor)))
        self.refresh()  # the newest entries at once (this reading is itself logged)

    def _show_choices(self, choices: _Choices) -> None:
        staff, actions = choices
        for name, ident in staff:
            self.staff.addItem(name, ident)
        for action in actions:
            self.action.addItem(action_label(action), action)

    def selection(self) -> AuditFilter:
        staff = self.staff.currentData()
        return AuditFilter(client_id=self.person.value(),
                           user_id=UserId(staff) if staff else None,
                           action=self.action.currentData(), since=self.since.value(),
                           until=self.until.value())

    @reports_refusals  # a mistyped date, said under its field before anything is read
    def refresh(self) -> None:
        db, actor, selection = self.context.db, self.context.actor, self.selection()
        self._page.run(lambda: audit_viewer.browse(db, actor, selection))

    def _show(self, page: AuditPage) -> None:
        self.table.set_rows(page.rows)
        if page.total > len(page.rows):
            self.summary.setText(self.tr("%1 entries match; the newest %2 are shown. Narrow "
                                         "the period or export the selection.")
                                 .replace("%1", str(page.total))
                                 .replace("%2", str(len(page.rows))))
        else:
            self.summary.setText(self.tr("%1 entries match.").replace("%1", str(page.total)))

    @reports_refusals
    def export(self) -> None:
        db, actor, selection = self.context.db, self.context.actor, self.selection()
        write(self, lambda: audit_viewer.export_csv(db, actor, selection),  # logged
              self._save_export, refused=under_fields(self))

    def _save_export(self, data: bytes) -> None:
        save_bytes(self, data, "journal-audit.csv", self.tr("CSV file (*.csv)"))

    @reports_refusals
    def seal(self) -> None:
        from cjeapp.core.privacy.seal import make_seal

        stamp = clock.now().astimezone(clock.LOCAL_ZONE).strftime("%Y-%m-%d")
        target, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Seal the log…"), f"sceau-journal-{stamp}.json",
            self.tr("Seal of the audit log (*.json)"))
        if not target:
            return  # nothing sealed, nothing logged
        db, actor, path = self.context.db, self.context.actor, Path(target)
        write(self, lambda: write_whole(path, make_seal(db, actor)),
              lambda _written: self._sealed(path), refused=under_fields(self))

    def _sealed(self, path: Path) -> None:
        self.chain.setStyleSheet("")
        self.chain.setText(self.tr("Sealed: %1. Keep this file away from this computer.")
                           .replace("%1", path.name))
        self.refresh()  # the sealing is the log's newest entry

    def check_chain(self) -> None:
        if self._job is not None and self._job.running:
            return
        db, actor = self.context.db, self.context.actor
        job = BackgroundJob(lambda running: audit_viewer.chain_verdict(
            db, actor, running.is_cancelled))
        self.chain.setText(self.tr("Checking every entry…"))
        self.chain.setStyleSheet("")
        job.succeeded.connect(self._chain_checked)
        job.refused.connect(self._chain_refused)
        self._job = job
        job.start(self)

    def _chain_checked(self, verdict: Message) -> None:
        intact = verdict.msgid == audit_viewer.INTACT
        self.chain.setText(verdict.render())
        self.chain.setStyleSheet("color: #1b5e20;" if intact else
                                 "color: #b00020; font-weight: 600;")

    def _chain_refused(self, error: CjeError) -> None:
        self.chain.setText("")
        show_error(self, error)
