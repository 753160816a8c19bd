"""Tables remember their column widths and sorting on this PC, per table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.permissions import Actor
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.models.row_table import RowTableModel
from cjeapp.ui.widgets.record_table import RecordTable
from cjeapp.ui.widgets.row_view import RowView


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
    first.table.remembered.save_later.timeout.emit()  # as after the person stops dragging
    again = PeopleScreen()
    qtbot.addWidget(again)
    again.show()
    assert again.table.columnWidth(0) == 260
    assert [row[0] for row in again.table.rows] == ["Zahra", "Hélène", "Omar"]
    elsewhere = OtherScreen()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    assert elsewhere.table.columnWidth(0) == 120  # another screen keeps its own


def test_every_status_has_its_colour_and_the_list_shows_it(qtbot: QtBot) -> None:
    from PySide6.QtGui import QBrush

    from cjeapp.core.codelists import codelist
    from cjeapp.ui.models.agenda_model import STATUS as APPOINTMENT_STATUS
    from cjeapp.ui.models.tones import APPOINTMENT_TONES
    from cjeapp.ui.models.tones import DECISION_TONES
    from cjeapp.ui.models.tones import OUTCOME_TONES
    from cjeapp.ui.models.tones import Tone
    from cjeapp.ui.models.tones import ground
    from cjeapp.ui.models.visits_model import STATUS as VISIT_STATUS
    from cjeapp.ui.models.visits_model import VISIT_TONES

    assert set(APPOINTMENT_STATUS) <= set(APPOINTMENT_TONES)
    assert set(VISIT_STATUS) <= set(VISIT_TONES)
    assert set(codelist("transport_decisions").values()) <= set(DECISION_TONES)
    assert set(codelist("referral_outcomes").values()) <= set(OUTCOME_TONES)
    table: RecordTable[str] = RecordTable([
        Column("Statut", lambda s: s, tone=lambda s: OUTCOME_TONES.get(s))])
    qtbot.addWidget(table)
    table.set_rows(["refused", "accepted"])
    shown = table.table.data(table.table.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(shown, QBrush) and shown.color() == ground(Tone.BAD).color()


def test_a_list_filters_on_every_word_typed_whatever_the_accents(qtbot: QtBot) -> None:
    screen = PeopleScreen()
    qtbot.addWidget(screen)
    screen.show()
    box = screen.table.filter_box("Trouver")
    box.setText("HELENE")
    shown = [row[0] for number, row in enumerate(screen.table.rows)
             if not screen.table.isRowHidden(number, screen.table.rootIndex())]
    assert shown == ["Hélène"]
    box.setText("a 4")  # « Zahra », 41
    assert screen.table.filter_by(box.text()) == 1
    screen.table.set_rows([("Zahra", 41), ("Ana", 40)])  # a refresh keeps the filter
    assert [screen.table.isRowHidden(n, screen.table.rootIndex()) for n in range(2)] == \
        [False, False]
    box.clear()
    assert all(not screen.table.isRowHidden(n, screen.table.rootIndex()) for n in range(2))


def test_the_busy_screens_tables_remember_their_columns_too(
        qtbot: QtBot, db: Database, staff: dict[str, Actor]) -> None:
    from cjeapp.ui.context import AppContext
    from cjeapp.ui.pages.agenda_page import AgendaPage
    from cjeapp.ui.pages.desk_page import DeskPage
    from cjeapp.ui.pages.followups_page import FollowUpsPage

    context = AppContext(db, staff["counsellor"])
    for page_class, table in ((DeskPage, "visit_table"), (AgendaPage, "table"),
                              (FollowUpsPage, "table")):
        first = page_class(context)
        qtbot.addWidget(first)
        first.show()
        getattr(first, table).setColumnWidth(1, 333)
        first.remembered.save()
        again = page_class(context)
        qtbot.addWidget(again)
        again.show()
        assert getattr(again, table).columnWidth(1) == 333, page_class.__name__


@dataclass(frozen=True)
class _Request:
    id: str
    who: str


def _requests(*names: str) -> list[_Request]:
    return [_Request(f"id-{name}", name) for name in names]


def test_a_refresh_keeps_the_record_chosen_not_its_row_number(qtbot: QtBot) -> None:
    """A list read again (by itself, after a change made elsewhere) keeps the person's
    choice on the same record, wherever its row went; a record gone leaves none chosen."""
    table: RecordTable[_Request] = RecordTable([Column("Who", lambda r: r.who)],
                                               sortable=False)
    qtbot.addWidget(table)
    table.set_rows(_requests("Omar", "Zahra"))
    table.select_where(lambda r: r.who == "Zahra")
    chosen: list[object] = []  # a screen fills its form from the row chosen
    table.selectionModel().currentRowChanged.connect(lambda *_: chosen.append(1))
    table.set_rows(_requests("Amira", "Hélène", "Omar", "Zahra"))  # two came before
    assert table.current() == _Request("id-Zahra", "Zahra")
    assert table.selectionModel().isRowSelected(3)
    assert chosen == []  # no new choice: the form being typed in is left alone
    table.set_rows(_requests("Amira", "Omar"))  # Zahra's request closed elsewhere
    assert table.current() is None
    table.select_where(lambda r: r.who == "Omar")
    table.clearSelection()  # « Effacer »: the choice put away is not brought back
    table.set_rows(_requests("Amira", "Omar"))
    assert not table.selectionModel().hasSelection()

    model = _RequestsModel()
    view = RowView(model, (120,))
    qtbot.addWidget(view)
    model.set_rows(_requests("Omar", "Zahra"))
    view.selectRow(1)
    model.set_rows(_requests("Amira", "Omar", "Zahra"))
    assert model.row_at(view.currentIndex().row()) == _Request("id-Zahra", "Zahra")
    assert view.selectionModel().isRowSelected(2)


class _RequestsModel(RowTableModel[_Request]):
    COLUMNS = ("Who",)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row())
        return row.who if row is not None and role == Qt.ItemDataRole.DisplayRole else None
