"""Main windows end by Qt's hand, never by Python's collector: a test that stops
referencing its windows mid-test (here, one per role in a loop, then a collection) keeps
running, and so does the program when a restore replaces its window."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.permissions import Actor
from cjeapp.ui.main_window import MainWindow


def test_windows_no_longer_referenced_are_not_destroyed_by_the_collector(
        qtbot: QtBot, db: Database, staff: dict[str, Actor]) -> None:
    titles = []
    for role in ("reception", "counsellor", "reception", "coordinator"):
        window = MainWindow(db, staff[role])
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda banner=window.banner: banner.settled, timeout=20_000)
        titles.append(window.windowTitle())
        del window
        gc.collect()
        qtbot.wait(10)
    assert len(titles) == 4
