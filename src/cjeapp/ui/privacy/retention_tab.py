"""Retention (Law 25): how long files are kept after their last activity, the files past
it (an open request holds one back), their destruction after a confirmation — off the
screen's thread, all or nothing — and the register of destructions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.errors import CjeError
from cjeapp.core.locale_format import format_date
from cjeapp.core.privacy import retention
from cjeapp.core.privacy.retention import DestructionReport
from cjeapp.core.privacy.retention import DestructionRow
from cjeapp.core.privacy.retention import DueFile
from cjeapp.ui.background import BackgroundJob
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


class RetentionTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.years = QSpinBox()
        self.years.setRange(1, 100)
        self.years.setSuffix(self.tr(" years"))
        db = context.db  # the period kept, read off the screen's thread
        self._years: Query[int] = Query(self, self.years.setValue)
        self._years.run(lambda: retention.retention_years(db))
        self.save_years = QPushButton(self.tr("Keep files this long"))
        self.due: RecordTable[DueFile] = RecordTable([
            Column(self.tr("Person"), lambda r: r.person, width=200),
            Column(self.tr("Last activity"), lambda r: format_date(r.last_activity,
                                                                  style="medium"),
                   lambda r: r.last_activity.isoformat(), width=120),
            Column(self.tr("To destroy since"), lambda r: format_date(r.due_on,
                                                                     style="medium"),
                   lambda r: r.due_on.isoformat(), width=130),
            Column(self.tr("Records"), lambda r: str(r.records), lambda r: r.records,
                   width=130),
            Column(self.tr("Held back"), lambda r: r.blocked or ""),
        ], alert=lambda r: r.blocked is not None)
        self.due.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.destroy_button = QPushButton(self.tr("Destroy the files chosen…"))
        self.register: RecordTable[DestructionRow] = RecordTable([
            Column(self.tr("Destroyed on"), lambda r: format_date(r.destroyed_on,
                                                                 style="medium"),
                   lambda r: r.destroyed_on.isoformat(), width=120),
            Column(self.tr("People"), lambda r: str(r.persons), width=70),
            Column(self.tr("Rule"), lambda r: r.rule, width=300),
            Column(self.tr("By"), lambda r: r.by, width=160),
            Column(self.tr("What was destroyed"), lambda r: r.kinds),
        ])
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.errors = FieldErrors({})
        period = FlowLayout()  # on two lines when the window is narrow
        period.add_widgets(together(QLabel(self.tr("Keep a file after its last activity for")),
                                    self.years), self.save_years)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.errors.label("retention_years"))
        layout.addWidget(self.summary)
        layout.addWidget(self.due, 3)
        layout.addWidget(self.destroy_button)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Register of destructions")))
        layout.addWidget(self.register, 2)
        self.save_years.clicked.connect(self.set_years)
        self.destroy_button.clicked.connect(self.destroy_chosen)
        self._job: BackgroundJob | None = None
        self._loads: list[BackgroundJob] = []
        self._generation = 0
        self.refresh()

    def refresh(self) -> None:
        """Find the files past retention off the screen's thread (it reads every record's
        date: about 1.3 s for 20,000 people). The thread belongs to the application, and
        the results come to bound slots, so closing the screen meanwhile is harmless."""
        db, actor = self.context.db, self.context.actor
        self._generation += 1
        generation = self._generation
        job = BackgroundJob(lambda _running: (generation, retention.due_files(db, actor),
                                              retention.destructions(db, actor)))
        job.succeeded.connect(self._show)
        job.refused.connect(self._refused)
        self.summary.setText(self.tr("Looking for the files past their retention…"))
        self._loads.append(job)
        job.finished.connect(self._forget_loads)
        job.start(QCoreApplication.instance() or self)

    def _forget_loads(self) -> None:
        self._loads = [job for job in self._loads if job.running]

    def _refused(self, error: CjeError) -> None:
        show_error(self, error)

    def _show(self, found: tuple[int, list[DueFile], list[DestructionRow]]) -> None:
        generation, due, register = found
        if generation != self._generation:
            return  # a later look is on its way
        self.due.set_rows(due)
        self.register.set_rows(register)
        self.summary.setText(self.tr(
            "Files past their retention: %1. Destroying a file erases the person's "
            "identity, contact details and every text about them for good; the counts the "
            "funder needs stay, with no one's name.").replace("%1", str(len(due))))

    def set_years(self) -> None:
        self.errors.clear()
        db, actor, years = self.context.db, self.context.actor, self.years.value()
        write(self, lambda: retention.set_retention_years(db, actor, years),
              lambda _none: self._years_saved(), refused=under_fields(self))

    def _years_saved(self) -> None:
        self.refresh()
        self.status.setText(self.tr("Retention period saved."))

    def chosen(self) -> list[DueFile]:
        return [row for index in self.due.selectionModel().selectedRows()
                if (row := self.due.table.row_at(index.row())) is not None]

    def destroy_chosen(self) -> None:
        chosen = [row for row in self.chosen() if row.blocked is None]
        if not chosen:
            self.status.setText(self.tr("Choose files in the list (not those held back)."))
            return
        answer = QMessageBox.question(
            self, self.tr("Destroy files"), self.tr(
                "Destroy the files chosen (%1) for good? Their names, contact details and "
                "every text about them will be erased and cannot be brought back.").replace(
                "%1", str(len(chosen))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.context.db, self.context.actor
        ids = [row.client_id for row in chosen]
        job = BackgroundJob(lambda running: retention.destroy(
            db, actor, ids, cancelled=running.is_cancelled))
        job.succeeded.connect(self._destroyed)
        self.destroy_button.setEnabled(False)
        job.finished.connect(lambda: self.destroy_button.setEnabled(True))
        self.status.setText(self.tr("Destroying…"))
        self._job = job
        job.start(self)

    def _destroyed(self, report: DestructionReport) -> None:
        self.refresh()
        self.status.setText(self.tr("Files destroyed: %1; the register says so.").replace(
            "%1", str(report.persons)))
