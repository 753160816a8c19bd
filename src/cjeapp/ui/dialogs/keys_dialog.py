"""« Remettre les clés »: the colleagues whose key pair nobody who holds the organization's
keys has vouched for yet (a new account, a reset password). Someone who holds them — a
counsellor, the coordinator, the director — checks that the person named has just chosen
their password, and vouches: their program then seals the keys to that key pair."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.codelists import codelist
from cjeapp.core.custody import keeping
from cjeapp.core.custody.keeping import Waiting
from cjeapp.core.errors import CjeError
from cjeapp.core.locale_format import format_moment
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.record_table import RecordTable
from cjeapp.ui.window_size import open_at


class KeysDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Hand the keys to colleagues"))
        intro = QLabel(self.tr(
            "These colleagues have chosen their password, and wait for the keys that open "
            "the confidential notes and sign for the organization. Hand them over only to "
            "someone you know has just set up their account (a new colleague, a password "
            "reset): a key pair you do not recognize may have been planted."))
        intro.setWordWrap(True)
        roles = codelist("roles")
        self.list: RecordTable[Waiting] = RecordTable([
            Column(self.tr("Colleague"), lambda row: row.full_name, width=260),
            Column(self.tr("Role"), lambda row: roles.label(row.role), width=180),
            Column(self.tr("Key pair made"), lambda row: format_moment(row.made_at),
                   width=170),
            Column(self.tr("Already holds the keys"), lambda row: self.tr(
                "yes, on another key pair: ask them before handing over") if row.holds_keys
                else self.tr("no")),
        ])
        self.list.setAccessibleName(self.tr("Colleagues waiting for the keys"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.hand_button = QPushButton(self.tr("Hand over the keys"))
        close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.hand_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.hand_button.clicked.connect(self.hand_over)
        close_button.clicked.connect(self.close)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._rows: Query[list[Waiting]] = Query(self, self._show)
        self._enable()
        self.refresh()
        open_at(self, 980, 360)

    def refresh(self) -> None:
        db, actor = self.context.db, self.context.actor
        self._rows.run(lambda: keeping.waiting_for_keys(db, actor))

    def _show(self, rows: list[Waiting]) -> None:
        self.list.set_rows(rows)
        self.status.setText(self.tr("%n colleague(s) waiting.", "", len(rows)) if rows
                            else self.tr("Nobody is waiting for the keys."))
        if rows and self.list.current() is None:
            self.list.select_where(lambda _row: True)
        self._enable()

    def _enable(self) -> None:
        self.hand_button.setEnabled(self.list.current() is not None)

    def hand_over(self) -> None:
        row = self.list.current()
        if row is None:
            return
        db, actor = self.context.db, self.context.actor
        self.hand_button.setEnabled(False)  # once: sealed on the writer
        write(self, lambda: keeping.vouch_for(db, actor, row.holder_id),
              lambda _done: self._handed(row), refused=self._refused)

    def _refused(self, error: CjeError) -> None:
        self._enable()
        show_error(self, error)

    def _handed(self, row: Waiting) -> None:
        self.refresh()
        self.status.setText(self.tr("{name} has the keys from now on (at their next sign-in)."
                                    ).format(name=row.full_name))
