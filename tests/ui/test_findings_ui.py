"""The points left to resolve on screen (issue 32), on the demo office after its laptop's
exchange: the status bar says there is one, Session › Points à régler… lists the double
booking with the person; « Régler… » moves one appointment to a free time; the list, the
status bar and the Échanges conflict are then empty, and a backup is made meanwhile. On the
laptop, its counsellor chooses where its backups go and makes one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cjeapp.core.agenda import appointments
from cjeapp.core.backups import automatic
from cjeapp.core.db.database import Database
from cjeapp.core.exchange.conflicts import list_conflicts
from cjeapp.core.staff import accounts
from cjeapp.core.staff import opening
from cjeapp.ui.dialogs.decision_dialogs import BookingDecisionDialog
from cjeapp.ui.dialogs.laptop_backups_dialog import LaptopBackupsDialog
from cjeapp.ui.main_window import MainWindow
from tests.ui.waiting import wait_until_idle

pytestmark = [pytest.mark.usefixtures("french"),
              pytest.mark.sqlite_file("the demo office is a file, its laptop beside it")]


def test_the_double_booking_is_listed_decided_and_gone(
        qtbot: QtBot, demo_db: Database, tmp_path: Path, warnings_shown: list[str]) -> None:
    from cjeapp.core.demo.laptop import make_demo_laptop
    from cjeapp.ui.pages.exchange_page import ExchangePage

    made = make_demo_laptop(demo_db, tmp_path / "portable.cjeapp")
    coordinator = accounts.sign_in(demo_db, "coordination", "demo-coord")
    window = MainWindow(demo_db, coordinator)
    qtbot.addWidget(window)
    window.check_file_in_background()
    qtbot.waitUntil(lambda: not window.findings.button.isHidden(), timeout=20_000)
    assert window.findings.button.text() == "1 point à régler"
    assert window.findings.action.text().replace("&", "") == "Points à régler…"
    assert window.findings.button.accessibleName()

    dialog = window.findings.show_list()
    qtbot.waitUntil(lambda: dialog.settled and bool(dialog.list.rows), timeout=20_000)
    [row] = dialog.list.rows
    assert row.person and "deux rendez-vous en même temps" in str(row.finding.what)
    assert dialog.decide_button.isEnabled() and dialog.open_button.isEnabled()
    decision = dialog.decide()
    assert isinstance(decision, BookingDecisionDialog)
    wait_until_idle(qtbot)  # the pair, then its free times, read off the screen's thread
    assert len(decision.pair) == 2 and decision.slots.count() > 0
    assert decision.slots.accessibleName() and decision.reason.accessibleName()
    moving = decision.chosen()
    assert moving is not None
    assert moving.client_name in decision.tell.text()
    decision.apply()  # on the runner's writer
    assert not warnings_shown, warnings_shown
    qtbot.waitUntil(lambda: dialog.settled and not dialog.list.rows, timeout=20_000)
    assert dialog.status.text() == "Rien à régler."
    dialog.close()
    qtbot.waitUntil(lambda: window.findings.settled, timeout=20_000)
    assert window.findings.button.isHidden()
    moved = appointments.appointments_by_id(demo_db, coordinator, [moving.id])[0]
    assert moved.starts_at != moving.starts_at and moved.status == "booked"

    page = window.show_section("exchange")
    assert isinstance(page, ExchangePage)
    page.refresh()
    wait_until_idle()
    assert all(conflict.kind != "booking" for conflict in page.conflicts.rows)
    assert all(c.kind != "booking" for c in list_conflicts(demo_db, coordinator))
    admin = accounts.sign_in(demo_db, "admin", "demo-admin")
    assert automatic.make_backup(demo_db, admin, "asked").path.exists()

    laptop_db, counsellor = opening.open_database(made.path, "conseillere", "demo-conseil")
    try:
        laptop = MainWindow(laptop_db, counsellor)
        qtbot.addWidget(laptop)
        wait_until_idle(qtbot)  # where the laptop stands, read off the screen's thread
        assert laptop.laptop.backups_action is not None
        backups = laptop.laptop.open_backups()
        assert isinstance(backups, LaptopBackupsDialog)
        assert backups.tab.restore_button.isHidden()  # the administrator's, at the office
        key = tmp_path / "cle-usb"
        wait_until_idle(qtbot)
        backups.tab.folder.setText(str(key))
        backups.tab.save()
        wait_until_idle(qtbot)  # saved on the runner's writer
        assert not warnings_shown, warnings_shown
        qtbot.waitUntil(lambda: backups.tab.settled, timeout=20_000)
        job = backups.tab.backup_now()
        assert job is not None
        qtbot.waitUntil(lambda: backups.tab.job is None and backups.tab.settled,
                        timeout=30_000)
        assert not warnings_shown, warnings_shown
        assert [b.path.parent for b in backups.tab.list.rows] == [key]
        assert "vérifiée" in backups.tab.status.text()
        backups.close()
        qtbot.mouseClick(window.findings.button, Qt.MouseButton.LeftButton)  # hidden: no-op
    finally:
        laptop_db.close()
