"""Two ways a screen gives a long form room on a small laptop: a scrolling page, and a list
beside its form."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QWidget


class _UpAndDown(QScrollArea):
    """Scrolls up and down only: as narrow as what it holds can be, never narrower (a
    form would be cut on its right, with no way to see it)."""

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        held = self.widget()
        if held is None:
            return least
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(least.width(), held.minimumSizeHint().width() + bar + frame),
                     least.height())


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless area that scrolls up and down, never sideways."""
    scroll = _UpAndDown()
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(page)
    # Not a stop of Tab of its own (it would be said as the window's title, doing nothing):
    # Tab goes to the page's controls, and the area scrolls to show the one focused.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    # drawn as what is around it (a tab's pane), not on a background of its own
    scroll.viewport().setAutoFillBackground(False)
    page.setAutoFillBackground(False)
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


def scrolling_layout(layout: QLayout) -> QScrollArea:
    """``layout`` (a form) in an area that scrolls up and down when the window is too short
    for it (150 % scaling), and takes its natural height when it is not."""
    page = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    page.setLayout(layout)
    return scrolling(page)


class ScrollingTabs(QTabWidget):
    """Tabs for a small laptop at 150 %: each page scrolls up and down when the window is
    too short for it; titles are shortened (« Serv… », the whole title in a tip) before
    the bar scrolls, so every tab stays in sight. ``indexOf`` and ``setCurrentWidget``
    take the page itself, as a QTabWidget's do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setUsesScrollButtons(True)

    def add_page(self, page: QWidget, title: str) -> int:
        index = self.addTab(scrolling(page), title)
        self.setTabToolTip(index, title)
        return index

    def page(self, index: int) -> QWidget | None:
        held = self.widget(index)
        return held.widget() if isinstance(held, QScrollArea) else held

    def indexOf(self, widget: QWidget) -> int:
        for index in range(self.count()):
            if widget is self.widget(index) or widget is self.page(index):
                return index
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)
