"""The lazy client list and the administrator's settings."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.people import client_list
from cjeapp.core.permissions import SYSTEM
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from cjeapp.ui.context import AppContext
from cjeapp.ui.models.client_tables import ClientListModel
from cjeapp.ui.pages.clients_page import ClientsPage
from cjeapp.ui.pages.settings_page import SettingsPage
from tests.ui.keyboard import type_text
from tests.ui.tables import choose
from tests.ui.tables import texts
from tests.ui.waiting import wait_until_idle


def test_client_list_reads_page_by_page(qtbot: QtBot, demo_db: Database) -> None:
    """Each page is read on a worker: while one is read, the view is told there is
    nothing more to fetch yet, so it never asks for the same page twice."""
    pages: list[object] = []
    threads: set[bool] = set()

    def load(cursor: tuple[str, str] | None) -> object:
        pages.append(cursor)
        threads.add(threading.current_thread() is threading.main_thread())
        return client_list.client_page(demo_db, SYSTEM, cursor, limit=100)

    model = ClientListModel(load)  # type: ignore[arg-type]
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # the first page is being read
    model.fetchMore()  # asked again meanwhile: not read twice
    wait_until_idle()
    assert model.rowCount() == 100 and len(pages) == 1
    while model.canFetchMore():
        model.fetchMore()
        wait_until_idle()
    assert model.rowCount() == 300
    assert len(pages) == 4  # three full pages, then an empty one that ends the list
    names = [model.hits[i].last_name for i in range(300)]
    assert names == [hit.last_name for hit in
                     client_list.client_page(demo_db, SYSTEM, None, limit=300)[0]]
    assert threads == {False}  # never on the screen's thread


def test_clients_page_switches_between_list_and_search(qtbot: QtBot, demo_db: Database) -> None:
    actor = accounts.sign_in(demo_db, "accueil", "demo-accueil")
    page = ClientsPage(AppContext(demo_db, actor))
    qtbot.addWidget(page)
    wait_until_idle()
    page.show()
    wait_until_idle()
    qtbot.waitUntil(lambda: page.all_clients.rowCount() > 0)
    assert "300" in page.count.text()
    type_text(page.search_box, "gómez")
    page.search_box.run_now()
    wait_until_idle()
    assert page.table.model() is page.hits
    assert page.hits.rowCount() > 0
    assert all("Gómez" in page.hits.hits[i].last_name for i in range(page.hits.rowCount()))
    page.search_box.clear()
    wait_until_idle()
    page.search_box.run_now()
    wait_until_idle()
    assert page.table.model() is page.all_clients


def test_administrator_creates_and_deactivates_an_account(
        qtbot: QtBot, db: Database, staff: dict[str, Actor],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A coordinator reads case notes: the director confirms in « Deuxième personne »
    (cancelled first: nothing is created)."""
    from PySide6.QtWidgets import QDialog

    from cjeapp.ui.dialogs.second_person_dialog import SecondPersonDialog

    answers = [QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted]
    asked: list[SecondPersonDialog] = []

    def answer(dialog: SecondPersonDialog) -> QDialog.DialogCode:
        # asked while the refusal is answered (the runner is busy with it until then)
        asked.append(dialog)
        dialog.username.setText("director")
        dialog.password.setText("director-password")
        return answers.pop(0)

    monkeypatch.setattr(SecondPersonDialog, "exec", answer)
    wait_until_idle()
    settings_page = SettingsPage(AppContext(db, staff["administrator"]))
    qtbot.addWidget(settings_page)
    wait_until_idle()
    tab = settings_page.staff
    type_text(tab.full_name, "Rouksanah Nana")
    type_text(tab.username, "rnana")
    tab.role.set_value("coordinator")
    wait_until_idle()
    type_text(tab.password, "court")
    tab.create_button.click()
    wait_until_idle()
    assert "8 characters" in tab.errors.labels["password"].text()
    assert tab.full_name.text() == "Rouksanah Nana"
    tab.password.clear()
    wait_until_idle()
    type_text(tab.password, "assez-long")
    tab.create_button.click()  # the second person cancelled
    wait_until_idle()
    assert len(asked) == 1
    assert "rnana" not in {a.username for a in accounts.list_staff(db, staff["administrator"])}
    tab.create_button.click()
    wait_until_idle()
    assert len(asked) == 2
    created = {a.username: a for a in accounts.list_staff(db, staff["administrator"])}
    assert created["rnana"].role.value == "coordinator"
    row = next(i for i, cells in enumerate(texts(tab.table)) if cells[1] == "rnana")
    choose(tab.table, row)
    wait_until_idle()
    tab.active_button.click()
    wait_until_idle()
    assert "rnana" not in {a.username for a in accounts.list_staff(db, staff["administrator"])}


def test_administrator_sets_a_new_allowance_amount(qtbot: QtBot, db: Database,
                                                   staff: dict[str, Actor]) -> None:
    from datetime import date

    from cjeapp.core.groups.activities import ALLOWANCE_KEY
    from cjeapp.core.org import settings

    settings_page = SettingsPage(AppContext(db, staff["administrator"]))
    qtbot.addWidget(settings_page)
    wait_until_idle()
    tab = settings_page.preferences
    tab.allowance.setValue(200)
    wait_until_idle()
    tab.allowance_from.set_value(date(2026, 4, 1))
    wait_until_idle()
    tab.allowance_button.click()
    wait_until_idle()
    assert settings.get_value(db, ALLOWANCE_KEY, on=date(2026, 4, 1)) == "200.00"
    assert settings.get_value(db, ALLOWANCE_KEY, on=date(2026, 3, 31)) is None
