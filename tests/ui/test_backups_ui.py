"""Backups from the screens: Settings › Backups (folder, rotation, list, backup now,
restore after confirmation), the warning banner every role sees, the daily check, and the
backup at closing — on real encrypted files."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from cjeapp.core import clock
from cjeapp.core.backups import automatic
from cjeapp.core.backups.automatic import BackupPolicy
from cjeapp.core.backups.rotation import Rotation
from cjeapp.core.db.database import Database
from cjeapp.core.people import clients
from cjeapp.core.permissions import Actor
from cjeapp.core.search.finder import search_clients
from cjeapp.ui import backups
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.pages.settings_page import SettingsPage
from tests.ui.screens import ROLES
from tests.ui.waiting import wait_until_idle


def settings_of(window: MainWindow) -> SettingsPage:
    page = window.show_section("settings")
    assert isinstance(page, SettingsPage)
    return page


def wait_for(qtbot: QtBot, job: object) -> None:
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=20_000)  # type: ignore[attr-defined]


def looked(qtbot: QtBot, window: MainWindow) -> None:
    """The banner has looked at the backup folder (on its worker thread)."""
    qtbot.waitUntil(lambda: window.banner.settled, timeout=20_000)


def test_the_banner_warns_every_role_until_a_backup_is_made(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], french: None) -> None:
    for role in ROLES:
        window = MainWindow(db, staff[role])
        qtbot.addWidget(window)
        looked(qtbot, window)
        assert not window.banner.isHidden(), role
        assert "Aucune sauvegarde" in window.banner.text.text()
        expected = "Paramètres" if role == "administrator" else "administrat"
        assert expected in window.banner.text.text(), role
    reception = MainWindow(db, staff["reception"])
    qtbot.addWidget(reception)
    wait_for(qtbot, reception.backup_now())
    looked(qtbot, reception)
    assert reception.banner.isHidden()
    assert len(automatic.list_backups(db, staff["administrator"])) == 1


def test_the_banner_says_when_backups_are_late_or_the_folder_is_gone(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], tmp_path: Path,
        french: None) -> None:
    admin = staff["administrator"]
    automatic.make_backup(db, admin, "asked")
    window = MainWindow(db, staff["counsellor"])
    qtbot.addWidget(window)
    looked(qtbot, window)
    assert window.banner.isHidden()
    clock.freeze(clock.now() + timedelta(days=4))
    window.banner.refresh()
    looked(qtbot, window)
    assert not window.banner.isHidden()
    assert "en retard" in window.banner.text.text()
    key = tmp_path / "cle"
    automatic.set_backup_policy(db, admin, BackupPolicy(key, Rotation()))
    automatic.make_backup(db, admin, "asked")
    window.banner.refresh()
    looked(qtbot, window)
    assert window.banner.isHidden()
    for path in key.iterdir():  # the USB key is pulled out
        path.unlink()
    key.rmdir()
    window.banner.refresh()
    looked(qtbot, window)
    assert not window.banner.isHidden()
    assert str(key) in window.banner.text.text()


def test_settings_saves_the_folder_and_rotation_and_refuses_a_bad_folder(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], tmp_path: Path,
        french: None) -> None:
    window = MainWindow(db, staff["administrator"])
    qtbot.addWidget(window)
    tab = settings_of(window).backups
    qtbot.waitUntil(lambda: tab.settled, timeout=20_000)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    tab.folder.setText(str(blocker / "backups"))
    tab.save_button.click()
    wait_until_idle(qtbot)  # refused on the runner's writer
    assert not tab.errors.labels["folder"].isHidden()
    assert "ne peut pas recevoir" in tab.errors.labels["folder"].text()
    assert automatic.backup_policy(db).folder is None  # nothing saved
    tab.folder.setText("relative/folder")
    tab.save_button.click()
    wait_until_idle(qtbot)
    assert "chemin complet" in tab.errors.labels["folder"].text()
    chosen = tmp_path / "partage" / "sauvegardes"
    tab.folder.setText(str(chosen))
    tab.daily.setValue(3)
    tab.monthly.setValue(6)
    tab.warn_after_days.setValue(5)
    tab.save_button.click()
    wait_until_idle(qtbot)
    assert tab.errors.labels["folder"].isHidden()
    policy = automatic.backup_policy(db)
    assert policy == BackupPolicy(chosen, Rotation(3, 4, 6), 5)
    assert tab.policy() == policy
    wait_for(qtbot, tab.backup_now())
    qtbot.waitUntil(lambda: tab.settled, timeout=20_000)
    assert [b.path.parent for b in tab.list.rows] == [chosen]
    assert "vérifiée" in tab.status.text()
    looked(qtbot, window)
    assert window.banner.isHidden()  # told through the change notice


def test_restore_asks_then_puts_the_backup_in_place_after_closing(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], monkeypatch: pytest.MonkeyPatch,
        french: None) -> None:
    admin = staff["administrator"]
    before = automatic.make_backup(db, admin, "asked")
    clients.create_client(db, staff["reception"], clients.ClientForm(
        first_name="Amina", last_name="Diallo"))
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    window.show()
    tab = settings_of(window).backups
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    qtbot.waitUntil(lambda: tab.settled, timeout=20_000)
    assert tab.list.select_where(lambda b: b.path == before.path)
    tab.restore_button.click()  # "No": nothing happens
    assert window.restore_from is None and window.isVisible()
    tab.restore_button.click()
    assert "mise de côté" in asked[-1]
    assert window.restore_from == before
    assert not window.isVisible()
    assert backups.restore_after_closing(window.context, before)
    reopened = Database.open(db.path, db.key)
    try:
        assert search_clients(reopened, admin, "Diallo") == []
    finally:
        reopened.close()


@pytest.mark.sqlite_file("a backup's log rewritten with its key")
def test_a_backup_whose_log_disagrees_is_restored_only_if_the_administrator_insists(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], monkeypatch: pytest.MonkeyPatch,
        french: None) -> None:
    """The backup's log was rewritten (re-hashed to hide an entry): the program says the
    two logs disagree; « Non » restores nothing, « Oui » restores and the restore's entry
    says it was insisted on."""
    from cjeapp.core.db import sqlite_file
    from tests.core.test_audit_anchors import REWRITES
    from tests.core.test_audit_anchors import _rehashed

    admin = staff["administrator"]
    before = automatic.make_backup(db, admin, "asked")
    assert db.key is not None
    edited = sqlite_file.connect(before.path, db.key)
    try:
        _rehashed(edited, REWRITES["deleted"])
        edited.commit()
    finally:
        edited.close()
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    monkeypatch.setattr(backups, "show_error", lambda _parent, said: errors.append(str(said)))
    assert not backups.restore_after_closing(window.context, before)  # « Non »
    assert "quand même" in asked[0] and errors
    untouched = sqlite_file.connect(db.path, db.key)
    try:
        assert untouched.execute("SELECT count(*) FROM audit_log WHERE action = 'restore'"
                                 ).fetchone() == (0,)
    finally:
        untouched.close()
    assert backups.restore_after_closing(window.context, before)  # « Oui »
    restored = sqlite_file.connect(db.path, db.key)
    try:
        action, details = restored.execute(
            "SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        restored.close()
    assert action == "restore" and "insisted" in details


def test_the_daily_check_backs_up_once_a_day(
        qtbot: QtBot, db: Database, staff: dict[str, Actor]) -> None:
    window = MainWindow(db, staff["counsellor"])
    qtbot.addWidget(window)
    daily = window.backups
    assert daily.check() is None  # not started: the tests' windows never back up alone
    daily.start(first_check_ms=60_000)
    first = daily.check()
    assert daily.check() is None  # one check at a time
    wait_for(qtbot, first)
    wait_for(qtbot, daily.check())  # the newest is less than a day old: none made
    assert len(automatic.list_backups(db, staff["administrator"])) == 1
    clock.freeze(clock.now() + timedelta(hours=25))
    wait_for(qtbot, daily.check())
    assert len(automatic.list_backups(db, staff["administrator"])) == 2
    daily.stop()


def test_backup_at_closing_says_when_it_cannot_be_made(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str], french: None) -> None:
    window = MainWindow(db, staff["reception"])
    qtbot.addWidget(window)
    assert backups.backup_at_closing(window.context)
    assert len(automatic.list_backups(db, staff["administrator"])) == 1
    key = tmp_path / "cle"
    automatic.set_backup_policy(db, staff["administrator"], BackupPolicy(key, Rotation()))
    key.rmdir()
    key.write_text("the key's mount point is now a file")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_args: said.append(text))
    assert not backups.backup_at_closing(window.context)
    assert "intacte" in said[0] and str(key) in said[0]
    QApplication.processEvents()


def test_the_program_restores_then_signs_in_again_and_backs_up_at_closing(
        qapp: QApplication, db: Database, staff: dict[str, Actor], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui end to end: a restore asked in Settings closes the window, puts the backup
    in place and asks to sign in again; quitting then makes the backup at closing."""
    from PySide6.QtCore import QSettings
    from PySide6.QtCore import QTimer

    from cjeapp import app
    from cjeapp import log_file
    from cjeapp.ui import crash_dialog
    from cjeapp.ui.sign_in_dialog import SignInDialog
    from tests.conftest import ADMIN_PASSWORD

    admin = staff["administrator"]
    before = automatic.make_backup(db, admin, "asked")
    clients.create_client(db, staff["reception"], clients.ClientForm(
        first_name="Amina", last_name="Diallo"))
    db.close()
    monkeypatch.setenv("CJEAPP_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(log_file, "setup", lambda: None)
    monkeypatch.setattr(crash_dialog, "install", lambda: None)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    sessions: list[MainWindow] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SignInDialog):
            dialog.username.setText("admin")
            dialog.password.setText(ADMIN_PASSWORD)
            dialog.submit()
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible() and w not in sessions]
        for window in windows:
            sessions.append(window)
            if len(sessions) == 1:
                window.restore_after_closing(before)
            else:
                window.close()
        if len(sessions) < 2 or windows:
            QTimer.singleShot(50, step)

    QTimer.singleShot(0, step)
    try:
        assert app.run_gui(db.path, language="en") == 0
    finally:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(tmp_path / "qsettings"))
    assert len(sessions) == 2
    reopened = Database.open(db.path, db.key)
    try:
        assert search_clients(reopened, admin, "Diallo") == []
        with reopened.engine.connect() as connection:
            actions = [(action, details) for action, details in connection.execute(text(
                "SELECT action, details FROM audit_log WHERE entity = 'database' "
                "ORDER BY seq"))]
        assert [action for action, _details in actions][-2:] == ["restore", "backup"]
        assert '"closing"' in actions[-1][1]
        assert automatic.list_backups(reopened, admin)[0].made_at >= before.made_at
    finally:
        reopened.close()


def test_a_backup_folder_that_does_not_answer_freezes_no_screen(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], monkeypatch: pytest.MonkeyPatch,
        french: None) -> None:
    """A network share that hangs: the window opens and its pages work (Paramètres
    included) while the banner and the list of backups still wait for the folder; both
    come when the folder answers."""
    import threading

    answer = threading.Event()
    listing = automatic.listing

    def hanging(*args: object) -> object:
        answer.wait(30)
        return listing(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(automatic, "listing", hanging)
    window = MainWindow(db, staff["counsellor"])
    qtbot.addWidget(window)
    assert not window.banner.settled  # still looking, and the window is already here
    window.show_section("agenda")
    administrator = MainWindow(db, staff["administrator"])
    qtbot.addWidget(administrator)
    tab = settings_of(administrator).backups  # Paramètres opens, its list still coming
    assert not tab.settled and "Recherche" in tab.status.text()
    window.banner.refresh()  # asked again meanwhile: one look after this one
    answer.set()
    looked(qtbot, window)
    assert not window.banner.isHidden()
    assert "Aucune sauvegarde" in window.banner.text.text()
    qtbot.waitUntil(lambda: tab.settled, timeout=20_000)
    assert "Aucune sauvegarde" in tab.status.text()
