"""« Points à régler »: what the database's check found in sound records — a counsellor
booked twice at once, an activity enrolled past its capacity, a code or a time that cannot
be right — each with the person it is about, why, who fixes it, and a button that decides
it (or opens the person's file). None of them stops a backup."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.findings.listing import FindingRow
from cjeapp.core.findings.listing import list_findings
from cjeapp.core.permissions import Permission
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.background import while_shown
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.decision_dialogs import BookingDecisionDialog
from cjeapp.ui.dialogs.decision_dialogs import CapacityDecisionDialog
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.widgets.record_table import RecordTable
from cjeapp.ui.window_size import open_at

DECIDED_HERE = {"double_booking": Permission.APPOINTMENT_WRITE,
                "over_capacity": Permission.ACTIVITY_WRITE}


def decision_dialog(context: AppContext, kind: str, row_id: str, other_id: str | None,
                    parent: QWidget | None) -> QDialog | None:
    """The dialog that decides a double booking or a capacity (None for other kinds)."""
    if kind in ("double_booking", "booking") and other_id is not None:
        return BookingDecisionDialog(context, other_id, row_id, parent)
    if kind in ("over_capacity", "capacity"):
        return CapacityDecisionDialog(context, row_id, parent)
    return None


class FindingsDialog(QDialog):
    open_client = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Points to resolve"))
        intro = QLabel(self.tr(
            "What the check of the database found in records that are otherwise sound. "
            "None of these stops a backup; each is someone's to resolve."))
        intro.setWordWrap(True)
        self.list: RecordTable[FindingRow] = RecordTable([
            Column(self.tr("Person"), lambda row: row.person or "—", width=170),
            Column(self.tr("What was found"), lambda row: str(row.finding.what), width=430),
            Column(self.tr("Who resolves it"), lambda row: str(row.finding.fix)),
        ])
        self.list.setAccessibleName(self.tr("Points to resolve"))
        self.details = QLabel()  # the whole sentence of the point chosen: the list cuts it
        self.details.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.decide_button = QPushButton(self.tr("Decide…"))
        self.open_button = QPushButton(self.tr("Open the file"))
        close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.decide_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.decide_button.clicked.connect(self.decide)
        self.open_button.clicked.connect(self.open_file)
        close_button.clicked.connect(self.close)
        self.list.on_open(self._opened)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        context.events.changed.connect(self._on_changed)
        self._enable()
        self.refresh()
        open_at(self, 1100, 480)

    @property
    def settled(self) -> bool:
        return self.job is None

    def refresh(self) -> None:
        if self.job is not None:
            return
        db, actor = self.context.db, self.context.actor
        job = BackgroundJob(lambda _running: list_findings(db, actor))
        job.succeeded.connect(self._listed)
        job.refused.connect(self._not_listed)
        job.finished.connect(self._ended)
        self.job = job
        self.status.setText(self.tr("Checking the records…"))
        job.start_looking()

    @while_shown
    def _listed(self, rows: list[FindingRow]) -> None:
        self.list.set_rows(rows)
        if rows:
            self.status.setText(self.tr("%n point(s) to resolve.", "", len(rows)))
            if self.list.current() is None:
                self.list.select_where(lambda _row: True)
        else:
            self.status.setText(self.tr("Nothing to resolve."))
        self._enable()

    @while_shown
    def _not_listed(self, error: object) -> None:
        self.status.setText(str(error))

    @while_shown
    def _ended(self) -> None:
        self.job = None

    def _on_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.APPOINTMENTS, ChangeKind.CASEWORK, ChangeKind.CLIENTS):
            self.refresh()

    def _enable(self) -> None:
        row = self.list.current()
        needed = DECIDED_HERE.get(row.finding.kind) if row is not None else None
        self.decide_button.setEnabled(needed is not None and self.context.can(needed))
        self.details.setText("" if row is None else
                             f"{row.finding.what}\n{row.finding.fix}")
        self.open_button.setEnabled(row is not None and row.finding.client_id is not None)

    def _opened(self, _row: FindingRow) -> None:
        self.decide()

    def decide(self) -> QDialog | None:
        row = self.list.current()
        if row is None:
            show_error(self, self.tr("Choose the point to resolve in the list."))
            return None
        finding = row.finding
        dialog = decision_dialog(self.context, finding.kind, finding.row_id,
                                 finding.other_id, self)
        if dialog is None:
            self.open_file()
            return None
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_file(self) -> None:
        row = self.list.current()
        if row is not None and row.finding.client_id:
            self.open_client.emit(row.finding.client_id)

    def wait_for_jobs(self) -> None:
        if self.job is not None:
            self.job.stop_and_wait()
