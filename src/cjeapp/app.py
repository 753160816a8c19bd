"""Build the QApplication, install translators, open the database and show the window."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Any

from cjeapp.core.errors import Inconsistent


def run_gui(db_path: Path | str | None, *, language: str | None = None) -> int:
    """The program's window on a database file, or on the office's server when
    ``db_path`` is its address (postgresql://…); without one, on the server this PC was
    connected to (first run or Paramètres), else on this PC's own file."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QMessageBox

    from cjeapp.core.errors import CjeError
    from cjeapp.ui.backups import backup_at_closing
    from cjeapp.ui.backups import restore_after_closing
    from cjeapp.ui.session import start_session
    from cjeapp.ui.translators import install_translators

    app = QApplication.instance() or QApplication(sys.argv)
    if not isinstance(app, QApplication):
        raise Inconsistent("isinstance(app, QApplication)")
    app.setApplicationName("cjeapp")
    app.setOrganizationName("cjeapp")
    from cjeapp.locations import locations

    # This computer's settings live where the rest does (beside the program when portable).
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(locations().settings))
    from cjeapp import log_file
    from cjeapp.ui import crash_dialog

    with contextlib.suppress(OSError):  # a log folder that cannot be written: no log
        log_file.setup()
    crash_dialog.install()
    from cjeapp.ui import accessible_names

    accessible_names.install(app)  # every control a screen reader can name
    from cjeapp.ui.contrast import apply_selection

    apply_selection(app)  # a selected row readable (Qt's default on Linux is not)
    from cjeapp.ui.context import local_settings

    install_translators(app, language or str(local_settings().value("language", "fr")))
    if db_path is None:
        from cjeapp.locations import locations
        from cjeapp.ui.widgets.server_address_box import chosen_server

        db_path = chosen_server() or locations().database
    if isinstance(db_path, str):
        return _run_on_server(app, db_path)
    path = db_path.expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    from cjeapp.ui.file_claim import claim_or_refuse

    claim = claim_or_refuse(path)  # one program at a time on a file
    if claim is None:
        return 1
    try:
        while True:  # again after a restore: the restored file asks to sign in
            try:
                window = start_session(path)
            except CjeError as error:
                QMessageBox.critical(None, "cjeapp", str(error))
                return 1
            if window is None:
                return 0
            window.show()
            window.backups.start()
            from cjeapp.ui.desk_sessions import DeskSessions  # the main window's imported

            desk = DeskSessions(window, path)  # colleagues may sign in at this desk
            code = app.exec()
            window = desk.closing or window
            # deleted now by Qt: left to Python's collector, a closed main window can
            # crash the next session (PySide 6.11; tests/ui/test_window_lifetime)
            import shiboken6

            for ended in desk.ended:
                if shiboken6.isValid(ended):
                    shiboken6.delete(ended)
            if window.restore_from is not None:
                restore_after_closing(window.context, window.restore_from)
                shiboken6.delete(window)
                continue
            backup_at_closing(window.context)
            window.context.db.close()
            return int(code)
    finally:
        claim.release()


def _run_on_server(app: Any, url: str) -> int:
    """Seats share the server: no file to claim, nothing restored or backed up from here."""
    from PySide6.QtWidgets import QMessageBox

    from cjeapp.core.errors import CjeError
    from cjeapp.ui.session import start_session

    try:
        window = start_session(url)
    except CjeError as error:
        QMessageBox.critical(None, "cjeapp", str(error))
        return 1
    if window is None:
        return 0
    window.show()
    from cjeapp.ui.desk_sessions import DeskSessions

    desk = DeskSessions(window, url)
    code = app.exec()
    (desk.closing or window).context.db.close()
    return int(code)
