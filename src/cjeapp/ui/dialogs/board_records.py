"""The records behind a figure of the board: the figure chosen in a list (every bar of the
chart it came from), its records read off the screen's thread, and a person's file opened
from a row."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.locale_format import format_number
from cjeapp.core.reporting.board_figures import BoardFilter
from cjeapp.core.reporting.board_lists import ListedRow
from cjeapp.core.reporting.board_lists import Listing
from cjeapp.core.reporting.board_lists import records_behind
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.background import while_shown
from cjeapp.ui.context import AppContext
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.widgets.record_table import RecordTable
from cjeapp.ui.window_size import open_at


@dataclass(frozen=True)
class Entry:
    """A figure whose records may be listed: its words, and where its records are."""

    label: str
    chosen: BoardFilter
    section: str
    key: str
    counsellor: str | None = None


class BoardRecordsDialog(QDialog):
    open_client = Signal(str)

    def __init__(self, context: AppContext, title: str, entries: Sequence[Entry],
                 index: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.entries = list(entries)
        self.job: BackgroundJob | None = None
        self.wanted = -1  # the entry to list once the running look ends
        self.setWindowTitle(self.tr("Records behind the board: %1").replace("%1", title))
        self.figure = QComboBox()
        for entry in self.entries:
            self.figure.addItem(entry.label)
        self.figure.setAccessibleName(self.tr("Figure"))
        figure_label = QLabel(self.tr("&Figure"))
        figure_label.setBuddy(self.figure)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.list: RecordTable[ListedRow] = RecordTable([], sortable=False)
        self.list.setAccessibleName(self.tr("Records behind the figure"))
        self.list.on_open(self._open)
        self.open_button = QPushButton(self.tr("Open the file"))
        close_button = QPushButton(self.tr("Close"))
        top = QHBoxLayout()
        top.addWidget(figure_label)
        top.addWidget(self.figure, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._open_current)
        close_button.clicked.connect(self.close)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.figure.setCurrentIndex(max(0, min(index, len(self.entries) - 1)))
        self.figure.currentIndexChanged.connect(self.load)
        self._enable()
        self.load(self.figure.currentIndex())
        open_at(self, 900, 520)

    @property
    def settled(self) -> bool:
        return self.job is None and self.wanted < 0

    def load(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            return
        if self.job is not None:  # one look at a time: the last figure chosen comes next
            self.wanted = index
            return
        entry, db, actor = self.entries[index], self.context.db, self.context.actor
        job = BackgroundJob(lambda _job: records_behind(
            db, actor, entry.chosen, entry.section, entry.key, entry.counsellor))
        job.succeeded.connect(self._listed)
        job.refused.connect(self._refused)
        job.finished.connect(self._ended)
        self.job = job
        self.status.setText(self.tr("Reading the records…"))
        job.start_looking()

    @while_shown
    def _listed(self, listing: Listing) -> None:
        self.list.table.columns = [Column(heading, _cell(number))
                                   for number, heading in enumerate(listing.headings)]
        self.list.set_rows(listing.rows)
        for number in range(len(listing.headings)):
            self.list.resizeColumnToContents(number)
        if listing.total > len(listing.rows):
            self.status.setText(self.tr("%1 records; the first %2 are listed.")
                                .replace("%1", format_number(listing.total))
                                .replace("%2", format_number(len(listing.rows))))
        elif listing.total:
            self.status.setText(self.tr("%Ln record(s).", "", listing.total))
        else:
            self.status.setText(self.tr("No record behind this figure."))
        if listing.rows:
            self.list.select_where(lambda _row: True)
        self._enable()

    @while_shown
    def _refused(self, error: object) -> None:
        self.status.setText(str(error))

    @while_shown
    def _ended(self) -> None:
        self.job = None
        wanted, self.wanted = self.wanted, -1
        if wanted >= 0:
            self.load(wanted)

    def _enable(self) -> None:
        row = self.list.current()
        self.open_button.setEnabled(row is not None and row.client_id is not None)

    def _open(self, row: ListedRow) -> None:
        if row.client_id is not None:
            self.open_client.emit(row.client_id)

    def _open_current(self) -> None:
        row = self.list.current()
        if row is not None:
            self._open(row)


def _cell(number: int) -> Callable[[ListedRow], str]:
    return lambda row: row.cells[number]
