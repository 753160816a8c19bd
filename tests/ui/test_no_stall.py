"""The screen's thread never waits for the database (issue 35, item 2): with every statement
slowed as a distant server would (300 ms), the main workflows are driven through the
screens and the event loop is never kept from running more than 50 ms.

Sign-in is not driven here: the main window is already open when the probe starts. Not
measured either: building a person's file window, about 0.3 s of widgets on the screen's
thread on these machines (its tabs all built at once), which is no wait for the database:
the test checks that no statement at all runs on the screen's thread, that included."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.permissions import Actor
from cjeapp.ui.dialogs.booking_dialog import BookingDialog
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.pages.agenda_page import AgendaPage
from cjeapp.ui.pages.desk_page import DeskPage
from cjeapp.ui.pages.today_page import TodayPage
from tests.ui.keyboard import type_text
from tests.ui.stalls import StallProbe
from tests.ui.stalls import slowed
from tests.ui.waiting import wait_until_idle

LONGEST_STALL_MS = 50
WAIT_MS = 60_000  # a workflow's reads and writes, one after the other at 300 ms a statement


@pytest.fixture
def window(qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> MainWindow:
    """A counsellor's main window, open and read once (a Friday at 10 h at the office)."""
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    main = MainWindow(db, staff["counsellor"])
    qtbot.addWidget(main)
    main.show()
    for key in ("desk", "agenda", "today"):  # built before: building is not the database
        main.show_section(key)
    wait_until_idle(qtbot)
    return main


def _settle(qtbot: QtBot) -> None:
    wait_until_idle(qtbot, WAIT_MS)
    qtbot.wait(20)  # the answers painted


def test_the_main_workflows_never_freeze_the_window(qtbot: QtBot, window: MainWindow,
                                                    db: Database, helene: str) -> None:
    with slowed(db) as on_screen_thread, StallProbe() as probe:
        probe.step("desk search typed letter by letter")
        desk = window.show_section("desk")
        assert isinstance(desk, DeskPage)
        for letter in "côté":
            type_text(desk.search_box, letter)
            qtbot.wait(40)  # a person typing
        desk.search_box.run_now()
        qtbot.waitUntil(lambda: desk.hits.rowCount() == 1, timeout=WAIT_MS)
        _settle(qtbot)

        probe.step("a walk-in recorded")
        desk.results.selectRow(0)
        type_text(desk.reason, "Carte RAMQ")
        desk.check_in_button.click()
        qtbot.waitUntil(lambda: desk.visits.rowCount() == 1, timeout=WAIT_MS)
        _settle(qtbot)

        probe.step("Today refreshed")
        today = window.show_section("today")
        assert isinstance(today, TodayPage)
        today.refresh()
        _settle(qtbot)
        assert today.today is not None and len(today.today.waiting or []) == 1

        probe.step("a person's file opened")
        with probe.paused():  # widgets, not the database (see above): built and painted
            file_window = window.open_client(helene)
            QApplication.processEvents()
        qtbot.addWidget(file_window)
        _settle(qtbot)
        assert file_window.header.text() == "Hélène Côté-Bélanger"
        for index in range(file_window.tabs.count()):
            probe.step(f"the file's tab « {file_window.tabs.tabText(index)} »")
            file_window.tabs.setCurrentIndex(index)
            _settle(qtbot)
        file_window.close()

        probe.step("a week of the agenda")
        agenda = window.show_section("agenda")
        assert isinstance(agenda, AgendaPage)
        agenda.week_view.setChecked(True)
        _settle(qtbot)
        agenda.next_button.click()
        _settle(qtbot)
        agenda.previous_button.click()
        _settle(qtbot)

        probe.step("a booking")
        dialog = BookingDialog(window.context, helene, window, client_name="Hélène")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.slots.count() > 0, timeout=WAIT_MS)
        dialog.slots.setCurrentRow(1)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result_row is not None, timeout=WAIT_MS)
        _settle(qtbot)
        dialog.accept()
    QApplication.processEvents()
    assert agenda.model.rowCount() == 1  # the booking reached the agenda by itself
    assert not on_screen_thread, "statements on the screen's thread:\n" + "\n".join(
        on_screen_thread)
    assert probe.longest_ms <= LONGEST_STALL_MS, (
        f"the window froze {probe.longest_ms} ms during: {probe.where}; {probe.stalls}")
    print(f"longest stall: {probe.longest_ms} ms ({probe.where})")
