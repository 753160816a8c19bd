"""A row of controls that goes on to a second line when the window is too narrow for it
(150 % scaling on a laptop), instead of pushing the screen's right edge out of sight.

Laid out on one line it looks like a ``QHBoxLayout``: controls at their natural width, the
room left over given to those that expand (a line edit, a word-wrapped label, or a
stretch added with ``add_stretch``)."""

from __future__ import annotations

from PySide6.QtCore import QMargins
from PySide6.QtCore import QPoint
from PySide6.QtCore import QRect
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QLayoutItem
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QSpacerItem
from PySide6.QtWidgets import QWidget


class FlowLayout(QLayout):
    """Controls left to right, wrapped onto as many lines as the width needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(6)
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's interface -------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def minimumHeightForWidth(self, width: int) -> int:
        return self.heightForWidth(width)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._spacing() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """The widest control alone on its line."""
        shown = self._shown()
        width = max((item.minimumSize().width() for item in shown), default=0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # -- building ------------------------------------------------------------------------
    def add_stretch(self) -> None:
        """Room that pushes what follows to the right end of its line."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding,
                                 QSizePolicy.Policy.Minimum))

    def add_widgets(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.addWidget(widget)

    # -- arranging -----------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items
                if not item.isEmpty() or isinstance(item, QSpacerItem)]

    def _spacing(self) -> int:
        return max(self.spacing(), 0)

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        spacing = self._spacing()
        for item in self._shown():
            wanted = _natural_width(item, width)
            if lines[-1] and used + spacing + wanted > width:
                lines.append([])
                used = 0
            used += (spacing if lines[-1] else 0) + wanted
            lines[-1].append(item)
        # a stretch where a line was broken (starting a second line, ending one before the
        # last) would only leave a hole there; one starting the first line aligns it right
        last = len(lines) - 1
        return [[item for number, item in enumerate(line)
                 if not (_is_stretch(item) and ((number == 0 and row > 0) or
                                                (number == len(line) - 1 and row < last)))]
                for row, line in enumerate(lines)]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        spacing = self._spacing()
        top = area.y()
        lines = [line for line in self._lines(max(area.width(), 1)) if line]
        for number, line in enumerate(lines):
            widths = [_natural_width(item, area.width()) for item in line]
            left_over = area.width() - sum(widths) - spacing * (len(line) - 1)
            growing = [index for index, item in enumerate(line) if _grows(item)]
            for share, index in enumerate(growing):
                widths[index] += max(left_over, 0) // len(growing) + (
                    1 if share < max(left_over, 0) % len(growing) else 0)
            heights = [_height_at(item, item_width) for item, item_width
                       in zip(line, widths, strict=True)]
            height = max(heights)
            if move:
                x = area.x()
                for item, item_width, item_height in zip(line, widths, heights, strict=True):
                    y = top + (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(x, y), QSize(item_width, item_height)))
                    x += item_width + spacing
            top += height + (spacing if number < len(lines) - 1 else 0)
        return top - area.y() + margins.top() + margins.bottom()


def stretching(widget: QWidget) -> QWidget:
    """``widget`` made to take the room left on its line (its height for a width kept: a
    word-wrapped label stays one)."""
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    widget.setSizePolicy(policy)
    return widget


def _natural_width(item: QLayoutItem, room: int) -> int:
    return min(item.sizeHint().width(), item.maximumSize().width(), room)


def _height_at(item: QLayoutItem, width: int) -> int:
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.sizeHint().height()


def _is_stretch(item: QLayoutItem) -> bool:
    return isinstance(item, QSpacerItem)


def _grows(item: QLayoutItem) -> bool:
    return bool(item.expandingDirections() & Qt.Orientation.Horizontal)


def together(*widgets: QWidget) -> QWidget:
    """``widgets`` kept on one line of a FlowLayout (a label and its field: the label is
    made the field's buddy, so a screen reader names the field by it)."""
    if len(widgets) >= 2 and isinstance(widgets[0], QLabel) and widgets[0].buddy() is None:
        widgets[0].setBuddy(widgets[1])
    holder = QWidget()
    # its natural width, no more, unless made to stretch (its fields would take the room)
    holder.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return holder
