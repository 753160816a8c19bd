"""Échanges' conflicts tell namesakes apart: each row names the person with her birth date,
its field in words, and opens her file — both files for « perhaps one person with two
files »; the chosen conflict is said in full under the list (nothing of it cut)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.exchange.conflicts import list_conflicts
from cjeapp.core.locale_format import format_date
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.pages.exchange_page import ExchangePage
from tests.core.exchange_world import edit
from tests.core.exchange_world import make_laptop
from tests.core.exchange_world import up
from tests.ui.waiting import wait_until_idle

ELDER, YOUNGER = date(1975, 7, 22), date(1991, 2, 10)


def _lina(db: Database, actor: Actor, born: date, phone: str, counsellor: str) -> str:
    return clients.create_client(db, actor, ClientForm(
        first_name="Lina", last_name="Al-Ahmad", birth_date=born, phone=phone,
        municipality="Thetford Mines", assigned_counsellor_id=counsellor)).id


@pytest.fixture
def two_linas(db: Database, staff: dict[str, Actor], tmp_path: Path) -> tuple[str, str, str]:
    """The office's two Lina Al-Ahmad (two people); the laptop changes the elder's phone
    as the desk does, and makes a file for the younger, whom the office already has."""
    counsellor = staff["counsellor"]
    elder = _lina(db, staff["reception"], ELDER, "418 555-0101", counsellor.user_id)
    younger = _lina(db, staff["reception"], YOUNGER, "418 555-0303", "")
    laptop = make_laptop(db, staff["coordinator"], counsellor, tmp_path)
    try:
        edit(laptop.db, laptop.actor, elder, phone="819 555-0202")
        edit(db, staff["reception"], elder, phone="418 555-0199")
        made = _lina(laptop.db, laptop.actor, YOUNGER, "", counsellor.user_id)
        up(laptop, db, staff["coordinator"])
    finally:
        laptop.db.close()
    return elder, younger, made


def test_core_lists_each_persons_birth_date_and_the_other_file(
        db: Database, staff: dict[str, Actor], two_linas: tuple[str, str, str]) -> None:
    elder, younger, made = two_linas
    rows = {row.kind: row for row in list_conflicts(db, staff["coordinator"])}
    assert (rows["field"].client_id, rows["field"].born) == (elder, ELDER)
    twin = rows["same_person"]
    assert (twin.client_id, twin.born) == (made, YOUNGER)
    assert (twin.other_client_id, twin.other_person, twin.other_born) == (
        younger, "Lina Al-Ahmad", YOUNGER)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_namesakes_told_apart_and_each_file_opened(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], language: str,
        two_linas: tuple[str, str, str], request: pytest.FixtureRequest) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    elder, younger, made = two_linas
    window = MainWindow(db, staff["coordinator"])
    qtbot.addWidget(window)
    page = window.show_section("exchange")
    wait_until_idle()
    assert isinstance(page, ExchangePage)
    model = page.conflicts.table
    shown = [[str(model.data(model.index(row, column)))
              for column in range(model.columnCount())] for row in range(model.rowCount())]
    assert sorted(cells[0] for cells in shown) == ["Lina Al-Ahmad", "Lina Al-Ahmad"]
    born = {format_date(ELDER, style="medium"), format_date(YOUNGER, style="medium")}
    assert {cells[1] for cells in shown} == born  # the namesakes told apart
    for cells in shown:
        assert not any("_" in cell or "{" in cell for cell in cells), cells
    assert any(cells[2] in ("Téléphone", "Phone") for cells in shown), shown

    assert page.conflicts.select_where(lambda row: row.kind == "same_person")
    assert page.open_other_button.isEnabled()
    assert format_date(YOUNGER, style="medium") in page.chosen.text()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.open_other_button, Qt.MouseButton.LeftButton)
    assert set(window.client_windows) == {made, younger}  # both files, to compare
    for opened in window.client_windows.values():
        qtbot.addWidget(opened)

    assert page.conflicts.select_where(lambda row: row.kind == "field")
    assert not page.open_other_button.isEnabled()
    chosen = page.chosen.text()
    assert "819 555-0202" in chosen and "418 555-0199" in chosen
    assert "Test reception" in chosen and "Test counsellor" in chosen  # who, nothing cut
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert elder in window.client_windows
    qtbot.addWidget(window.client_windows[elder])
