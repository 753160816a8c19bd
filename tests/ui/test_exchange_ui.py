"""The exchange on screen: the coordinator registers a laptop from « Échanges », the laptop
says in its status bar where it stands and exchanges with the office from its Session
menu (directly, then by file), and the coordinator decides the conflict that came back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.ids import ClientId
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import opening
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.recovery_dialogs import RecoveryKeyDialog
from tests.core.exchange_world import client_row
from tests.core.exchange_world import edit
from tests.ui.keyboard import type_text
from tests.ui.waiting import wait_until_idle

pytestmark = pytest.mark.usefixtures("french")


def test_a_laptop_registered_exchanges_and_its_conflict_is_decided_at_the_office(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: ClientId,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    from cjeapp.ui.dialogs.exchange_dialog import ExchangeDialog
    from cjeapp.ui.pages.exchange_page import ExchangePage

    keys: list[str] = []
    monkeypatch.setattr(RecoveryKeyDialog, "exec",
                        lambda dialog: keys.append(dialog.key.text()) or 0)
    office = MainWindow(db, staff["coordinator"])
    qtbot.addWidget(office)
    assert office.laptop.action is None  # the office is no laptop
    page = office.show_section("exchange")
    wait_until_idle()
    assert isinstance(page, ExchangePage)
    dialog = page.register_laptop()
    dialog.counsellor.set_value(staff["counsellor"].user_id)
    dialog.file.setText(str(tmp_path / "portable.cjeapp"))
    type_text(dialog.password, "pas-le-sien")
    qtbot.mouseClick(dialog.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.panel.running, timeout=20_000)
    assert "mot de passe" in " ".join(label.text() for label in dialog.errors.labels.values())
    assert not (tmp_path / "portable.cjeapp").exists()
    dialog.password.clear()
    type_text(dialog.password, "counsellor-password")
    qtbot.mouseClick(dialog.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(keys), timeout=20_000)
    assert "Inscrit" in dialog.panel.status.text()
    wait_until_idle()  # the page's list read again
    assert [row.name for row in page.replicas.rows] == ["Portable de Test counsellor"]

    laptop_db, counsellor = opening.open_database(tmp_path / "portable.cjeapp", "counsellor",
                                                  "counsellor-password")
    try:
        laptop = MainWindow(laptop_db, counsellor)
        qtbot.addWidget(laptop)
        wait_until_idle(qtbot)  # where the laptop stands, read off the screen's thread
        assert laptop.laptop.label is not None and laptop.laptop.action is not None
        assert "Dernier échange : jamais · 0 changements" in laptop.laptop.label.text()
        edit(laptop_db, counsellor, helene, phone="819 555-0202")
        edit(db, staff["reception"], helene, phone="418 555-0101")
        exchange = laptop.laptop.open_dialog()
        assert isinstance(exchange, ExchangeDialog)
        exchange.address.setText(str(db.path))
        type_text(exchange.password, "counsellor-password")
        qtbot.mouseClick(exchange.panel.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not exchange.panel.running, timeout=20_000)
        assert "Échange fait" in exchange.panel.status.text(), exchange.panel.status.text()
        assert "1 nouveaux conflits" in exchange.panel.status.text()
        exchange.close()
        wait_until_idle(qtbot)
        assert "0 changements en attente" in laptop.laptop.label.text()

        page.refresh()
        wait_until_idle()
        [conflict] = page.conflicts.rows
        assert (conflict.person, conflict.office_value, conflict.laptop_value) == (
            "Hélène Côté-Bélanger", "418 555-0101", "819 555-0202")
        page.conflicts.select_where(lambda row: row.id == conflict.id)
        qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
        wait_until_idle()
        assert page.conflicts.rows == [] and "Décidé" in page.status.text()
        assert client_row(db, helene).phone == "819 555-0202"

        # by file this time: the office's file written, then imported on the laptop
        page.replicas.select_where(lambda row: True)
        written: list[bytes] = []
        monkeypatch.setattr("cjeapp.ui.pages.exchange_page.save_bytes",
                            lambda _parent, data, _name, _filter: written.append(data) or "x")
        qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
        wait_until_idle()
        assert written and "Fichier écrit" in page.status.text()
        (tmp_path / "retour.cjex").write_bytes(written[0])
        exchange = laptop.laptop.open_dialog()
        assert isinstance(exchange, ExchangeDialog)
        exchange.import_file(tmp_path / "retour.cjex")  # on the laptop's writer
        wait_until_idle()
        assert "Importé" in exchange.file_status.text(), warnings_shown
        assert client_row(laptop_db, helene).phone == "819 555-0202"
        exchange.import_file(tmp_path / "retour.cjex")  # twice: refused, nothing changed
        wait_until_idle()
        assert "déjà été importé" in warnings_shown[-1]
        laptop.close()
    finally:
        laptop_db.close()


def test_the_office_lets_go_of_work_on_a_destroyed_file_then_retires_the_laptop(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: ClientId,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]) -> None:
    from datetime import date

    from PySide6.QtWidgets import QMessageBox

    from cjeapp.core.exchange import packages
    from cjeapp.core.privacy import retention
    from cjeapp.ui.pages.exchange_page import ExchangePage
    from tests.core.exchange_world import hub_id
    from tests.core.exchange_world import make_laptop

    laptop = make_laptop(db, staff["coordinator"], staff["counsellor"], tmp_path)
    try:
        edit(laptop.db, laptop.actor, helene, phone="819 555-7731")
        retention.destroy(db, staff["director"], [helene], today=date(2040, 1, 2))
        late = tmp_path / "du-portable.cjex"
        late.write_bytes(packages.export_changes(laptop.db, laptop.actor,
                                                 hub_id(laptop)).data)
        office = MainWindow(db, staff["coordinator"])
        qtbot.addWidget(office)
        page = office.show_section("exchange")
        wait_until_idle()
        assert isinstance(page, ExchangePage)
        page.import_file(late)
        wait_until_idle()
        assert "Loi 25" in page.status.text() and "1 changements" in page.status.text(), (
            page.status.text())
        assert page.conflicts.rows == []

        asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_rest: (
            asked.append(text) or QMessageBox.StandardButton.No))
        page.replicas.select_where(lambda row: True)
        qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
        wait_until_idle()
        assert "perdu, volé ou remplacé" in asked[0]
        assert len(page.replicas.rows) == 1  # said no: nothing happened
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *_args: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
        wait_until_idle()
        assert "est retiré" in page.status.text()
        assert "Test counsellor" in page.status.text()  # whose password to change
        assert page.replicas.rows == []
        late.write_bytes(packages.export_changes(laptop.db, laptop.actor,
                                                 hub_id(laptop)).data)
        page.import_file(late)
        wait_until_idle()
        assert "retiré" in warnings_shown[-1]
    finally:
        laptop.db.close()
