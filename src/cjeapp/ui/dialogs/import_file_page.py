"""The assistant's first page: what the rows are, the file, and its first rows — a CSV's
encoding and delimiter, a workbook's sheet and the row of column titles shown and
changeable (the title block above them said, left out)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizardPage

from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import msg
from cjeapp.core.imports.kind_fields import kinds_for
from cjeapp.core.imports.reading import Sheet
from cjeapp.core.imports.reading import read_sheet
from cjeapp.core.locale_format import format_number
from cjeapp.ui.files import chosen_file
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.record_table import RecordTable

if TYPE_CHECKING:
    from cjeapp.ui.dialogs.import_wizard import ImportWizard

PREVIEW_ROWS = 8
ENCODINGS = (("utf-8-sig", "UTF-8"), ("cp1252", "Windows (cp1252)"), ("latin-1", "Latin-1"))


def _cell(index: int) -> Callable[[list[str]], str]:
    return lambda row: row[index]


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("The file"))
        self.setSubTitle(self.tr("An Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file. "
                                 "Its row of column titles is found among the first rows: "
                                 "give another if it is not the right one."))
        self.kind = CodeCombo([(kind.name, msg(kind.caption).render())
                               for kind in kinds_for(wizard.context.actor)], empty=False)
        self.path_label = QLabel(self.tr("No file chosen."))
        self.path_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose the file…"))
        self.encoding = CodeCombo(list(ENCODINGS), empty=False)
        self.delimiter = CodeCombo([(";", ";"), (",", ","), ("\t", self.tr("tab"))],
                                   empty=False)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.title_row = QSpinBox()
        self.title_row.setRange(1, 1_048_576)
        self.title_row.setKeyboardTracking(False)  # read again once the number is typed
        self.title_row.setAccessibleName(self.tr("Column titles on row"))
        titles_label = QLabel(self.tr("Column titles on row"))
        titles_label.setBuddy(self.title_row)
        self.above = QLabel()
        self.above.setWordWrap(True)
        self.titles_row = QWidget()
        titles_form = QHBoxLayout(self.titles_row)
        titles_form.setContentsMargins(0, 0, 0, 0)
        titles_form.addWidget(titles_label)
        titles_form.addWidget(self.title_row)
        titles_form.addWidget(self.above, 1)
        self.csv_row = QWidget()
        csv_form = QHBoxLayout(self.csv_row)
        csv_form.setContentsMargins(0, 0, 0, 0)
        csv_form.addWidget(QLabel(self.tr("Encoding")))
        csv_form.addWidget(self.encoding)
        csv_form.addWidget(QLabel(self.tr("Delimiter")))
        csv_form.addWidget(self.delimiter)
        csv_form.addStretch(1)
        self.sheet_row = QWidget()
        sheet_form = QHBoxLayout(self.sheet_row)
        sheet_form.setContentsMargins(0, 0, 0, 0)
        sheet_form.addWidget(QLabel(self.tr("Sheet")))
        sheet_form.addWidget(self.sheet, 1)
        self.summary = QLabel()
        self.preview: RecordTable[list[str]] = RecordTable([], sortable=False)
        what = QHBoxLayout()
        what.addWidget(QLabel(self.tr("The rows are")))
        what.addWidget(self.kind)
        what.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.path_label, 1)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(what)
        layout.addLayout(top)
        layout.addWidget(self.csv_row)
        layout.addWidget(self.sheet_row)
        layout.addWidget(self.titles_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        self.csv_row.hide()
        self.sheet_row.hide()
        self.titles_row.hide()
        self.choose_button.clicked.connect(self.choose)
        self.encoding.activated.connect(lambda _row: self.read_again())
        self.delimiter.activated.connect(lambda _row: self.read_again())
        self.sheet.activated.connect(lambda _row: self.read_again())
        self.title_row.valueChanged.connect(self._title_row_chosen)
        self.kind.activated.connect(lambda _row: self._kind_chosen())

    def _kind_chosen(self) -> None:
        self.owner.kind = self.kind.value() or "people"
        self.owner.mapping = None

    def choose(self) -> None:
        path = chosen_file(self, self.tr("Spreadsheet to import"),
                           self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)"))
        if path is not None:
            self.load(path)

    def load(self, path: Path, **choices: Any) -> bool:
        try:
            sheet = read_sheet(path, **choices)
        except CjeError as error:
            show_error(self, error)
            return False
        self.owner.path = path
        self.owner.sheet = sheet
        self.path_label.setText(str(path))
        self.csv_row.setVisible(sheet.encoding is not None)
        self.sheet_row.setVisible(len(sheet.sheets) > 1)
        if sheet.encoding is not None:
            self.encoding.set_value(sheet.encoding)
            self.delimiter.set_value(sheet.delimiter)
        self.sheet.clear()
        self.sheet.addItems(sheet.sheets)
        if sheet.sheet:
            self.sheet.setCurrentText(sheet.sheet)
        self.titles_row.show()
        self.title_row.blockSignals(True)
        self.title_row.setValue(sheet.header_row)
        self.title_row.blockSignals(False)
        self.above.setText(self.tr("Above them, left out: %1").replace(
            "%1", " / ".join(" ".join(text for text in cells if text)
                             for _number, cells in sheet.above[:4]))
            if sheet.above else "")
        self.summary.setText(" ".join(part for part in (
            sheet.stopped_sentence(), self.tr("Rows: %1, columns: %2. The first rows:")
            .replace("%1", format_number(len(sheet.rows)))
            .replace("%2", format_number(len(sheet.headers)))) if part))
        self._show_preview(sheet)
        self.completeChanged.emit()
        return True

    def _show_preview(self, sheet: Sheet) -> None:
        columns: list[Column[list[str]]] = [Column(self.tr("Row"), _cell(0), width=50)]
        columns += [Column(title or "—", _cell(index + 1), width=130)
                    for index, title in enumerate(sheet.headers)]
        self.preview.table.columns = columns
        self.preview.set_rows([[str(sheet.row_number(index)), *cells]
                               for index, cells in enumerate(sheet.rows[:PREVIEW_ROWS])])
        self.preview.table.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                  len(columns) - 1)

    def _title_row_chosen(self, row: int) -> None:
        if self.owner.sheet is not None and row != self.owner.sheet.header_row:
            self.read_again(row)

    def read_again(self, header_row: int | None = None) -> None:
        """The file read again as chosen (the titles found again, unless given)."""
        if self.owner.path is None:
            return
        sheet = self.owner.sheet
        read = False
        if sheet is not None and sheet.encoding is not None:
            read = self.load(self.owner.path, encoding=self.encoding.value(),
                             delimiter=self.delimiter.value(), header_row=header_row)
        else:
            read = self.load(self.owner.path, sheet=self.sheet.currentText() or None,
                             header_row=header_row)
        if not read and sheet is not None:  # refused: the row shown is the one read
            self.title_row.blockSignals(True)
            self.title_row.setValue(sheet.header_row)
            self.title_row.blockSignals(False)

    def isComplete(self) -> bool:
        return self.owner.sheet is not None
