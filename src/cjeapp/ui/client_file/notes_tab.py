"""Confidential notes (this tab is never built for reception)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ValidationError
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_moment
from cjeapp.core.people import notes
from cjeapp.core.people.notes import Note
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import show_error
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write


class NotesTab(QWidget):
    def __init__(self, context: AppContext, client_id: ClientId,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        warning = QLabel(self.tr("Confidential: only counsellors, coordination and direction "
                                 "read these notes. Each reading is logged."))
        warning.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("New note"))
        self.editor.setMaximumHeight(120)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.add_button = QPushButton(self.tr("Add the note"))
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)
        layout.addWidget(self.add_button)
        self.add_button.clicked.connect(self.add_note)
        self._loaded = False
        self._notes: Query[list[Note]] = Query(self, self._show, writes=True)  # reading is logged

    def showEvent(self, event: object) -> None:  # read (and log) only when looked at
        if not self._loaded:
            self._read()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Read again once looked at; never looked at, nothing is read (nor logged as
        read) because the file was saved or changed elsewhere."""
        if self._loaded:
            self._read()

    def _read(self) -> None:
        self._loaded = True
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        self._notes.run(lambda: notes.list_notes(db, actor, client_id))

    def _show(self, found: list[Note]) -> None:
        self.list.clear()
        for note in found:
            text = note.body if note.body is not None else self.tr(
                "(sealed with a case-notes key you have not been given yet: a colleague who "
                "reads the notes passes it on when they next sign in)")
            if not note.sealed:
                text = self.tr("(not sealed: kept in clear before the notes were sealed, or "
                               "written outside the program) {text}").format(text=text)
            self.list.addItem(f"{format_moment(note.created_at)} — {text}")

    def add_note(self) -> None:
        self.message.clear()
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        body = self.editor.toPlainText()
        write(self, lambda: notes.add_note(db, actor, client_id, body), self._added,
              refused=self._refused)

    def _added(self, _note: object) -> None:
        self.editor.clear()
        self.refresh()

    def _refused(self, error: CjeError) -> None:
        if isinstance(error, ValidationError):
            self.message.setText(str(error))
        else:
            show_error(self, error)
