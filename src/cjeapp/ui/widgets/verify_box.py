"""A place to drop a file (or choose one) and read whether it is genuine: used for the
documents the program issued and for the funder packages it wrote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.ui.files import chosen_file
from cjeapp.ui.operations import Query

# (the file) -> (genuine, the sentence saying what was found)
Check = Callable[[Path], tuple[bool, str]]
MAX_BYTES = 200 * 1024 * 1024
TOO_LARGE = "too large"


def _verdict(path: Path, check: Check) -> tuple[bool, str] | tuple[None, str]:
    """On the worker: the check's verdict, or (None, what kept the file from being read)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return None, TOO_LARGE
        return check(path)
    except OSError as error:
        return None, error.strerror or str(error)


class VerifyBox(QFrame):
    def __init__(self, prompt: str, file_filter: str, check: Check,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.file_filter = file_filter
        self.genuine: bool | None = None  # the last verdict shown (None while checked)
        self._checked: Query[tuple[bool, str] | tuple[None, str]] = Query(self, self._show)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("VerifyBox { border: 1px dashed #888; border-radius: 4px; }")
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        choose = QPushButton(self.tr("Choose a file…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.prompt, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result)

    def verify(self, path: Path) -> None:
        """Check ``path`` on a worker (a package may be large, a document's register is
        read in the database) and show the verdict under the prompt when it comes; a file
        dropped meanwhile replaces it."""
        check = self.check
        self.genuine = None
        self.prompt.setText(path.name)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Checking…"))
        self.result.show()
        self._checked.run(lambda: _verdict(path, check))

    def _show(self, verdict: tuple[bool, str] | tuple[None, str]) -> None:
        genuine, text = verdict
        if genuine is None:  # the file itself was the problem: said in the reader's words
            text = (self.tr("This file is too large to be one of ours.") if text == TOO_LARGE
                    else self.tr("The file cannot be read: %1").replace("%1", text))
        self.genuine = bool(genuine)
        self.result.setText(text)
        self.result.setStyleSheet(
            "color: white; padding: 4px; background: %s;" % ("#1b7f3b" if genuine
                                                            else "#b00020"))

    def _choose(self) -> None:
        path = chosen_file(self, self.tr("Verify a file"), self.file_filter)
        if path is not None:
            self.verify(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if urls:
            self.verify(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()
