"""The import assistant from the screens, in French: the sample list read, the columns
mapped from their titles, the file's words translated, the check row by row with its
report, the import as one batch, then its undo from the Import page; a likely duplicate
decided beside the existing file; a services log chosen as what the rows are."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.ids import ClientId
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.resources import resource_path
from cjeapp.core.search.finder import search_clients
from cjeapp.core.staff import accounts
from cjeapp.ui.dialogs.import_wizard import ImportWizard
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.pages.clients_page import ClientsPage
from cjeapp.ui.pages.imports_page import ImportsPage
from tests.databases import DIRECTOR
from tests.ui.waiting import wait_until_idle


def test_a_coordinator_maps_checks_imports_and_undoes_the_sample_list(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, french: None) -> None:
    for username, name in (("isabelle", "Isabelle Tremblay"), ("marieeve", "Marie-Ève Tremblay")):
        accounts.create_staff(db, staff["administrator"], username=username, full_name=name,
                              role="counsellor", password="temporary-pass",
                              second=DIRECTOR)
    window = MainWindow(db, staff["coordinator"])
    qtbot.addWidget(window)
    desk = MainWindow(db, staff["reception"])  # another window, its list of people open
    qtbot.addWidget(desk)
    people = desk.show_section("clients")
    assert isinstance(people, ClientsPage)
    wait_until_idle()
    before = people.count.text()
    page = window.show_section("imports")
    assert isinstance(page, ImportsPage)
    wizard = page.open_wizard()
    assert not wizard.file_page.isComplete()
    assert wizard.file_page.load(resource_path("samples", "liste-clients-2025.csv"))
    assert not wizard.file_page.csv_row.isHidden()
    assert wizard.file_page.encoding.value() == "cp1252"
    assert "Lignes : 12" in wizard.file_page.summary.text()
    assert wizard.file_page.preview.rows[0][:2] == ["2", "BENALI Khadija"]  # its row number
    wizard.next()
    wait_until_idle()
    mapping = wizard.mapping_page
    assert mapping.columns["full_name"].currentText() == "Nom complet"
    assert mapping.columns["first_name"].currentText() == "— absent du fichier —"
    words = {(name, value): combo for name, value, combo in mapping.word_choices}
    assert set(words) == {("immigration_category", "Réfugié"),
                          ("immigration_category", "Étudiant")}
    words[("immigration_category", "Réfugié")].set_value("refugee_government")
    words[("immigration_category", "Étudiant")].set_value("student")
    mapping.name.setText("Liste de Julie")
    mapping.save_button.click()
    wait_until_idle()
    assert mapping.errors.labels["mapping_name"].text() == "Enregistrée."
    wizard.next()
    wait_until_idle()
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.checked is not None and check.job is None, timeout=20_000)
    assert "Lignes : 12" in check.summary.text() and "en erreur : 3" in check.summary.text()
    errors = [r for r in check.results.rows if r.status == "error"]
    assert {r.row for r in errors} == {8, 9, 10}
    assert not check.isComplete()  # rows in error, not yet left out
    check.write_report(tmp_path / "rapport.xlsx")
    sheet = load_workbook(tmp_path / "rapport.xlsx").active
    assert sheet is not None and sheet.cell(1, 1).value == "Ligne"
    check.leave_out.setChecked(True)
    assert check.isComplete()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Importer"
    wizard.next()
    wait_until_idle()
    qtbot.waitUntil(lambda: wizard.imported is not None, timeout=20_000)
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # never twice
    assert "Lignes importées : 8" in wizard.import_page.summary.text()
    assert search_clients(db, staff["coordinator"], "karimi zahra")
    # written in plain SQL, told by the database: the other window's list is current
    qtbot.waitUntil(lambda: people.count.text() != before, timeout=10_000)
    imported = people.count.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until_idle()
    assert page.batches.rows[0].imported == 8
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    page.batches.select_where(lambda b: True)
    page.undo_button.click()
    wait_until_idle()
    assert "lignes annulées : 8" in page.status.text()
    assert search_clients(db, staff["coordinator"], "karimi zahra") == []
    qtbot.waitUntil(lambda: people.count.text() == before, timeout=10_000)
    assert imported != before


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def _checked(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()
    wait_until_idle()
    qtbot.waitUntil(lambda: wizard.checked is not None and wizard.check_page.job is None,
                    timeout=20_000)
    wait_until_idle()  # the first duplicate beside its file


def test_a_likely_duplicate_is_seen_beside_the_file_and_completes_it(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], tmp_path: Path,
        french: None) -> None:
    helene = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Hélène", last_name="Côté-Bélanger", birth_date=date(1988, 3, 14),
        email="helene@example.org"))
    source = _csv(tmp_path / "liste.csv", [
        "Nom;Prénom;Date de naissance;Téléphone;Courriel",
        "CÔTÉ-BÉLANGER;Hélène;14/03/1988;418 555-0123;autre@example.org",
        "ROY;Julie;1991-07-02;;"])
    window = MainWindow(db, staff["coordinator"])
    qtbot.addWidget(window)
    page = window.show_section("imports")
    assert isinstance(page, ImportsPage)
    wizard = page.open_wizard()
    assert wizard.file_page.load(source)
    wizard.next()
    wait_until_idle()
    _checked(qtbot, wizard)
    panel = wizard.check_page.duplicates
    assert not panel.isHidden()
    assert [r.row for r in panel.rows.rows] == [2]
    compared = {c.caption: c for c in panel.compared.rows}
    assert compared["Téléphone"].fills and compared["Téléphone"].incoming == "418 555-0123"
    assert not compared["Courriel"].fills
    assert compared["Courriel"].existing == "helene@example.org"
    labels = [panel.choice.itemText(i) for i in range(panel.choice.count())]
    # The merge's label is new (issue 40, item 4): its French comes with the catalogue.
    assert labels == ["Laisser de côté", "Créer quand même", panel.labels["merge"],
                      "Lier au dossier existant (rien n'est modifié)"]
    panel.choice.setCurrentIndex(panel.choice.findData("merge"))
    panel.choice.activated.emit(panel.choice.currentIndex())
    assert panel.choices() == {2: "merge"}
    assert panel.rows.table.data(panel.rows.table.index(0, 2)) == labels[2]
    wizard.next()
    wait_until_idle()
    qtbot.waitUntil(lambda: wizard.imported is not None, timeout=20_000)
    assert "dossiers existants complétés : 1" in wizard.import_page.summary.text()
    client, _missing = clients.open_client(db, staff["coordinator"], ClientId(helene.id))
    assert (client.phone, client.email) == ("418 555-0123", "helene@example.org")


def test_merging_a_duplicate_shows_the_differences_in_words_keeps_the_chosen_value_and_undoes(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    helene = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Hélène", last_name="Côté-Bélanger", birth_date=date(1988, 3, 14),
        email="helene@example.org", arrival_date=date(2025, 1, 10)))
    source = _csv(tmp_path / "liste.csv", [
        "Nom;Prénom;Date de naissance;Téléphone;Courriel;Arrivée",
        "CÔTÉ-BÉLANGER;Hélène;14/03/1988;418 555-0123;autre@example.org;2025-02-01"])
    window = MainWindow(db, staff["coordinator"])
    qtbot.addWidget(window)
    page = window.show_section("imports")
    assert isinstance(page, ImportsPage)
    wizard = page.open_wizard()
    assert wizard.file_page.load(source)
    wizard.next()
    wait_until_idle()
    _checked(qtbot, wizard)
    panel = wizard.check_page.duplicates
    panel.choice.setCurrentIndex(panel.choice.findData("merge"))
    panel.choice.activated.emit(panel.choice.currentIndex())
    table = panel.compared.table
    shown = {table.data(table.index(line, 0)): [
        table.data(table.index(line, column)) for column in range(1, 4)]
        for line in range(table.rowCount())}
    # Captions and values in words, and what a merge keeps by default.
    assert shown["Phone"] == ["418 555-0123", "", "This row"]
    assert shown["E-mail"] == ["autre@example.org", "helene@example.org", "Existing file"]
    assert shown["Arrival in Quebec"][2] == "Existing file"
    arrival = str(shown["Arrival in Quebec"][1])
    assert "2025" in arrival and "-" not in arrival  # a date in words
    assert not panel.keep.isEnabled()  # the phone line is selected: nothing to choose
    assert panel.compared.select_where(lambda line: line.caption == "E-mail")
    assert panel.keep.isEnabled() and panel.keep.value() == "file"
    panel.keep.setCurrentIndex(panel.keep.findData("row"))
    panel.keep.activated.emit(panel.keep.currentIndex())
    line = next(i for i in range(table.rowCount()) if table.data(table.index(i, 0)) == "E-mail")
    assert table.data(table.index(line, 3)) == "This row"
    assert panel.kept() == {2: {"email": "row"}}
    wizard.next()
    wait_until_idle()
    qtbot.waitUntil(lambda: wizard.imported is not None, timeout=20_000)
    assert "existing files completed: 1" in wizard.import_page.summary.text()
    client, _missing = clients.open_client(db, staff["coordinator"], ClientId(helene.id))
    assert (client.phone, client.email, client.arrival_date) == (
        "418 555-0123", "autre@example.org", date(2025, 1, 10))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until_idle()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    page.batches.select_where(lambda b: True)
    page.undo_button.click()
    wait_until_idle()
    client, _missing = clients.open_client(db, staff["coordinator"], ClientId(helene.id))
    assert (client.phone, client.email) == (None, "helene@example.org")


def test_a_services_log_is_imported_when_chosen_as_what_the_rows_are(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], tmp_path: Path,
        french: None) -> None:
    clients.create_client(db, staff["reception"], ClientForm(
        first_name="Hélène", last_name="Côté-Bélanger", birth_date=date(1988, 3, 14),
        mifi_client_number="12345678"))
    source = _csv(tmp_path / "services.csv", [
        "No MIFI;Date;Service;Heures",
        "12345678;05/03/2025;Évaluation des besoins;1,5",
        "12345678;6 mars 2025;Ouverture d'un compte bancaire;1"])
    window = MainWindow(db, staff["coordinator"])
    qtbot.addWidget(window)
    page = window.show_section("imports")
    assert isinstance(page, ImportsPage)
    wizard = page.open_wizard()
    kinds = wizard.file_page.kind
    assert [kinds.itemText(i) for i in range(kinds.count())] == [
        "Personnes", "Services rendus", "Présences aux activités", "Partenaires"]
    kinds.setCurrentIndex(kinds.findData("services"))
    kinds.activated.emit(kinds.currentIndex())
    assert wizard.file_page.load(source)
    wizard.next()
    wait_until_idle()
    mapping = wizard.mapping_page
    assert mapping.columns["delivered_on"].currentText() == "Date"
    assert mapping.columns["hours"].currentText() == "Heures"
    assert "first_name" in mapping.columns and "sex" not in mapping.columns
    _checked(qtbot, wizard)
    assert wizard.check_page.duplicates.isHidden()
    assert [r.label for r in wizard.check_page.results.rows] == ["Hélène Côté-Bélanger"] * 2
    wizard.next()
    wait_until_idle()
    qtbot.waitUntil(lambda: wizard.imported is not None, timeout=20_000)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until_idle()
    assert page.batches.rows[0].kind == "services" and page.batches.rows[0].imported == 2
    assert page.batches.table.data(page.batches.table.index(0, 1)) == "Services rendus"


def test_the_administrator_is_offered_only_people(qtbot: QtBot, db: Database,
                                                  staff: dict[str, Actor],
                                                  french: None) -> None:
    window = MainWindow(db, staff["administrator"])
    qtbot.addWidget(window)
    page = window.show_section("imports")
    assert isinstance(page, ImportsPage)
    kinds = page.open_wizard().file_page.kind
    assert [kinds.itemData(i) for i in range(kinds.count())] == ["people"]
