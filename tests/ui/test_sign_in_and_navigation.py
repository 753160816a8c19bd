"""First run, sign-in and the role-filtered main window, driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cjeapp.core.db import sqlite_file
from cjeapp.core.db.database import Database
from cjeapp.core.errors import AuthenticationError
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from cjeapp.core.staff import opening
from cjeapp.ui.first_run_dialog import FirstRunDialog
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.recovery_dialogs import RecoveryKeyDialog
from cjeapp.ui.sign_in_dialog import SignInDialog
from tests.conftest import ADMIN_PASSWORD
from tests.databases import DIRECTOR
from tests.databases import build_plain_database
from tests.ui.keyboard import press
from tests.ui.keyboard import type_text


def test_first_run_dialog_creates_the_encrypted_database_and_its_administrator(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    type_text(dialog.organization, "Carrefour Emploi Lotbinière")
    type_text(dialog.office, "Laurier-Station")
    type_text(dialog.full_name, "Huguette Charest")
    type_text(dialog.username, "hcharest")
    type_text(dialog.password, "mot-de-passe")
    type_text(dialog.password_again, "mot-de-passe-2")
    dialog.submit()
    assert dialog.actor is None
    assert "differ" in dialog.errors.labels["password_again"].text()
    assert dialog.organization.text() == "Carrefour Emploi Lotbinière"  # nothing lost
    dialog.password_again.clear()
    type_text(dialog.password_again, "mot-de-passe")
    dialog.submit()
    assert dialog.actor is not None and dialog.actor.full_name == "Huguette Charest"
    assert dialog.db is not None and not accounts.needs_first_run(dialog.db)
    assert len(dialog.recovery) == 39
    dialog.db.close()
    assert not sqlite_file.is_plain(path)
    db, actor = opening.open_database(path, "hcharest", "mot-de-passe")  # the password opens it
    assert actor.full_name == "Huguette Charest"
    db.close()


def test_first_run_given_up_leaves_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    type_text(dialog.organization, "CJE")
    type_text(dialog.password, "court")
    type_text(dialog.password_again, "court")
    dialog.submit()
    assert dialog.actor is None
    dialog.reject()
    assert sorted(tmp_path.iterdir()) == []


def test_recovery_key_dialog_closes_only_once_the_key_is_noted(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    dialog.noted.setChecked(True)
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_wrong_password_is_said_and_right_one_signs_in(qtbot: QtBot, db: Database) -> None:
    db.close()
    dialog = SignInDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.username, "admin")
    type_text(dialog.password, "wrong")
    press(dialog.password, Qt.Key.Key_Return)
    # The password is checked off the screen's thread: the window says so and keeps
    # painting; a second Enter meanwhile starts nothing more.
    assert dialog.busy and not dialog.ok.isEnabled() and dialog.message.text()
    press(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.ok.isEnabled()
    assert dialog.actor is None and dialog.db is None
    assert "wrong password" in dialog.message.text()
    assert dialog.password.text() == ""
    type_text(dialog.password, "admin-secret")
    press(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert dialog.db is not None
    dialog.db.close()


def test_after_a_reset_the_person_chooses_a_new_password_before_entering(
        qtbot: QtBot, db: Database, admin: Actor, staff: dict[str, Actor]) -> None:
    counsellor = staff["counsellor"]
    assert counsellor.user_id
    accounts.reset_password(db, admin, counsellor.user_id, "provisoire-123", DIRECTOR)
    db.close()
    dialog = SignInDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.new_password.isVisible()
    type_text(dialog.username, "counsellor")
    type_text(dialog.password, "provisoire-123")
    press(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.new_password.isVisible() and "reset" in dialog.message.text()
    type_text(dialog.new_password, "court")
    type_text(dialog.confirm, "court")
    press(dialog.confirm, Qt.Key.Key_Return)  # saved off the screen's thread, refused
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "8" in dialog.message.text() and dialog.new_password.hasFocus()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.new_password.clear()
    dialog.confirm.clear()
    type_text(dialog.new_password, "à-moi-seule-1")
    type_text(dialog.confirm, "à-moi-seule-2")
    press(dialog.confirm, Qt.Key.Key_Return)
    assert "differ" in dialog.message.text()
    dialog.confirm.clear()
    type_text(dialog.confirm, "à-moi-seule-1")
    press(dialog.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor is not None and not dialog.actor.must_change_password
    assert dialog.db is not None
    dialog.db.close()
    # The one-time password no longer opens the file; the chosen one does.
    with pytest.raises(AuthenticationError):
        opening.unlock_key(db.path, "counsellor", "provisoire-123")
    again, actor = opening.open_database(db.path, "counsellor", "à-moi-seule-1")
    assert actor.user_id == counsellor.user_id
    again.close()


def test_a_plain_database_is_encrypted_at_the_first_sign_in(qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    """A file of an earlier version: the sign-in encrypts it off the screen's thread, then
    the recovery key is there to show."""
    path = tmp_path / "ancienne.sqlite3"
    build_plain_database(path)
    dialog = SignInDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.username, "admin")
    type_text(dialog.password, "admin-secret")
    press(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20000)
    assert dialog.recovery and dialog.db is not None
    dialog.db.close()
    assert not sqlite_file.is_plain(path)
    assert b"Charest" not in path.read_bytes()


def test_navigation_shows_only_what_the_role_may_use(qtbot: QtBot, db: Database,
                                                     staff: dict[str, Actor]) -> None:
    expected = {
        "reception": ["today", "desk", "clients", "agenda", "reminders", "partners"],
        "counsellor": ["today", "desk", "clients", "agenda", "reminders", "followups",
                       "transport", "partners", "activities"],
        "coordinator": ["today", "desk", "clients", "agenda", "reminders", "followups",
                        "transport", "partners", "activities", "exchange", "reports",
                        "board", "imports"],
        "director": ["today", "desk", "clients", "agenda", "reminders", "followups",
                     "transport", "partners", "activities", "exchange", "reports", "board",
                     "imports", "privacy"],
        "administrator": ["today", "desk", "clients", "agenda", "reminders", "partners",
                          "reports", "board", "imports", "privacy", "settings"],
    }
    for role, keys in expected.items():
        window = MainWindow(db, staff[role])
        qtbot.addWidget(window)
        assert window.section_keys() == keys, role
        assert window.navigation.count() == len(keys)


def test_the_program_starts_on_the_file_through_sign_in(qtbot: QtBot, db: Database) -> None:
    """start_session: the sign-in dialog opens the encrypted file and the main window
    receives the open database."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cjeapp.ui.session import start_session

    db.close()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.username.setText("admin")
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.submit()

    QTimer.singleShot(0, answer)
    window = start_session(db.path)
    assert window is not None
    qtbot.addWidget(window)
    assert window.context.actor.username == "admin"
    window.context.db.close()
