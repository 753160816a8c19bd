"""The program's window on the office's server: the server set up once with
``cjeapp server-init``, then each seat signs in on its address (the password checked
against its hash there, a wrong one refused in French) and works in the same screens; the
file's own care (backups, the banner about them, the integrity check) is the server's
tools', not a seat's."""

from __future__ import annotations

import time
import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cjeapp.cli import main
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.ui.session import entry_dialog
from cjeapp.ui.session import main_window_after
from cjeapp.ui.sign_in_dialog import SignInDialog
from tests.pg_cluster import Cluster
from tests.ui.keyboard import press
from tests.ui.keyboard import type_text


def test_a_seat_signs_in_on_the_server_and_works_in_the_same_screens(
        qtbot: QtBot, pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], french: None, tmp_path: Path) -> None:
    name = f"office_{uuid.uuid4().hex[:12]}"
    pg_cluster.create_database(name)
    url = f"postgresql://cjeapp_test@127.0.0.1:{pg_cluster.port}/{name}"
    monkeypatch.setenv("CJEAPP_PASSWORD", "admin-secret")
    init = ["--lang", "fr", "server-init", "--db", url, "--organization",
            "Carrefour jeunesse-emploi", "--office", "Thetford Mines", "--user", "admin",
            "--full-name", "Andréane Morin"]
    assert main(init) == 0
    assert "prête" in capsys.readouterr().out
    assert main(init) == 1  # once only
    assert "déjà" in capsys.readouterr().err
    dialog = entry_dialog(url)
    assert isinstance(dialog, SignInDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert name in dialog.windowTitle() or any(
        name in label.text() for label in dialog.findChildren(type(dialog.message)))
    type_text(dialog.username, "admin")
    type_text(dialog.password, "faux")
    press(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.actor is None and "mot de passe" in dialog.message.text()
    type_text(dialog.password, "admin-secret")
    press(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.db is not None and dialog.db.on_server
    clients.create_client(dialog.db, dialog.actor, ClientForm(  # type: ignore[arg-type]
        first_name="Hélène", last_name="Côté-Bélanger", birth_date=date(1988, 3, 14)))
    window = main_window_after(dialog)
    assert window is not None
    qtbot.addWidget(window)
    window.backups.start(first_check_ms=0)
    assert not window.backups.timer.isActive()  # no backups from a seat
    assert window.banner.isHidden() and window.banner.settled
    settings = window.show_section("settings")
    titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]  # type: ignore[attr-defined]
    assert "Sauvegardes" in titles and "Comptes du personnel" in titles
    # The server checks passwords: what it refused (the "faux" above) is shown from its log.
    staff_tab = settings.staff  # type: ignore[attr-defined]
    settings.tabs.setCurrentWidget(staff_tab)  # type: ignore[attr-defined]
    assert staff_tab.unlock_button.text() == "Connexions refusées par le serveur"
    deadline = time.monotonic() + 10
    while "admin" not in staff_tab.status.text() and time.monotonic() < deadline:
        qtbot.mouseClick(staff_tab.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.wait(200)
    assert "admin" in staff_tab.status.text(), staff_tab.status.text()
    # Nobody's own login reads the whole office: the copy is the server owner's to make.
    copy_tab = settings.server_copy  # type: ignore[attr-defined]
    settings.tabs.setCurrentWidget(copy_tab)  # type: ignore[attr-defined]
    assert not copy_tab.copy_button.isVisibleTo(copy_tab)
    assert "cjeapp backup --db postgresql://" in copy_tab.findChild(QLabel).text()
    assert window.context.db.where.startswith("PostgreSQL — 127.0.0.1/office_")
    desk = window.show_section("desk")
    desk.search_box.setText("hel cot")  # type: ignore[attr-defined]
    desk.search_box.run_now()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: desk.hits.rowCount() == 1, timeout=10_000)  # type: ignore[attr-defined]
    window.close()


def _copy_the_server_from_settings(qtbot: QtBot, settings: QWidget, folder: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Paramètres › Sauvegardes on a seat: the office copied into an encrypted file; a
    wrong password refused in French and nothing written; the recovery key shown once."""
    from cjeapp.core.search.finder import search_clients
    from cjeapp.core.staff import opening
    from cjeapp.ui.recovery_dialogs import RecoveryKeyDialog
    from cjeapp.ui.settings.server_copy_tab import ServerCopyTab

    shown: list[str] = []
    monkeypatch.setattr(RecoveryKeyDialog, "exec",
                        lambda dialog: shown.append(dialog.key.text()) or 0)
    errors: list[str] = []
    monkeypatch.setattr("cjeapp.ui.settings.server_copy_tab.show_error",
                        lambda parent, error: errors.append(error.message.render()))
    tab = settings.server_copy  # type: ignore[attr-defined]
    assert isinstance(tab, ServerCopyTab)
    settings.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    tab.file.setText(str(folder / "bureau.cjeapp"))
    type_text(tab.password, "pas-le-bon")
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert "mot de passe" in errors[0] and list(folder.iterdir()) == []
    # The button comes back once the work's thread has ended, not before: a click while
    # it still ends would otherwise be lost without a word.
    qtbot.waitUntil(lambda: not tab.running, timeout=10_000)
    assert tab.copy_button.isEnabled()
    type_text(tab.password, "admin-secret")
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "Copié et vérifié" in tab.status.text() and tab.password.text() == ""
    copy, actor = opening.open_database(folder / "bureau.cjeapp", "admin", "admin-secret")
    try:
        assert [hit.first_name for hit in search_clients(copy, actor, "hélène")] \
            == ["Hélène"]
    finally:
        copy.close()


def test_an_arrival_at_one_seat_reaches_the_waiting_list_of_another(
        qtbot: QtBot, pg_cluster: Cluster, french: None) -> None:
    from cjeapp.core.db.server import open_server
    from cjeapp.core.reception import visits
    from cjeapp.core.staff import accounts
    from cjeapp.ui.context import AppContext
    from cjeapp.ui.pages.desk_page import DeskPage

    url = pg_cluster.create_database(f"office_{uuid.uuid4().hex[:12]}")
    reception_desk, counsellor_desk = open_server(url), open_server(url)
    try:
        admin = accounts.initialize(reception_desk, organization_name="CJE",
                                    office_name="Bureau", username="admin",
                                    full_name="Andréane Morin", password="admin-secret")
        person = clients.create_client(reception_desk, admin, ClientForm(
            first_name="Omar", last_name="Haddad")).id
        other = DeskPage(AppContext(counsellor_desk, admin))
        qtbot.addWidget(other)
        assert other._poller.isActive()  # on the server, other seats are looked for
        job = other.poll_other_seats()
        qtbot.waitUntil(lambda: other._poll_job is None, timeout=10_000)
        assert job is not None and other.visits.rowCount() == 0
        visits.check_in(reception_desk, admin, person, "Renouvellement du permis")
        other.poll_other_seats()
        qtbot.waitUntil(lambda: other.visits.rowCount() == 1, timeout=10_000)
        other.wait_for_jobs()
    finally:
        reception_desk.close()
        counsellor_desk.close()


def test_at_first_run_a_pc_is_connected_to_the_office_server_then_signs_in_there(
        qtbot: QtBot, pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, french: None) -> None:
    """A new PC in an office with a server: the first-run window offers to connect to it;
    a wrong address is said in French and nothing is kept; the right one is kept in this
    PC's settings (the next start goes there) and the program signs in on the server. In
    Paramètres › Serveur, the PC can go back to its own file."""
    from cjeapp.core.db.server import open_server
    from cjeapp.core.staff import accounts
    from cjeapp.ui.first_run_dialog import FirstRunDialog
    from cjeapp.ui.widgets.server_address_box import chosen_server
    from cjeapp.ui.widgets.server_address_box import forget_server

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    name = f"office_{uuid.uuid4().hex[:12]}"
    db = open_server(pg_cluster.create_database(name))
    admin = accounts.initialize(db, organization_name="CJE", office_name="Bureau",
                                username="admin", full_name="Andréane Morin",
                                password="admin-secret")
    clients.create_client(db, admin, ClientForm(first_name="Hélène", last_name="Côté"))
    db.close()
    address = f"postgresql://cjeapp_test@127.0.0.1:{pg_cluster.port}/{name}"
    forget_server()
    try:
        dialog = entry_dialog(tmp_path / "cjeapp.sqlite3")
        assert isinstance(dialog, FirstRunDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.server_choice, Qt.MouseButton.LeftButton)
        assert dialog.on_server.isVisible() and not dialog.on_this_pc.isVisible()
        box = dialog.server_box
        box.address.setText(f"postgresql://cjeapp_test@127.0.0.1:{pg_cluster.port + 1}/x")
        qtbot.mouseClick(box.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: box.connect_button.isEnabled(), timeout=20_000)
        assert "injoignable" in box.status.text(), box.status.text()
        assert chosen_server() is None and dialog.isVisible()
        box.address.setText(address)
        qtbot.mouseClick(box.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted,
                        timeout=20_000)
        assert dialog.server_address == address and chosen_server() == address
        assert not (tmp_path / "cjeapp.sqlite3").exists()
        signing_in = entry_dialog(address)
        assert isinstance(signing_in, SignInDialog)
        qtbot.addWidget(signing_in)
        signing_in.show()
        qtbot.waitExposed(signing_in)
        type_text(signing_in.username, "admin")
        type_text(signing_in.password, "admin-secret")
        press(signing_in.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not signing_in.busy, timeout=20_000)
        assert signing_in.result() == signing_in.DialogCode.Accepted
        window = main_window_after(signing_in)
        assert window is not None
        qtbot.addWidget(window)
        settings = window.show_section("settings")
        _copy_the_server_from_settings(qtbot, settings, tmp_path, monkeypatch)
        server_tab = settings.server  # type: ignore[attr-defined]
        assert name in server_tab.now.text() and server_tab.own_file_button.isVisibleTo(
            server_tab)
        qtbot.mouseClick(server_tab.own_file_button, Qt.MouseButton.LeftButton)
        assert chosen_server() is None and "propre fichier" in server_tab.now.text()
        window.close()
    finally:
        forget_server()
