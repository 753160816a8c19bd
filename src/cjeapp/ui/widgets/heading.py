"""A page's title, the same size and weight on every page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

STYLE = "font-size: 13pt; font-weight: 600;"


def page_heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(STYLE)
    return label
