"""One program at a time on a database file: the program claims the file with a lock file
beside it (QLockFile: the process and the computer that hold it). A second start on the
same file, from this computer or another one sharing the folder, is refused with a sentence
that says who holds it. A lock left by a program that died on this computer is recognized
and taken over; one left by another computer can be taken over after a warning (that
computer may have crashed while the file sat on a shared folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLockFile
from PySide6.QtCore import QSysInfo


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class FileClaim:
    """Holds the lock while the program works on the file; release() at the end."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.lock = QLockFile(str(lock_path(database)))
        self.lock.setStaleLockTime(0)  # never stale by age: only a dead process frees it

    def take(self) -> bool:
        """True when this program now holds the file. A lock whose process is gone on this
        computer is removed by QLockFile itself."""
        return bool(self.lock.tryLock(0))

    def holder(self) -> tuple[int, str, str] | None:
        """(process id, computer, program) of whoever holds the file, when known."""
        pid, host, app = self.lock.getLockInfo()  # (0, "", "") when there is none
        return (int(pid), str(host), str(app)) if pid else None

    def refusal(self) -> str:
        """What to tell the person when the file is held."""
        holder = self.holder()
        if holder is None:
            return QCoreApplication.translate(
                "FileClaim", "This file is already open in cjeapp. Use the window already "
                "open, or close it first.")
        pid, host, _app = holder
        return QCoreApplication.translate(
            "FileClaim", "This file is already open in cjeapp on the computer « %1 » "
            "(process %2). Use the window already open, or close it first: two programs "
            "writing to one file could mix their work.").replace(
            "%1", host or "?").replace("%2", str(pid))

    def held_elsewhere(self) -> bool:
        """Held by another computer: its process cannot be checked from here."""
        holder = self.holder()
        return holder is not None and bool(holder[1]) \
            and holder[1] != QSysInfo.machineHostName()

    def take_over(self) -> bool:
        """Remove a lock left by another computer, then take the file."""
        self.lock.removeStaleLockFile()
        if self.take():
            return True
        lock_path(self.database).unlink(missing_ok=True)
        return self.take()

    def release(self) -> None:
        self.lock.unlock()


def claim_or_refuse(database: Path) -> FileClaim | None:
    """The file held for this program, or None after saying why it cannot be (a dialog)."""
    from PySide6.QtWidgets import QMessageBox

    claim = FileClaim(database)
    if claim.take():
        return claim
    title = QCoreApplication.translate("FileClaim", "File already open")
    if claim.lock.error() == QLockFile.LockError.PermissionError:
        QMessageBox.warning(None, "cjeapp", QCoreApplication.translate(
            "FileClaim", "The folder of %1 cannot be written: cjeapp needs to write beside "
            "the file. Ask whoever manages this folder.").replace("%1", str(database)))
        return None
    if claim.held_elsewhere():
        question = claim.refusal() + "\n\n" + QCoreApplication.translate(
            "FileClaim", "If that computer stopped without closing cjeapp (a power cut), "
            "and nobody is working in this file there now, you may open it here.")
        answer = QMessageBox.question(
            None, title, question, QMessageBox.StandardButton.Open
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Open and claim.take_over():
            return claim
        return None
    QMessageBox.warning(None, title, claim.refusal())
    return None
