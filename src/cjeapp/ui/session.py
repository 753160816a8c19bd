"""From a database file to a signed-in main window.

Start-up is quick because the sign-in window needs nothing but Qt: the database engine,
the models and the main window's screens are imported while the person types (on a worker
thread) and the integrity check of the file runs after sign-in, in the background."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from cjeapp.core.db.file_state import FileState
from cjeapp.core.db.file_state import file_state
from cjeapp.ui.sign_in_dialog import SignInDialog
from cjeapp.ui.warm_up import load_the_rest
from cjeapp.ui.warm_up import wait_for_warm_up
from cjeapp.ui.warm_up import warm_up

if TYPE_CHECKING:
    from cjeapp.ui.first_run_dialog import FirstRunDialog
    from cjeapp.ui.main_window import MainWindow

LOAD_THE_REST_MS = 500


def entry_dialog(path: Path | str) -> FirstRunDialog | SignInDialog:
    """First-run set-up when there is no file yet, else sign-in (which opens the encrypted
    file, or encrypts one of an earlier version); on the office's server (an address),
    sign-in."""
    if isinstance(path, str):
        return SignInDialog(path)
    if file_state(path) is FileState.NEW:
        from cjeapp.ui.first_run_dialog import FirstRunDialog

        return FirstRunDialog(path)
    return SignInDialog(path)


def main_window_after(dialog: FirstRunDialog | SignInDialog) -> MainWindow | None:
    """The main window of the person the dialog signed in; None when they gave up."""
    if dialog.result() != QDialog.DialogCode.Accepted or dialog.actor is None \
            or dialog.db is None:
        return None
    if dialog.recovery:
        from cjeapp.ui.recovery_dialogs import RecoveryKeyDialog

        RecoveryKeyDialog(dialog.recovery).exec()
    wait_for_warm_up()
    from cjeapp.ui.main_window import MainWindow

    window = MainWindow(dialog.db, dialog.actor)
    window.check_file_in_background()
    QTimer.singleShot(LOAD_THE_REST_MS, load_the_rest)  # once the window is painted
    return window


def start_session(path: Path | str) -> MainWindow | None:
    dialog = entry_dialog(path)
    warm_up()
    QTimer.singleShot(0, lambda: logging.getLogger("cjeapp.ui").info(
        "%s shown", type(dialog).__name__))
    dialog.exec()
    chosen = getattr(dialog, "server_address", None)
    if chosen:  # at first run, this PC was connected to the office's server instead
        dialog = SignInDialog(chosen)
        dialog.exec()
    return main_window_after(dialog)
