"""The import assistant from the screens, in French: the sample list read, the columns
mapped from their titles, the file's words translated, the check row by row with its
report, the import as one batch, then its undo from the Import page."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.permissions import Actor
from cjeapp.core.resources import resource_path
from cjeapp.core.search.finder import search_clients
from cjeapp.core.staff import accounts
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.pages.imports_page import ImportsPage


def test_a_coordinator_maps_checks_imports_and_undoes_the_sample_list(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, french: None) -> None:
    for username, name in (("isabelle", "Isabelle Tremblay"), ("marieeve", "Marie-Ève Tremblay")):
        accounts.create_staff(db, staff["administrator"], username=username, full_name=name,
                              role="counsellor", password="temporary-pass")
    window = MainWindow(db, staff["coordinator"])
    qtbot.addWidget(window)
    page = window.show_section("imports")
    assert isinstance(page, ImportsPage)
    wizard = page.open_wizard()
    assert not wizard.file_page.isComplete()
    assert wizard.file_page.load(resource_path("samples", "liste-clients-2025.csv"))
    assert not wizard.file_page.csv_row.isHidden()
    assert wizard.file_page.encoding.value() == "cp1252"
    assert "Lignes : 12" in wizard.file_page.summary.text()
    assert wizard.file_page.preview.rows[0][0] == "BENALI Khadija"
    wizard.next()
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
    assert mapping.errors.labels["mapping_name"].text() == "Enregistrée."
    wizard.next()
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
    qtbot.waitUntil(lambda: wizard.imported is not None, timeout=20_000)
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # never twice
    assert "Personnes importées : 8" in wizard.import_page.summary.text()
    assert search_clients(db, staff["coordinator"], "karimi zahra")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert page.batches.rows[0].imported == 8
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    page.batches.select_where(lambda b: True)
    page.undo_button.click()
    assert "dossiers retirés : 8" in page.status.text()
    assert search_clients(db, staff["coordinator"], "karimi zahra") == []
