"""From a database file to a signed-in main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from cjeapp.core.staff import opening
from cjeapp.ui.first_run_dialog import FirstRunDialog
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.recovery_dialogs import RecoveryKeyDialog
from cjeapp.ui.sign_in_dialog import SignInDialog


def start_session(path: Path) -> MainWindow | None:
    """First-run set-up when there is no file yet, else sign-in (which opens the encrypted
    file, or encrypts one of an earlier version). None when the user gave up."""
    dialog: FirstRunDialog | SignInDialog
    if opening.file_state(path) is opening.FileState.NEW:
        dialog = FirstRunDialog(path)
    else:
        dialog = SignInDialog(path)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None \
            or dialog.db is None:
        return None
    if dialog.recovery:
        RecoveryKeyDialog(dialog.recovery).exec()
    return MainWindow(dialog.db, dialog.actor)
