"""From an open database to a signed-in main window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from cjeapp.core.db.database import Database
from cjeapp.core.org import organization
from cjeapp.core.staff import accounts
from cjeapp.ui.first_run_dialog import FirstRunDialog
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.sign_in_dialog import SignInDialog


def start_session(db: Database) -> MainWindow | None:
    """First-run set-up when needed, then sign-in. None when the user gave up."""
    if accounts.needs_first_run(db):
        setup = FirstRunDialog(db)
        if setup.exec() != QDialog.DialogCode.Accepted or setup.actor is None:
            return None
        return MainWindow(db, setup.actor)
    dialog = SignInDialog(db, organization=organization.organization_name(db))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    return MainWindow(db, dialog.actor)
