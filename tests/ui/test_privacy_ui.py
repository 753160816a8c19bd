"""Vie privée, driven through its widgets in French: the register of incidents (a refusal
under its field, a serious incident in red until its notices are recorded, its completion)
and the audit log filtered by a person found by name, with the chain checked."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
import pyzipper
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.ui.context import AppContext
from cjeapp.ui.pages.privacy_page import PrivacyPage
from tests.ui.tables import choose
from tests.ui.tables import texts
from tests.ui.waiting import wait_until_idle


def test_an_incident_is_recorded_and_completed_from_the_register(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], french: None) -> None:
    clock.freeze(datetime(2026, 11, 30, 15, 0, tzinfo=UTC))
    page = PrivacyPage(AppContext(db, staff["director"]))
    qtbot.addWidget(page)
    tab = page.incidents
    assert tab is not None and texts(tab.table) == []
    tab.serious.setChecked(True)
    tab.texts["description"].setPlainText("Portable perdu dans l'autobus")
    tab.new_button.click()
    assert "Dites pourquoi" in tab.errors.label("risk_assessment").text()
    assert tab.texts["description"].toPlainText() == "Portable perdu dans l'autobus"  # kept
    tab.texts["risk_assessment"].setPlainText("Notes de suivi, non chiffrées")
    tab.dates["discovered_on"].set_value(date(2026, 11, 20))
    tab.persons.setValue(40)
    tab.new_button.click()
    rows = texts(tab.table)
    assert len(rows) == 1 and rows[0][1:5] == ["Portable perdu dans l'autobus", "40", "Oui",
                                               "À transmettre"]
    assert tab.table.model().index(0, 0).data(0) and tab.table.model().rows[0].notices_missing
    choose(tab.table, 0)
    tab.dates["commission_notified_on"].set_value(date(2026, 11, 21))
    tab.dates["persons_notified_on"].set_value(date(2026, 11, 22))
    tab.save_button.click()
    assert texts(tab.table)[0][4].startswith("Transmis le 21 nov")


def test_the_audit_log_of_one_person_is_found_by_name(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], french: None) -> None:
    counsellor = staff["counsellor"]
    person = clients.create_client(db, counsellor, ClientForm(first_name="Khadija",
                                                              last_name="Benali")).id
    clients.open_client(db, counsellor, person)
    page = PrivacyPage(AppContext(db, staff["director"]))
    qtbot.addWidget(page)
    assert page.incidents is not None and page.audit is not None
    tab = page.audit
    assert texts(tab.table)  # the newest entries, at once
    tab.person.query.setText("benali")
    tab.person.search()
    wait_until_idle()  # the matches come from a worker
    assert "Khadija Benali" in tab.person.matches.currentText()
    tab.show_button.click()
    rows = texts(tab.table)
    assert {row[4] for row in rows} == {"dossier de la personne"}
    assert {row[3] for row in rows} == {"création", "consultation"}
    assert tab.summary.text() == "2 entrées correspondent."
    tab.since.setText("2026-13-40")
    tab.show_button.click()
    assert tab.errors.label("since").text()  # a mistyped date is said under its field
    tab.since.setText("")
    tab.check_chain()
    qtbot.waitUntil(lambda: "intact" in tab.chain.text(), timeout=10000)


def test_the_director_seals_the_log_and_the_seal_is_a_witness(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, french: None) -> None:
    """Vie privée › Journal › Sceller le journal…: a signed seal written where chosen (a
    cancel seals nothing), its sealing the log's newest entry, held by check against the
    file; the administrator, who reads the log, does not seal."""
    from PySide6.QtWidgets import QFileDialog

    from cjeapp.core.db.anchors import file_anchor

    page = PrivacyPage(AppContext(db, staff["director"]))
    qtbot.addWidget(page)
    assert page.audit is not None
    tab = page.audit
    assert tab.seal_button.isVisibleTo(tab)
    chosen = [""]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (chosen[0], ""))
    before = tab.summary.text()
    tab.seal_button.click()  # cancelled: nothing sealed
    assert tab.summary.text() == before and not (tmp_path / "sceau.json").exists()
    chosen[0] = str(tmp_path / "sceau.json")
    tab.seal_button.click()
    assert "sceau.json" in tab.chain.text()
    assert texts(tab.table)[0][3] == "scellement"
    assert db.key is not None
    anchor = file_anchor(tmp_path / "sceau.json", db.key, db.path)
    assert anchor is not None and anchor.seq > 1
    other = PrivacyPage(AppContext(db, staff["administrator"]))
    qtbot.addWidget(other)
    assert other.audit is not None and not other.audit.seal_button.isVisibleTo(other.audit)


def test_the_administrator_reads_the_log_but_not_the_incidents(
        qtbot: QtBot, db: Database, staff: dict[str, Actor]) -> None:
    page = PrivacyPage(AppContext(db, staff["administrator"]))
    qtbot.addWidget(page)
    assert page.audit is not None and page.incidents is None and page.tabs.count() == 1


def test_a_request_is_recorded_answered_and_the_copy_made(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], french: None, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock.freeze(datetime(2026, 11, 30, 15, 0, tzinfo=UTC))
    clients.create_client(db, staff["counsellor"], ClientForm(first_name="Khadija",
                                                              last_name="Benali"))
    page = PrivacyPage(AppContext(db, staff["director"]))
    qtbot.addWidget(page)
    tab = page.requests
    assert tab is not None
    tab.record_button.click()
    assert "Choisissez la personne" in tab.errors.label("client_id").text()
    tab.person.query.setText("benali")
    tab.person.search()
    wait_until_idle()  # the matches come from a worker
    tab.kind.set_value("access")
    tab.received.set_value(date(2026, 11, 3))
    tab.record_button.click()
    rows = texts(tab.table)
    assert rows == [["Khadija Benali", "Accès à son dossier", "3 nov. 2026", "3 déc. 2026",
                     "Pas encore"]]
    assert tab.table.model().rows[0].near(clock.today())  # four days left: in red
    choose(tab.table, 0)
    target = tmp_path / "copie.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kwargs: (str(target), ""))
    tab.make_copy()
    passphrase = tab.status.text().rsplit(" ", 1)[-1]
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(passphrase.encode())
        assert "Benali" in archive.read("person.json").decode()
    assert tab.print_button.isEnabled()
    opened: list[str] = []
    page.open_client.connect(opened.append)
    tab.file_button.click()
    assert opened == [tab.table.model().rows[0].client_id]
    tab.answer.setPlainText("Copie remise en main propre, phrase de passe par téléphone.")
    tab.answer_button.click()
    assert texts(tab.table)[0][4] == "30 nov. 2026"


def test_files_past_retention_are_destroyed_after_a_confirmation(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], french: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cjeapp.core.casework import service_records
    from cjeapp.core.casework.service_records import ServiceForm

    counsellor = staff["counsellor"]
    clock.freeze(datetime(2016, 5, 2, 15, 0, tzinfo=UTC))
    old = clients.create_client(db, counsellor, ClientForm(first_name="Ancien",
                                                           last_name="Dossier")).id
    service_records.record_service(db, counsellor, old, ServiceForm(
        "housing_search", delivered_on=date(2016, 5, 2)))
    clock.freeze(datetime(2026, 11, 30, 15, 0, tzinfo=UTC))
    page = PrivacyPage(AppContext(db, staff["director"]))
    qtbot.addWidget(page)
    tab = page.retention
    assert tab is not None
    qtbot.waitUntil(lambda: bool(texts(tab.due)), timeout=10000)  # found off the UI thread
    assert texts(tab.due)[0][0] == "Ancien Dossier"
    assert tab.summary.text().startswith("Dossiers dont la conservation est échue : 1.")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Cancel)
    choose(tab.due, 0)
    tab.destroy_chosen()
    assert texts(tab.due)[0][0] == "Ancien Dossier"  # cancelled: nothing destroyed
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    tab.destroy_chosen()
    qtbot.waitUntil(lambda: texts(tab.due) == [], timeout=20000)
    assert texts(tab.register)[0][1] == "1" and "7 ans" in texts(tab.register)[0][2]
    tab.years.setValue(12)
    tab.set_years()
    assert tab.status.text() == "Durée de conservation enregistrée."
    qtbot.waitUntil(lambda: not tab._loads, timeout=10000)


def test_every_action_the_program_logs_reads_as_words() -> None:
    """The audit viewer never shows an action's internal name: every action the program
    (or the server's functions) writes has its words, in French too."""
    import re

    from cjeapp.core.privacy.audit_words import ACTIONS

    root = Path(__file__).resolve().parents[2] / "src" / "cjeapp"
    written = set()
    for source in root.rglob("*.py"):
        written |= set(re.findall(r'audit\(\s*"([a-z_]+)"', source.read_text(encoding="utf-8")))
    server = (root / "resources" / "server" / "personal-logins.sql").read_text(encoding="utf-8")
    written |= set(re.findall(r"cjeapp_server\.audit\([^,]+, '([a-z_]+)'", server))
    written |= set(re.findall(r":id, '([a-z_]+)', 'users'", (
        root / "core" / "db" / "server_logins.py").read_text(encoding="utf-8")))
    assert written and written - set(ACTIONS) == set()
