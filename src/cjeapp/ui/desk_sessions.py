"""One shared computer, several people: « Changer de personne » lets a colleague sign in
without quitting. The session left is locked and put aside as it was — its open files and
their unsaved input kept for its owner — and comes back when they sign in again. Each
session is its owner's: their role's screens, their name in the audit, their own
connection to the database. Quitting from one session closes the others only once the
person quitting has been told that what they left unsaved is lost."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox

from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.sign_in_dialog import SignInDialog


class DeskSessions(QObject):
    def __init__(self, first: MainWindow, place: Path | str) -> None:
        super().__init__(first)
        self.place = place
        self.sessions: list[MainWindow] = []
        self.ended: list[MainWindow] = []  # closed with the program: deleted by its caller
        self.active = first
        self.closing: MainWindow | None = None  # the session whose closing ends the program
        self.add(first)

    def add(self, window: MainWindow) -> None:
        self.sessions.append(window)
        window.change_person_requested.connect(lambda: self.change_person(window))
        window.before_close = lambda: self._may_close(window)

    def live(self) -> list[MainWindow]:
        self.sessions = [window for window in self.sessions if shiboken6.isValid(window)]
        return self.sessions

    def sign_in_dialog(self) -> SignInDialog:
        dialog = SignInDialog(self.place)
        dialog.setWindowTitle(QCoreApplication.translate("DeskSessions", "Change person"))
        return dialog

    def change_person(self, leaving: MainWindow) -> MainWindow | None:
        """Sign someone in at this desk; the session they get (theirs as they left it, or
        a new one), or None when nobody signed in (the lock screen stays)."""
        dialog = self.sign_in_dialog()
        dialog.exec()
        if dialog.result() != QDialog.DialogCode.Accepted or dialog.actor is None \
                or dialog.db is None:
            return None
        user_id, db, actor = dialog.actor.user_id, dialog.db, dialog.actor
        dialog.db = None  # the session owns the connection now (the dialog closes its own)
        kept = next((window for window in self.live()
                     if window.context.actor.user_id == user_id), None)
        if kept is not None and kept.context.actor.role != actor.role:
            # Their role changed while the session was put aside: its screens are the old
            # role's. It closes (they are the one signing in: they are told what is lost).
            QMessageBox.information(
                kept, QCoreApplication.translate("DeskSessions", "Change person"),
                QCoreApplication.translate(
                    "DeskSessions", "Your role changed since your session was put aside: it "
                    "opens again with your new role; what it held unsaved is lost."))
            kept.discard_and_close()
            kept.context.db.close()
            self.ended.append(kept)
            kept = None
        if kept is not None:
            db.close()  # their own session already has its connection
            target = kept
            target.resume(actor)
        else:
            # The file was checked when the desk's first session opened it: a colleague's
            # session counts its points to resolve and keys, not the whole file again.
            target = MainWindow(db, actor)
            target.check_file_in_background(whole_file=False)
            self.add(target)
            target.show()
            target.backups.start()
        if target is not leaving and leaving not in self.ended:
            leaving.park()  # after the other is shown: never a moment with no window
        self.active = target
        return target

    def _may_close(self, closing: MainWindow) -> bool:
        others = [window for window in self.live() if window is not closing]
        if others:
            names = ", ".join(window.context.actor.full_name for window in others)
            answer = QMessageBox.question(
                closing, QCoreApplication.translate("DeskSessions", "Quit"),
                QCoreApplication.translate(
                    "DeskSessions", "The sessions of %1 are still open at this computer, "
                    "locked. Quitting closes them too, and what they have not saved is lost. "
                    "Quit anyway?").replace("%1", names),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            for window in others:
                window.discard_and_close()
                window.context.db.close()
                self.ended.append(window)
            self.sessions = [closing]
        self.closing = closing
        return True
