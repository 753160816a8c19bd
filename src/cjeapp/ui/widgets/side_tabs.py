"""Sections listed on the left, the open one on the right: a client file has more sections
than a tab bar can show with French titles. A section taller than the window scrolls (a
1366×768 laptop at 125 % leaves about 420 pixels for it)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QWidget

from cjeapp.ui.widgets.layouts import scrolling


class SideTabs(QWidget):
    """The subset of QTabWidget's interface the file window uses, laid out vertically."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setFixedWidth(230)
        self.list.setSpacing(2)
        self.stack = QStackedWidget()
        self.pages: list[QWidget] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)

    def addTab(self, widget: QWidget, title: str) -> int:
        self.list.addItem(title)
        index = self.stack.addWidget(scrolling(widget))
        self.pages.append(widget)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        return index

    def count(self) -> int:
        return self.stack.count()

    def tabText(self, index: int) -> str:
        item = self.list.item(index)
        return item.text() if item else ""

    def widget(self, index: int) -> QWidget | None:
        return self.pages[index] if 0 <= index < len(self.pages) else None

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.stack.currentIndex())

    def setCurrentIndex(self, index: int) -> None:
        self.list.setCurrentRow(index)

    def setCurrentWidget(self, widget: QWidget) -> None:
        self.setCurrentIndex(self.pages.index(widget) if widget in self.pages else -1)
