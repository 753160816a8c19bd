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

# (the file) -> (genuine, the sentence saying what was found)
Check = Callable[[Path], tuple[bool, str]]
MAX_BYTES = 200 * 1024 * 1024


class VerifyBox(QFrame):
    def __init__(self, prompt: str, file_filter: str, check: Check,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.file_filter = file_filter
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

    def verify(self, path: Path) -> bool:
        """Check ``path`` and show the verdict under the prompt."""
        try:
            if path.stat().st_size > MAX_BYTES:
                genuine, text = False, self.tr("This file is too large to be one of ours.")
            else:
                genuine, text = self.check(path)
        except OSError as error:
            genuine, text = False, self.tr("The file cannot be read: %1").replace(
                "%1", error.strerror or str(error))
        self.result.setText(text)
        self.result.setStyleSheet(
            "color: white; padding: 4px; background: %s;" % ("#1b7f3b" if genuine
                                                            else "#b00020"))
        self.result.show()
        self.prompt.setText(path.name)
        return genuine

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
