"""Waiting, in a test, for the screens' database work (``ui.operations``) to be answered."""

from __future__ import annotations

from PySide6.QtCore import QDeadlineTimer
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cjeapp.ui import operations


def wait_until_idle(qtbot: QtBot | None = None, timeout_ms: int = 10_000) -> None:
    """Let the event loop run until every read and write the screens asked for has been
    answered (and what those answers asked for in turn)."""
    deadline = QDeadlineTimer(timeout_ms)
    runner = operations.runner()
    while not runner.idle:
        if deadline.hasExpired():
            raise AssertionError("the screens' database work did not end in time")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if qtbot is not None and not runner.idle:
            qtbot.wait(1)
