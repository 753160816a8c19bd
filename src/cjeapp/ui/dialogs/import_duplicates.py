"""The likely duplicates of an import's check, one at a time: the row beside the existing
file (people), and what to do with it — leave it out (the default), create it anyway,
merge it into the existing file (the file's empty fields filled from the row; for each
other difference, the person chooses whose value stays: the file's unless told), or link
it to that file (nothing changed). Nothing is decided for the person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.imports import people
from cjeapp.core.imports.people import Compared
from cjeapp.core.imports.rows import Choice
from cjeapp.core.imports.rows import DryRun
from cjeapp.core.imports.rows import RowResult
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.models.tones import Tone
from cjeapp.ui.operations import Query
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.record_table import RecordTable

LEAVE_OUT = "leave"


class DuplicateChoices(QGroupBox):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # The row beside the existing file, read off the screen's thread (ui.operations).
        self._beside: Query[list[Compared]] = Query(self, self._show_beside,
                                                    refused=lambda error: show_error(self, error))
        self.setTitle(self.tr("Likely duplicates: choose what to do with each (left out "
                              "unless you choose)"))
        self.labels = {LEAVE_OUT: self.tr("Leave it out"),
                       "create": self.tr("Create it anyway"),
                       "merge": self.tr("Merge into the existing file (empty fields filled, "
                                        "other differences as you choose)"),
                       "link": self.tr("Link it to the existing file (nothing changed)")}
        self.rows: RecordTable[RowResult] = RecordTable([
            Column(self.tr("Row"), lambda r: str(r.row), lambda r: r.row, width=50),
            Column(self.tr("Row is about"), lambda r: r.label, width=140),
            Column(self.tr("Choice"), lambda r: self.labels[self.decided.get(r.row, LEAVE_OUT)],
                   width=170, tone=lambda r: Tone.INFO if r.row in self.decided
                   else Tone.WARN),
            Column(self.tr("May be"), lambda r: r.duplicates_text()),
        ], sortable=False)
        self.choice = CodeCombo([], empty=False)
        self.choice.setAccessibleName(self.tr("What to do with the selected row"))
        self.sides = {"file": self.tr("Existing file"), "row": self.tr("This row")}
        self.compared: RecordTable[Compared] = RecordTable([
            Column(self.tr("Field"), lambda c: c.caption, width=135),
            Column(self.tr("This row"), lambda c: c.incoming, width=150,
                   tone=lambda c: Tone.GOOD if c.fills else None),
            Column(self.tr("Existing file"), lambda c: c.existing, width=150,
                   tone=lambda c: Tone.WARN if c.differs else None),
            Column(self.tr("Kept if merged"), self._kept_text, width=110),
        ], sortable=False)
        self.compared.setAccessibleName(self.tr("The row beside the existing file"))
        self.keep = CodeCombo([("file", self.tr("The existing file's value")),
                               ("row", self.tr("This row's value"))], empty=False)
        self.keep.setAccessibleName(self.tr("Value kept for the selected field"))
        self.kept_values: dict[int, dict[str, str]] = {}
        self.compared_label = QLabel()
        self.compared_label.setWordWrap(True)
        self.people = False
        left = QVBoxLayout()
        left.addWidget(self.rows, 1)
        choosing = QHBoxLayout()
        choosing.addWidget(QLabel(self.tr("For the selected row:")))
        choosing.addWidget(self.choice, 1)
        left.addLayout(choosing)
        right = QVBoxLayout()
        right.addWidget(self.compared_label)
        right.addWidget(self.compared, 1)
        keeping = QHBoxLayout()
        self.keep_label = QLabel(self.tr("For the selected field, keep:"))
        keeping.addWidget(self.keep_label)
        keeping.addWidget(self.keep, 1)
        right.addLayout(keeping)
        right.addStretch(0)  # the sentence alone stays at the top
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        # The check's own list keeps most of the page; this one shows a few rows at a time.
        self.setMaximumHeight(290)
        self.decided: dict[int, Choice] = {}
        self.rows.selectionModel().currentRowChanged.connect(lambda *_: self.show_current())
        self.choice.activated.connect(lambda _index: self.choose(self.choice.value()))
        self.compared.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_keeping())
        self.keep.activated.connect(lambda _index: self.keep_value(self.keep.value()))

    def set_results(self, checked: DryRun) -> None:
        self.decided = {}
        self.kept_values = {}
        duplicates = [result for result in checked.results if result.status == "duplicate"]
        self.rows.set_rows(duplicates)
        self.setVisible(bool(duplicates))
        self.people = checked.kind == "people"
        if duplicates:
            self.rows.select_where(lambda result: result is duplicates[0])
            self.show_current()

    def show_current(self) -> None:
        result = self.rows.current()
        if result is None:
            return
        self.choice.replace_choices([(LEAVE_OUT, self.labels[LEAVE_OUT]), *(
            (choice, self.labels[choice]) for choice in result.choices)])
        self.choice.set_value(self.decided.get(result.row, LEAVE_OUT))
        self.choice.setEnabled(bool(result.choices))
        self.compared.set_rows([])
        beside = self.people and bool(result.matches)
        self.compared.setVisible(beside)
        self.compared_label.setText(
            self.tr("The row beside the existing file. Merging fills the file's empty "
                    "fields (in green); where both have a value (in orange), the file's "
                    "stays unless you choose the row's.") if beside else
            self.tr("It may repeat %1. Leave the row out, or create it anyway if it is not "
                    "the same.").replace("%1", result.duplicates_text()))
        self._beside.cancel()
        if beside and result.form is not None:
            db, actor, form, match = (self.context.db, self.context.actor, result.form,
                                      result.matches[0])
            self._beside.run(lambda: people.side_by_side(db, actor, form, match))
        self.show_keeping()

    def _show_beside(self, lines: list[Compared]) -> None:
        self.compared.set_rows(lines)
        self.show_keeping()

    def _kept_text(self, line: Compared) -> str:
        result = self.rows.current()
        if result is None or self.decided.get(result.row) != "merge":
            return ""
        if line.differs:
            return self.sides[self.kept_values.get(result.row, {}).get(line.field, "file")]
        return self.sides["row"] if line.fills else ""

    def show_keeping(self) -> None:
        """The choice of a value, for a line where both sides have one, when merging."""
        result, line = self.rows.current(), self.compared.current()
        choosing = (result is not None and line is not None and line.differs
                    and self.decided.get(result.row) == "merge")
        self.keep.setEnabled(choosing)
        self.keep_label.setEnabled(choosing)
        if choosing and result is not None and line is not None:
            self.keep.set_value(self.kept_values.get(result.row, {}).get(line.field, "file"))

    def keep_value(self, side: str | None) -> None:
        result, line = self.rows.current(), self.compared.current()
        if result is None or line is None or not line.differs or side is None:
            return
        self.kept_values.setdefault(result.row, {})[line.field] = side
        _refresh(self.compared)
        self.changed.emit()

    def kept(self) -> dict[int, dict[str, str]]:
        """For each row merged, whose value stays where row and file differ."""
        return {row: dict(values) for row, values in self.kept_values.items()
                if values and self.decided.get(row) == "merge"}

    def choose(self, choice: str | None) -> None:
        result = self.rows.current()
        if result is None:
            return
        if choice in result.choices:
            self.decided[result.row] = choice
        else:
            self.decided.pop(result.row, None)
        _refresh(self.rows)
        _refresh(self.compared)
        self.show_keeping()
        self.changed.emit()

    def choices(self) -> dict[int, Choice]:
        return dict(self.decided)


def _refresh(table: RecordTable[Any]) -> None:
    model = table.table
    if model.rowCount():
        model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1,
                                                              model.columnCount() - 1))
