"""Tables keep what matters on screen at the size their window opens at on a 1366×768
laptop: no sideways scrolling, and the key columns whole and wide enough for their title.
Run at 100 % here and at 150 % by test_at_150_percent.py (the room read from the scale)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.ids import ClientId
from cjeapp.core.permissions import Actor
from cjeapp.ui.client_file.consents_tab import ConsentsTab
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.pages.activities_page import ActivitiesPage
from cjeapp.ui.pages.privacy_page import PrivacyPage
from cjeapp.ui.pages.transport_page import TransportPage
from cjeapp.ui.widgets.fitting_columns import header_of
from cjeapp.ui.window_size import OPEN_SIZE
from cjeapp.ui.window_size import SMALL_LAPTOP
from tests.ui.screens import laptop_area
from tests.ui.screens import scaled_to_150


def _opened(qtbot: QtBot, window: QWidget) -> None:
    """``window`` at the size it opens at on the laptop (the tests' screen is smaller)."""
    asked = window.property(OPEN_SIZE)
    size = asked if isinstance(asked, QSize) else window.sizeHint()
    window.resize(size.boundedTo(laptop_area() if scaled_to_150() else SMALL_LAPTOP))
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()


def _shown(qtbot: QtBot, widget: QWidget) -> None:
    """The tab holding ``widget`` brought to the front, as a click on its title does."""
    page: QWidget | None = widget
    while page is not None:
        stack = page.parentWidget()
        tabs = stack.parentWidget() if stack is not None else None
        if isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(page)
        page = stack
    qtbot.wait(30)


def _problems(name: str, table: QAbstractItemView, key_titles: tuple[str, ...]) -> list[str]:
    header = header_of(table)
    model = table.model()
    room = table.viewport().width()
    titles = {str(model.headerData(column, header.orientation())): column
              for column in range(header.count())}
    found = []
    if header.length() > room + 1:
        found.append(f"{name}: {header.length()} px of columns in {room} px")
    for title in key_titles or tuple(titles):
        column = titles.get(title)
        if column is None:
            found.append(f"{name}: no column « {title} » (columns: {sorted(titles)})")
            continue
        left = header.sectionViewportPosition(column)
        width = header.sectionSize(column)
        readable = header.fontMetrics().horizontalAdvance(title)
        if header.isSectionHidden(column) or left < 0 or left + width > room + 1 \
                or width < min(readable, 60):
            found.append(f"{name}: « {title} » at {left}+{width} px in {room} px")
    return found


@pytest.fixture
def director_window(qtbot: QtBot, db: Database, staff: dict[str, Actor]) -> MainWindow:
    window = MainWindow(db, staff["director"])
    qtbot.addWidget(window)
    _opened(qtbot, window)
    return window


def test_a_persons_consents_show_whether_withdrawn_and_their_state(
        qtbot: QtBot, db: Database, french: None, staff: dict[str, Actor],
        helene: ClientId) -> None:
    window = MainWindow(db, staff["counsellor"])
    qtbot.addWidget(window)
    file_window = window.open_client(helene)
    _opened(qtbot, file_window)
    consents = file_window.findChild(ConsentsTab)
    assert consents is not None
    file_window.tabs.setCurrentWidget(consents)
    qtbot.wait(30)
    assert _problems("consents", consents.table, ("Finalité", "Retiré", "État")) == []


def test_activities_show_their_titles_and_places_left(
        qtbot: QtBot, french: None, director_window: MainWindow) -> None:
    page = director_window.show_section("activities")
    assert isinstance(page, ActivitiesPage)
    qtbot.wait(30)
    assert _problems("activities", page.activity_list, ("Activité", "Places libres")) == []


def test_privacy_requests_and_incidents_keep_their_key_columns(
        qtbot: QtBot, french: None, director_window: MainWindow) -> None:
    page = director_window.show_section("privacy")
    assert isinstance(page, PrivacyPage)
    assert page.requests is not None and page.incidents is not None
    found: list[str] = []
    for name, tab, keys in (
            ("requests", page.requests, ("Personne", "Demande", "Réponse due")),
            ("incidents", page.incidents, ("Connu le", "Nature", "Risque sérieux"))):
        _shown(qtbot, tab)
        found += _problems(name, tab.table, keys)
    assert found == [], "\n".join(found)


def test_transport_tables_need_no_sideways_scrolling(
        qtbot: QtBot, french: None, director_window: MainWindow) -> None:
    page = director_window.show_section("transport")
    assert isinstance(page, TransportPage)
    found: list[str] = []
    tables: tuple[tuple[str, Any], ...] = (
        ("rules", page.rules), ("mileage", page.mileage), ("trips", page.trips))
    for name, table in tables:
        _shown(qtbot, table)
        found += _problems(name, table, ())
    assert found == [], "\n".join(found)


def test_exchange_conflicts_keep_the_person_her_birth_date_and_who_changed(
        qtbot: QtBot, db: Database, french: None, staff: dict[str, Actor]) -> None:
    from cjeapp.ui.pages.exchange_page import ExchangePage

    window = MainWindow(db, staff["coordinator"])
    qtbot.addWidget(window)
    _opened(qtbot, window)
    page = window.show_section("exchange")
    assert isinstance(page, ExchangePage)
    qtbot.wait(30)
    model = page.conflicts.model()
    titles = [str(model.headerData(column, Qt.Orientation.Horizontal))
              for column in range(model.columnCount())]
    keys = (titles[0], titles[1], titles[2], titles[-1])  # person, born, what, changed
    assert _problems("conflicts", page.conflicts, keys) == []
