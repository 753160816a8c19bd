"""Aide › À propos: the versions an IT helper asks for, the libraries with their licences,
and the licence texts, from the main window's Help menu."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cjeapp import __version__
from cjeapp.core.db.database import Database
from cjeapp.core.permissions import Actor
from cjeapp.ui.about_dialog import AboutDialog
from cjeapp.ui.main_window import MainWindow


def test_about_lists_versions_and_licences_and_copies_them(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], french: None) -> None:
    window = MainWindow(db, staff["reception"])
    qtbot.addWidget(window)
    help_menu = next(action.menu() for action in window.menuBar().actions()
                     if action.text() == "&Aide")
    about_action = next(a for a in help_menu.actions() if "propos" in a.text())
    about_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, AboutDialog) and w.isVisible())
    assert dialog.windowTitle() == "À propos de cjeapp"
    assert str(db.path) in dialog.details.text()
    names = {c.name.lower(): c for c in dialog.components.rows}
    for needed in ("pyside6_essentials", "sqlalchemy", "reportlab", "babel", "cryptography"):
        assert needed in names, needed
        assert names[needed].version and names[needed].licence != "?", needed
    assert "cjeapp" not in names
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied.startswith(f"cjeapp {__version__}")
    assert f"SQLAlchemy {names['sqlalchemy'].version}" in copied
    assert dialog.copy_button.text() == "Versions copiées"
    licences = dialog.show_licences()
    text = licences.text.toPlainText()
    assert "LGPL" in text and "SQLAlchemy" in text and "Fonts:" in text
    licences.close()
    dialog.close()
