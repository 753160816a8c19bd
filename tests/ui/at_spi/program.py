"""The program as a person starts it, for a screen reader to read (run by session.py).

Shows the sign-in window on the database file given, in French, and says « sign-in » on
its standard output; when told « desk » on its standard input, signs in with the account
given and shows the main window at the reception desk, then says « desk »; « quit » ends
it. The window is real (Qt's xcb platform on the display session.py started) and Qt's
bridge to AT-SPI is on, so what the reader finds is what Orca would."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    path, username, password = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([sys.argv[0]])
    app.setApplicationName("cjeapp")
    from cjeapp.ui import accessible_names
    from cjeapp.ui.session import SignInDialog
    from cjeapp.ui.session import main_window_after
    from cjeapp.ui.translators import install_translators

    accessible_names.install(app)  # as app.run_gui does
    install_translators(app, "fr")
    dialog = SignInDialog(path)
    dialog.show()
    kept: list[object] = [dialog]

    def say(word: str) -> None:
        # once the window is painted and named (the namer runs just after a showing)
        QTimer.singleShot(300, lambda: print(word, flush=True))

    def told() -> None:
        line = sys.stdin.readline().strip()
        if line == "desk":
            dialog.username.setText(username)
            dialog.password.setText(password)
            dialog.submit()
        elif line in ("quit", ""):
            app.quit()

    def signed_in() -> None:
        window = main_window_after(dialog)
        if window is None:
            print("refused: " + dialog.message.text(), flush=True)
            return
        kept.append(window)
        window.show()
        window.show_section("desk")
        say("desk")

    dialog.accepted.connect(signed_in)
    listening = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    listening.activated.connect(told)
    say("sign-in")
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
