"""Two ways a screen gives a long form room on a small laptop: a scrolling page, and a list
beside its form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QWidget


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless area that scrolls up and down, never sideways."""
    scroll = QScrollArea()
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(page)
    # Not a stop of Tab of its own (it would be said as the window's title, doing nothing):
    # Tab goes to the page's controls, and the area scrolls to show the one focused.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


def beside(listing: QWidget, form: QWidget, *, list_share: int = 1,
           form_share: int = 1) -> QSplitter:
    """A list on the left and its form (scrolling) on the right, in the shares given."""
    splitter = QSplitter()
    splitter.addWidget(listing)
    splitter.addWidget(scrolling(form))
    splitter.setStretchFactor(0, list_share)
    splitter.setStretchFactor(1, form_share)
    return splitter
