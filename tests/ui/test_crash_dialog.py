"""An unforeseen error: the log keeps its type and place but never its message (which may
quote a person), the dialog says in French what happened and where the log is, the report
copied holds no personal data, and the program keeps running."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cjeapp import log_file
from cjeapp.ui import crash_dialog

PERSONAL = "Imane El Amrani, 418 555-0101"


def _failing_save() -> None:
    raise ValueError(f"could not save ({PERSONAL})")


def _caught() -> log_file.ExcInfo:
    try:
        _failing_save()
    except ValueError as error:
        return type(error), error, error.__traceback__
    raise AssertionError("not raised")


def test_the_log_keeps_where_and_what_but_never_the_message(tmp_path: Path) -> None:
    path = log_file.setup(tmp_path)
    logging.getLogger("cjeapp.test").error("saving failed", exc_info=_caught())
    for handler in logging.getLogger("cjeapp").handlers:
        handler.flush()
    written = path.read_text(encoding="utf-8")
    assert "_failing_save" in written and "ValueError" in written
    assert "Imane" not in written and "555-0101" not in written  # not « 418 »: a time may hold it
    assert log_file.log_path() == path


def test_an_unforeseen_error_is_said_in_french_and_the_report_has_no_one_in_it(
        qtbot: QtBot, tmp_path: Path, french: None, monkeypatch: pytest.MonkeyPatch) -> None:
    log_file.setup(tmp_path)
    shown: list[crash_dialog.CrashDialog] = []

    def fake_exec(dialog: crash_dialog.CrashDialog) -> int:
        shown.append(dialog)
        dialog.copy_report()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", fake_exec)
    crash_dialog.handle(*_caught())
    assert len(shown) == 1
    text = shown[0].message.text()
    assert "n'est pas perdu" in text and str(tmp_path / "cjeapp.log") in text
    copied = QApplication.clipboard().text()
    assert "ValueError" in copied and "_failing_save" in copied and "cjeapp" in copied
    assert "Imane" not in copied and "555-0101" not in copied


@pytest.mark.qt_no_exception_capture
def test_the_program_keeps_running_after_a_slot_fails(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log_file.setup(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(crash_dialog.CrashDialog, "exec",
                        lambda dialog: shown.append(dialog.report) or 1)
    monkeypatch.setattr(sys, "excepthook", crash_dialog.handle)
    later: list[str] = []
    QTimer.singleShot(0, _failing_save)
    QTimer.singleShot(50, lambda: later.append("still running"))
    qtbot.waitUntil(lambda: bool(later), timeout=3000)
    assert shown and "ValueError" in shown[0]
