"""One launch of the program, timed from inside (run by ``startup_bench`` in a fresh
interpreter each time): the same steps as ``cjeapp`` itself, up to the sign-in window
painted, then signed in up to the main window painted. Prints seconds since ``started``."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _painted(widget: object) -> float:
    from PySide6.QtCore import QEvent
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QWidget

    if not isinstance(widget, QWidget):
        raise TypeError(widget)
    seen: list[float] = []

    class Watch(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not seen:
                seen.append(time.time())
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    widget.show()
    while not seen:
        QApplication.processEvents()
    widget.removeEventFilter(watch)
    return seen[0]


def bare(started: float) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QDialog
    from PySide6.QtWidgets import QFormLayout
    from PySide6.QtWidgets import QLineEdit

    app = QApplication(sys.argv)
    dialog = QDialog()
    form = QFormLayout(dialog)
    form.addRow("Nom d'utilisateur", QLineEdit())
    form.addRow("Mot de passe", QLineEdit())
    shown = _painted(dialog)
    del app
    return {"painted": shown - started}


def cjeapp(started: float, db_path: Path, username: str, password: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from cjeapp.ui.session import entry_dialog
    from cjeapp.ui.session import main_window_after
    from cjeapp.ui.sign_in_dialog import SignInDialog
    from cjeapp.ui.translators import install_translators
    from cjeapp.ui.warm_up import warm_up

    app = QApplication(sys.argv)
    install_translators(app, "fr")
    dialog = entry_dialog(db_path)
    warm_up()
    sign_in_painted = _painted(dialog)
    if not isinstance(dialog, SignInDialog):
        raise SystemExit("the database does not exist")
    time.sleep(1.0)  # the person types their name and password
    dialog.username.setText(username)
    dialog.password.setText(password)
    clicked = time.time()
    dialog.submit()  # the password is checked off the screen's thread
    while dialog.busy:
        QApplication.processEvents()
    window = main_window_after(dialog)
    if window is None:
        raise SystemExit(dialog.message.text())
    main_painted = _painted(window)
    window.close()
    window.context.db.close()
    del app
    return {"sign_in_painted": sign_in_painted - started,
            "main_window_after_sign_in": main_painted - clicked}


def main() -> None:
    kind, started = sys.argv[1], float(sys.argv[2])
    if kind == "bare":
        result = bare(started)
    else:
        result = cjeapp(started, Path(sys.argv[3]), sys.argv[4],
                        os.environ.get("CJEAPP_PASSWORD", ""))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
