"""The search box: searches while typing (after a short pause), Down moves to the results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget


class SearchBox(QLineEdit):
    search = Signal(str)
    move_down = Signal()
    accept_first = Signal()

    DELAY_MS = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr(
            "Find a person: name, phone, e-mail, MIFI number or date of birth"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.run_now)
        self.textChanged.connect(lambda _text: self._timer.start())

    def run_now(self) -> None:
        self._timer.stop()
        self.search.emit(self.text())

    def stop(self) -> None:
        """The search waiting for the pause in the typing is not asked for."""
        self._timer.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.run_now()
            self.move_down.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.run_now()
            self.accept_first.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
