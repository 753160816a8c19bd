"""An error nobody foresaw, on the screen: a French dialog that says what happened, that
what was saved is not lost, where the log is, and offers to copy a report for whoever
helps; the program keeps running. The error goes to the log without its message."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp import log_file

log = logging.getLogger("cjeapp.crash")


class CrashDialog(QDialog):
    def __init__(self, error: log_file.ExcInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = log_file.report(error)
        self.setWindowTitle(self.tr("Unexpected error"))
        where = log_file.log_path()
        self.message = QLabel(self.tr(
            "Something unexpected stopped the last action (%1). What was saved before is "
            "not lost; the action that failed was not recorded, so do it again if it is "
            "still needed.\n\nThe program keeps running. The log is here:\n%2\n\nIf it "
            "happens again, copy the report below and send it to whoever helps you: it "
            "holds no one's personal information.")
            .replace("%1", error[0].__name__)
            .replace("%2", str(where) if where else self.tr("(no log file)")))
        self.message.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy the report"))
        self.close_button = QPushButton(self.tr("Continue"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        # once in the dialog (not before): Enter presses it even after Tab went past
        # another button
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button.clicked.connect(self.accept)
        self.setMinimumWidth(460)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Report copied"))


def handle(kind: type[BaseException], value: BaseException,
           tb: TracebackType | None) -> None:
    """sys.excepthook while the program runs: log, then say it; never raise."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.error("unexpected error", exc_info=(kind, value, tb))
    if QCoreApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    try:
        CrashDialog((kind, value, tb), QApplication.activeWindow()).exec()
    except Exception:  # the dialog itself must never take the program down
        log.exception("the error dialog failed")


def install() -> None:
    sys.excepthook = handle
