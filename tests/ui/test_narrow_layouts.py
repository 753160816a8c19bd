"""The pieces that make a screen fit a narrow window (150 % scaling): rows that wrap, and
columns that share a table's width."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cjeapp.ui.models.row_table import Column
from cjeapp.ui.widgets.fitting_columns import fitted
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.record_table import RecordTable


def test_widths_that_fit_are_kept_and_others_give_up_alike() -> None:
    assert fitted([100, 200], 400, [50, 50]) == [100, 200]
    # 100 px too many of the 250 above the floors: each keeps 60 % of what it has above
    # its floor (50 and 200)
    assert fitted([100, 250], 250, [50, 50]) == [80, 170]
    # not even the floors fit: they shrink alike, never under 48 px
    assert fitted([100, 100, 100], 120, [80, 80, 80]) == [48, 48, 48]


def test_a_row_of_buttons_goes_on_to_a_second_line_when_narrow(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    row = FlowLayout()
    buttons = [QPushButton(f"Un bouton assez long {number}") for number in range(4)]
    row.add_widgets(*buttons)
    QVBoxLayout(page).addLayout(row)
    one_line = row.sizeHint().height()
    assert row.heightForWidth(row.sizeHint().width()) == one_line
    assert row.heightForWidth(row.sizeHint().width() // 2) > one_line
    assert row.minimumSize().width() == max(b.minimumSizeHint().width() for b in buttons)
    page.resize(row.sizeHint().width() // 2 + 30, 200)
    page.show()
    qtbot.waitExposed(page)
    tops = {button.geometry().top() for button in buttons}
    assert len(tops) >= 2  # wrapped
    assert all(button.geometry().right() <= page.width() for button in buttons)


def test_a_narrow_table_shows_every_column_then_gives_the_widths_back(
        qtbot: QtBot) -> None:
    table: RecordTable[str] = RecordTable([
        Column("Nom", str, width=300), Column("Type", str, width=240),
        Column("Téléphone", str, width=150), Column("Reçue", str, width=120, secondary=True),
        Column("État", str)])
    qtbot.addWidget(table)
    table.set_rows(["a", "b"])
    table.resize(1000, 300)
    table.show()
    qtbot.waitExposed(table)
    header = table.header()
    assert [header.sectionSize(column) for column in range(3)] == [300, 240, 150]
    table.resize(520, 300)
    qtbot.wait(20)
    assert header.length() <= table.viewport().width()
    assert not any(header.isSectionHidden(column) for column in range(5))
    table.resize(240, 300)  # not even the titles fit: the secondary column is put away
    qtbot.wait(20)
    assert header.isSectionHidden(3) and not header.isSectionHidden(4)
    table.resize(1000, 300)
    qtbot.wait(20)
    assert not header.isSectionHidden(3)
    assert [header.sectionSize(column) for column in range(3)] == [300, 240, 150]
    header.hideSection(3)  # as widths remembered on a narrower screen bring it back
    table.fitting.fit()
    assert not header.isSectionHidden(3)
