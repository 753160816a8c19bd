"""Tableau de bord: the load of a period (the fiscal year by default) beside the same period
a year earlier, in figures and charts, for an office or a counsellor or everyone; computed
off the screen's thread; saved as a PDF for the board of directors or as a spreadsheet
(counts under 5 shown as « < 5 » there; exact on this screen, inside the organization)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import current_language
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_month
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting.board import BoardChoices
from cjeapp.core.reporting.board import board
from cjeapp.core.reporting.board import board_choices
from cjeapp.core.reporting.board import check_period
from cjeapp.core.reporting.board import fiscal_year
from cjeapp.core.reporting.board_export import BoardFormat
from cjeapp.core.reporting.board_export import export_board
from cjeapp.core.reporting.board_figures import Board
from cjeapp.core.reporting.board_figures import BoardFilter
from cjeapp.core.reporting.board_figures import Figure
from cjeapp.core.reporting.board_figures import Section
from cjeapp.core.reporting.board_figures import Series
from cjeapp.core.reporting.board_lists import CASELOAD
from cjeapp.core.reporting.board_lists import SERIES_FIGURES
from cjeapp.core.reporting.board_lists import has_list
from cjeapp.core.reporting.board_lists import month_of
from cjeapp.core.reporting.board_values import shown
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.background import while_shown
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.board_records import BoardRecordsDialog
from cjeapp.ui.dialogs.board_records import Entry
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import show_error
from cjeapp.ui.operations import Query
from cjeapp.ui.widgets.bar_chart import Bar
from cjeapp.ui.widgets.bar_chart import BarChart
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.flow_layout import stretching
from cjeapp.ui.widgets.flow_layout import together
from cjeapp.ui.widgets.heading import page_heading


class BoardPage(QWidget):
    """Each figure opens the records behind it (a chart's bar clicked, or its « See the
    records… » button) for who may read people's files."""

    open_client = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.board: Board | None = None
        self.shown_for: BoardFilter | None = None  # the filter of the board shown
        self.records: BoardRecordsDialog | None = None
        self.job: BackgroundJob | None = None
        first, last = fiscal_year(clock.today())
        self.first = DateField("first")
        self.first.set_value(first)
        self.first.setAccessibleName(self.tr("First day of the period"))
        self.last = DateField("last")
        self.last.set_value(last)
        self.last.setAccessibleName(self.tr("Last day of the period"))
        self.office = QComboBox()
        self.office.addItem(self.tr("Every office"), None)
        self.office.setAccessibleName(self.tr("Office"))
        self.counsellor = QComboBox()
        self.counsellor.addItem(self.tr("Every counsellor"), None)
        self.counsellor.setAccessibleName(self.tr("Counsellor"))
        self.show_button = QPushButton(self.tr("Show"))
        self.pdf_button = QPushButton(self.tr("PDF for the board…"))
        self.sheet_button = QPushButton(self.tr("Spreadsheet…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.charts = QWidget()
        self.charts_layout = QVBoxLayout(self.charts)
        self.charts_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.charts)
        scroll.setWidgetResizable(True)

        top = FlowLayout()  # on two lines when the window is narrow
        for caption, widget in ((self.tr("From"), self.first), (self.tr("to"), self.last)):
            label = QLabel(caption)
            label.setBuddy(widget)
            top.addWidget(together(label, widget))
        top.add_widgets(stretching(self.office), stretching(self.counsellor), self.show_button)
        files = FlowLayout()
        files.add_widgets(stretching(self.status), self.pdf_button, self.sheet_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Board")))
        layout.addLayout(top)
        layout.addLayout(files)
        layout.addWidget(scroll, 1)
        self.show_button.clicked.connect(self.compute)
        self.pdf_button.clicked.connect(lambda: self.save(BoardFormat.PDF))
        self.sheet_button.clicked.connect(lambda: self.save(BoardFormat.XLSX))
        # The offices and counsellors to choose from, read off the screen's thread.
        db, actor = context.db, context.actor
        self._choices: Query[BoardChoices] = Query(self, self._show_choices)
        self._choices.run(lambda: board_choices(db, actor))

    def _show_choices(self, choices: BoardChoices) -> None:
        for choice in choices.offices:
            self.office.addItem(choice.name, choice.id)
        for choice in choices.counsellors:
            self.counsellor.addItem(choice.name, choice.id)

    def chosen(self) -> BoardFilter | None:
        try:
            first, last = self.first.required_value(), self.last.required_value()
            check_period(first, last)
        except ValidationError as error:
            self.status.setText(str(error))
            return None
        return BoardFilter(first, last, self.office.currentData(),
                           self.counsellor.currentData())

    def compute(self) -> BackgroundJob | None:
        """The board of the chosen period, worked out on a worker thread."""
        chosen = self.chosen()
        if chosen is None or self.job is not None:
            return None
        db, actor = self.context.db, self.context.actor
        job = BackgroundJob(lambda _job: (chosen, board(db, actor, chosen)))
        job.succeeded.connect(lambda found: self._computed(*found))
        job.refused.connect(lambda error: show_error(self, error))
        job.finished.connect(self._ended)
        self.job = job
        self.show_button.setEnabled(False)
        self.status.setText(self.tr("Working out the figures…"))
        job.start(self)
        return job

    @while_shown
    def _ended(self) -> None:
        self.job = None
        self.show_button.setEnabled(True)

    @while_shown
    def _computed(self, chosen: BoardFilter, found: Board) -> None:
        self.board, self.shown_for = found, chosen
        self.status.setText(self.tr("%1 to %2, beside %3 to %4.")
                            .replace("%1", format_date(found.first))
                            .replace("%2", format_date(found.last))
                            .replace("%3", format_date(found.previous_first))
                            .replace("%4", format_date(found.previous_last)))
        while self.charts_layout.count() > 1:
            item = self.charts_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        shown_now: list[QWidget] = []
        language = current_language()
        for section in found.sections:
            shown_now.append(self._listed(self._section(section), section.title, [
                Entry(self._worded(figure.label, figure), chosen, section.key, figure.key)
                for figure in section.figures if has_list(section.key, figure.key)]))
        for series in found.series:
            place = SERIES_FIGURES.get(series.key)
            months = [] if place is None else [
                Entry(f"{format_month(month)} "
                      f"({shown(value, series.kind, language, exact=True)})",
                      month_of(chosen, month), *place)
                for month, value in zip(series.months, series.values, strict=True)]
            shown_now.append(self._listed(self._series(series), series.title, months))
        if found.caseloads:
            for index, first in enumerate(found.caseloads[0].figures):
                title = self.tr("Caseload: %1").replace("%1", first.label)
                chart = BarChart(title, self.tr("a year earlier: %1"))
                chart.set_bars([self._bar(load.counsellor, load.figures[index])
                                for load in found.caseloads])
                shown_now.append(self._listed(chart, title, [
                    Entry(self._worded(load.counsellor, load.figures[index]), chosen,
                          CASELOAD, first.key, load.user_id) for load in found.caseloads]))
        for position, widget in enumerate(shown_now):
            self.charts_layout.insertWidget(position, widget)

    def _worded(self, label: str, figure: Figure) -> str:
        return f"{label} ({shown(figure.value, figure.kind, current_language(), exact=True)})"

    def _listed(self, shown_here: QWidget, title: str, entries: list[Entry]) -> QWidget:
        """A chart or a table of figures with the way to the records behind them; a bar
        opens its own figure's records when every bar has a list (``entries`` then follow
        the bars one for one)."""
        if not entries or not self.context.can(Permission.CLIENT_READ):
            return shown_here
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(shown_here)
        button = QPushButton(self.tr("See the records…"))
        button.setAccessibleName(self.tr("See the records: %1").replace("%1", title))
        button.clicked.connect(lambda: self.show_records(title, entries, 0))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        if isinstance(shown_here, BarChart) and len(entries) == len(shown_here.bars):
            shown_here.set_clickable(self.tr("Click a bar to see its records."))
            shown_here.bar_clicked.connect(
                lambda row: self.show_records(title, entries, row))
        return box

    def show_records(self, title: str, entries: list[Entry], index: int) -> BoardRecordsDialog:
        """The records behind the figures of a chart, the one at ``index`` chosen."""
        if self.records is not None:
            self.records.close()
        dialog = BoardRecordsDialog(self.context, title, entries, index, self)
        dialog.setWindowFlag(Qt.WindowType.Window)
        dialog.open_client.connect(self.open_client)
        dialog.destroyed.connect(lambda: setattr(self, "records", None))
        dialog.show()
        self.records = dialog
        return dialog

    def _bar(self, label: str, figure: Figure) -> Bar:
        language = current_language()
        return Bar(label, float(figure.value or 0),
                   shown(figure.value, figure.kind, language, exact=True),
                   None if figure.previous is None else float(figure.previous),
                   shown(figure.previous, figure.kind, language, exact=True))

    def _section(self, section: Section) -> QWidget:
        """A section of one kind of number as a chart; of mixed kinds (a count beside a
        median) as figures in rows, which a chart would compare wrongly."""
        if len({figure.kind for figure in section.figures}) == 1:
            chart = BarChart(section.title, self.tr("a year earlier: %1"))
            chart.set_bars([self._bar(figure.label, figure) for figure in section.figures])
            return chart
        box = QWidget()
        grid = QGridLayout(box)
        title = QLabel(section.title)
        title.setStyleSheet("font-weight: 600;")
        grid.addWidget(title, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("This period")), 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(QLabel(self.tr("A year earlier")), 1, 2, Qt.AlignmentFlag.AlignRight)
        language = current_language()
        for row, figure in enumerate(section.figures, start=2):
            grid.addWidget(QLabel(figure.label), row, 0)
            for column, value in ((1, figure.value), (2, figure.previous)):
                grid.addWidget(QLabel(shown(value, figure.kind, language, exact=True)), row,
                               column, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)
        return box

    def _series(self, series: Series) -> BarChart:
        chart = BarChart(series.title, self.tr("a year earlier: %1"))
        language = current_language()
        chart.set_bars([Bar(format_month(month), float(value),
                            shown(value, series.kind, language, exact=True),
                            float(before), shown(before, series.kind, language, exact=True))
                        for month, value, before in zip(series.months, series.values,
                                                        series.previous, strict=True)])
        return chart

    def save(self, form: BoardFormat) -> BackgroundJob | None:
        """The file made on a worker thread (it works the board out again), then saved
        where the person chooses."""
        chosen = self.chosen()
        if chosen is None or self.job is not None:
            return None
        db, actor, language = self.context.db, self.context.actor, current_language()
        job = BackgroundJob(lambda _job: export_board(db, actor, chosen, form, language))
        job.succeeded.connect(lambda data: self._save(data, chosen, form))
        job.refused.connect(lambda error: show_error(self, error))
        job.finished.connect(self._ended)
        self.job = job
        self.show_button.setEnabled(False)
        self.status.setText(self.tr("Writing the file…"))
        job.start(self)
        return job

    @while_shown
    def _save(self, data: bytes, chosen: BoardFilter, form: BoardFormat) -> None:
        name = f"tableau-de-bord-{chosen.first.isoformat()}.{form.value}"
        kind = "PDF (*.pdf)" if form is BoardFormat.PDF else self.tr("Spreadsheet (*.xlsx)")
        target = save_bytes(self, data, name, kind)
        self.status.setText(self.tr("Saved to %1").replace("%1", target) if target
                            else self.tr("Nothing was saved."))
