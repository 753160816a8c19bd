"""The Activités page's « Paper » tab: the attendance sheet of the chosen session, the
attestations for the group, and the allowance list — each drafted on a worker
(``ui.operations``), then offered to be saved. Its words are translated as the page's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.groups import activity_documents
from cjeapp.core.groups.activity_list import ActivityRow
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.batch_dialog import BatchDialog
from cjeapp.ui.files import save_bytes
from cjeapp.ui.operations import Query

# the document, the name suggested for it, the kinds of file offered
_Drafted = tuple[bytes, str, str]


class ActivityPapers(QWidget):
    def __init__(self, context: AppContext, activity: Callable[[], ActivityRow | None],
                 session_id: Callable[[], str | None], status: QLabel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._activity = activity
        self._session_id = session_id
        self.status = status  # the page's line of news, where a saved file is said
        self._drafting: Query[_Drafted] = Query(self, self._save)
        self.sheet_button = QPushButton(QCoreApplication.translate(
            "ActivitiesPage", "Attendance sheet (PDF)…"))
        self.eligible_pdf_button = QPushButton(QCoreApplication.translate(
            "ActivitiesPage", "Allowance list (PDF)…"))
        self.eligible_xlsx_button = QPushButton(QCoreApplication.translate(
            "ActivitiesPage", "Allowance list (spreadsheet)…"))
        self.attestations_button = QPushButton(QCoreApplication.translate(
            "ActivitiesPage", "Attestations for the group…"))
        layout = QVBoxLayout(self)
        for button in (self.sheet_button, self.attestations_button, self.eligible_pdf_button,
                       self.eligible_xlsx_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.eligible_pdf_button.clicked.connect(lambda: self.save_eligible("pdf"))
        self.eligible_xlsx_button.clicked.connect(lambda: self.save_eligible("xlsx"))
        self.attestations_button.clicked.connect(self.group_attestations)

    def save_sheet(self) -> None:
        session_id = self._session_id()
        if session_id:
            db, actor = self.context.db, self.context.actor
            self._drafting.run(lambda: (activity_documents.attendance_sheet_pdf(
                db, actor, session_id), "presences.pdf", "PDF (*.pdf)"))

    def save_eligible(self, kind: str) -> None:
        row = self._activity()
        if row is None:
            return
        db, actor, activity_id = self.context.db, self.context.actor, row.id
        if kind == "pdf":
            self._drafting.run(lambda: (activity_documents.eligible_pdf(
                db, actor, activity_id), "allocation.pdf", "PDF (*.pdf)"))
        else:
            self._drafting.run(lambda: (activity_documents.eligible_xlsx(
                db, actor, activity_id), "allocation.xlsx", "Excel (*.xlsx)"))

    def group_attestations(self) -> None:
        row = self._activity()
        if row is not None:
            BatchDialog(self.context, row.id, row.title, self).exec()

    def _save(self, drafted: _Drafted) -> None:
        data, name, kind = drafted
        target = save_bytes(self, data, name, kind)
        if target:
            self.status.setText(QCoreApplication.translate(
                "ActivitiesPage", "Saved to %1").replace("%1", target))
