"""No screen reads the database on the screen's thread (issue 35, item 2), for the class
of problem rather than the main workflows alone (test_no_stall.py): every window, page,
tab and dialog of every role is built and shown with a recorder on every statement, and
none may come from the screens' own code on the screen's thread. (On the office's server
each such statement freezes the window for its round trip.)"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.ids import ClientId
from cjeapp.core.permissions import Actor
from tests.ui.screens import every_screen
from tests.ui.stalls import screen_lines
from tests.ui.stalls import slowed
from tests.ui.waiting import wait_until_idle


def test_no_screen_reads_on_the_screens_thread(qtbot: QtBot, db: Database, french: None,
                                               staff: dict[str, Actor], helene: ClientId,
                                               tmp_path: Path) -> None:
    found: dict[str, list[str]] = {}
    with slowed(db, 0) as on_screen_thread:
        screens = every_screen(db, staff, helene, tmp_path)
        while True:
            before = len(on_screen_thread)
            try:
                name, widget, _room = next(screens)  # built here: its reads asked for
            except StopIteration:
                break
            if widget.isWindow():
                qtbot.addWidget(widget)
            wait_until_idle(qtbot)  # and what they asked for in turn
            places = screen_lines(on_screen_thread[before:])
            if places:
                found[name] = places
    assert not found, "statements on the screen's thread:\n" + "\n".join(
        f"{name}:\n  " + "\n  ".join(places) for name, places in found.items())
