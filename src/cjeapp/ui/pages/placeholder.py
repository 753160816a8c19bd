"""A clear "not yet available" state for screens a later version fills."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        body = QLabel(self.tr("This screen is not available yet in this version of cjeapp. "
                              "The data it will use is already kept."))
        body.setWordWrap(True)
        body.setObjectName("notAvailable")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
