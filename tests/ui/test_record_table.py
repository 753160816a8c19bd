"""Tables remember their column widths and sorting on this PC, per table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cjeapp.ui.models.row_table import Column
from cjeapp.ui.widgets.record_table import RecordTable


class PeopleScreen(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.table: RecordTable[tuple[str, int]] = RecordTable([
            Column("Name", lambda r: r[0], width=120), Column("Age", lambda r: str(r[1]),
                                                             lambda r: r[1], width=60)])
        QVBoxLayout(self).addWidget(self.table)
        self.table.set_rows([("Hélène", 38), ("Omar", 29), ("Zahra", 41)])


class OtherScreen(PeopleScreen):
    pass


def test_widths_and_sorting_come_back_for_the_same_table_only(qtbot: QtBot) -> None:
    first = PeopleScreen()
    qtbot.addWidget(first)
    first.show()
    first.table.setColumnWidth(0, 260)
    first.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first.table._save_later.timeout.emit()  # as after the person stops dragging
    again = PeopleScreen()
    qtbot.addWidget(again)
    again.show()
    assert again.table.columnWidth(0) == 260
    assert [row[0] for row in again.table.rows] == ["Zahra", "Hélène", "Omar"]
    elsewhere = OtherScreen()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    assert elsewhere.table.columnWidth(0) == 120  # another screen keeps its own
