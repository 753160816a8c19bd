"""Importer (coordinator, director, administrator): the batches imported (people, services,
attendance, partners), who made them and when, undo within 30 days, and the assistant for
a new spreadsheet."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.i18n import msg
from cjeapp.core.imports import batches
from cjeapp.core.imports.batches import BatchRow
from cjeapp.core.imports.kind_fields import KINDS
from cjeapp.core.locale_format import format_moment
from cjeapp.core.locale_format import format_number
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.import_wizard import ImportWizard
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.record_table import RecordTable


class ImportsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        heading = page_heading(self.tr("Import"))
        intro = QLabel(self.tr(
            "Bring in the lists kept in Excel, LibreOffice or CSV files — people, services "
            "given, activity attendance, partners: each row is checked as its screen checks "
            "it, likely duplicates are shown beside the existing file, and the whole file is "
            "imported at once or not at all. A batch can be undone for 30 days, as long as "
            "nobody has worked on what it brought."))
        intro.setWordWrap(True)
        self.batches: RecordTable[BatchRow] = RecordTable([
            Column(self.tr("Imported on"), lambda b: format_moment(b.made_at),
                   lambda b: b.made_at, width=170),
            Column(self.tr("Rows of"), lambda b: msg(KINDS[b.kind].caption).render()
                   if b.kind in KINDS else b.kind, width=150),
            Column(self.tr("File"), lambda b: b.source_name, width=220),
            Column(self.tr("By"), lambda b: b.made_by or "", width=170),
            Column(self.tr("Imported"), lambda b: format_number(b.imported),
                   lambda b: b.imported, width=80),
            Column(self.tr("Rows"), lambda b: format_number(b.rows), lambda b: b.rows,
                   width=70),
            Column(self.tr("Undone"), lambda b: format_moment(b.undone_at)
                   if b.undone_at else ""),
        ])
        self.wizard_button = QPushButton(self.tr("Import from a file…"))
        self.undo_button = QPushButton(self.tr("Undo the selected import…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.wizard_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.batches.filter_box(self.tr("Find an import (file, person…)")))
        layout.addWidget(self.batches, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.wizard_button.clicked.connect(self.open_wizard)
        self.undo_button.clicked.connect(self.undo)
        self.wizard: ImportWizard | None = None
        # Read off the screen's thread (ui.operations): a newer read replaces one running.
        self._read: Query[list[BatchRow]] = Query(self, self.batches.set_rows)
        self.refresh()

    def refresh(self) -> None:
        db, actor = self.context.db, self.context.actor
        self._read.run(lambda: batches.list_batches(db, actor))

    def open_wizard(self) -> ImportWizard:
        self.wizard = ImportWizard(self.context, self)
        self.wizard.batch_imported.connect(self._imported)
        self.wizard.show()
        return self.wizard

    def _imported(self, _batch_id: str) -> None:
        self.refresh()  # the other screens are told by the database (plain SQL included)

    @reports_refusals
    def undo(self) -> None:
        chosen = self.batches.current()
        if chosen is None:
            show_error(self, self.tr("Choose the import to undo in the list."))
            return
        answer = QMessageBox.question(
            self, self.tr("Undo an import"),
            self.tr("Undo the import of %2 (%1 rows)? What it created goes to the "
                    "tombstones, as a deletion does, and the files it completed get their "
                    "empty fields back; the audit log keeps the trace.")
            .replace("%1", format_number(chosen.imported)).replace("%2", chosen.source_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, batch_id = self.context.db, self.context.actor, chosen.id
        write(self, lambda: batches.undo_batch(db, actor, batch_id),
              self._undone)

    def _undone(self, removed: int) -> None:
        self.status.setText(self.tr("Import undone; rows undone: %1.").replace(
            "%1", format_number(removed)))
        self.refresh()
