"""One program at a time on a database file: a second start is refused with who holds the
file; a lock left by a program that died is taken over; the lock goes when the program
ends."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cjeapp.ui.file_claim import FileClaim
from cjeapp.ui.file_claim import claim_or_refuse
from cjeapp.ui.file_claim import lock_path

HOLD = ("import sys, time\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n")


@pytest.fixture
def held(tmp_path: Path) -> tuple[Path, subprocess.Popen[str]]:
    """The file claimed by another running program."""
    database = tmp_path / "cje.sqlite3"
    other = subprocess.Popen([sys.executable, "-c", HOLD, str(lock_path(database))],
                             stdout=subprocess.PIPE, text=True)
    assert other.stdout is not None and other.stdout.readline().strip() == "held"
    yield database, other
    other.kill()
    other.wait()


def test_a_second_start_on_the_same_file_is_refused(
        qtbot: QtBot, held: tuple[Path, subprocess.Popen[str]], french: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    database, other = held
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_args: said.append(text))
    assert claim_or_refuse(database) is None
    assert said and "déjà ouvert" in said[0] and str(other.pid) in said[0]
    other.kill()
    other.wait()
    claim = claim_or_refuse(database)  # the holder died: its lock is taken over
    assert claim is not None
    claim.release()
    assert not lock_path(database).exists()


def test_the_program_holds_the_file_until_it_ends(tmp_path: Path) -> None:
    database = tmp_path / "cje.sqlite3"
    mine = FileClaim(database)
    assert mine.take()
    probe = subprocess.run(
        [sys.executable, "-c", "import sys\nfrom PySide6.QtCore import QLockFile\n"
         "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
         "print(lock.tryLock(0))", str(lock_path(database))],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert probe.stdout.strip() == "False"
    mine.release()
    time.sleep(0.05)
    again = FileClaim(database)
    assert again.take()
    again.release()


def test_a_folder_that_cannot_be_written_is_said(tmp_path: Path, french: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """As when the database sits on a read-only share (the tests run as root, who writes
    anywhere: the lock's refusal is given as QLockFile gives it there)."""
    from PySide6.QtCore import QLockFile

    monkeypatch.setattr(QLockFile, "tryLock", lambda _self, _timeout=0: False)
    monkeypatch.setattr(QLockFile, "error",
                        lambda _self: QLockFile.LockError.PermissionError)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_args: said.append(text))
    assert claim_or_refuse(tmp_path / "cje.sqlite3") is None
    assert said and "ne peut pas être écrit" in said[0]
