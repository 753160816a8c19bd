"""Every control a person can reach has a name a screen reader says (issue 37, item 1).

Most screens name their fields with the label beside them — a form's row label, the label
just before a field in a row, a group's title, the tab a table sits in — but only Qt's line
edits borrow a label's text on their own, and only when the label was made their buddy. So
the program names what is left when a window or page is shown, from what a sighted person
reads around the control, in this order: a label whose buddy it is, its form row's label,
the label just before it in its row (or to its left in a grid), the label or title above a
list or table, its placeholder text, the tab or group it sits in, the window's title. A
drop-down is named by its label, never by the value it shows. Nothing a screen already
named is changed.

It runs as an event filter on the application (``install``): when any widget is first
shown, its controls are named, each once."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QAbstractScrollArea
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QBoxLayout
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QWidget

NAMED = "cjeapp_named"


def _clean(text: str) -> str:
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    plain = " ".join(plain.split())
    return plain.rstrip(" :*").strip()


def _text_of(widget: QWidget | None) -> str:
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
        return _clean(widget.text())
    if isinstance(widget, QLabel):  # rich text: its words only
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(widget.text())
        return _clean(document.toPlainText())
    return ""


def _containing_layout(widget: QWidget) -> tuple[QLayout, int] | None:
    """The layout that holds ``widget`` directly (searching its parent's layouts)."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    if top is None:
        return None
    pending: list[QLayout] = [top]
    while pending:
        layout = pending.pop()
        index = layout.indexOf(widget)
        if index >= 0:
            return layout, index
        pending.extend(_inner_layouts(layout))
    return None


def _inner_layouts(layout: QLayout) -> list[QLayout]:
    found = []
    for number in range(layout.count()):
        item = layout.itemAt(number)
        inner = item.layout() if item is not None else None
        if inner is not None:
            found.append(inner)
    return found


def _parent_layout(child: QLayout, root: QLayout) -> QLayout | None:
    pending: list[QLayout] = [root]
    while pending:
        layout = pending.pop()
        inner = _inner_layouts(layout)
        if any(each is child for each in inner):
            return layout
        pending.extend(inner)
    return None


def _label_before(layout: QLayout, item: QWidget | QLayout, index: int) -> QLabel | None:
    """The label a reader sees just before ``item`` in ``layout``."""
    found: QWidget | None = None
    if isinstance(layout, QFormLayout):
        found = layout.labelForField(item)
    elif isinstance(layout, QGridLayout):
        position: tuple[int, int, int, int] = layout.getItemPosition(index)  # type: ignore[assignment]
        row, column = position[0], position[1]
        for left in range(column - 1, -1, -1):
            cell = layout.itemAtPosition(row, left)
            if cell is not None and cell.widget() is not None:
                found = cell.widget()
                break
    elif isinstance(layout, QBoxLayout) and index > 0:
        before = layout.itemAt(index - 1)
        found = before.widget() if before is not None else None
    return found if isinstance(found, QLabel) and _text_of(found) else None


def _from_layouts(widget: QWidget) -> QLabel | None:
    held = _containing_layout(widget)
    if held is None:
        return None
    layout, index = held
    found = _label_before(layout, widget, index)
    parent = widget.parentWidget()
    root = parent.layout() if parent is not None else None
    inner: QLayout = layout
    while found is None and root is not None and inner is not root:
        outer = _parent_layout(inner, root)
        if outer is None:
            break
        found = _label_before(outer, inner, outer.indexOf(inner))
        inner = outer
    return found


def _from_surroundings(widget: QWidget) -> str:
    """A group's title, the tab a control sits in, the heading of the page around it, or
    (last) its window's title."""
    ancestor = widget.parentWidget()
    child: QWidget = widget
    while ancestor is not None:
        if isinstance(ancestor, QGroupBox) and ancestor.title():
            return _clean(ancestor.title())
        if isinstance(ancestor, QTabWidget):
            index = ancestor.indexOf(child)
            if index >= 0 and ancestor.tabText(index):
                return _clean(ancestor.tabText(index))
        heading = _heading_of(ancestor)
        if heading:
            return heading
        if ancestor.isWindow() and ancestor.windowTitle():
            return _clean(ancestor.windowTitle())
        child, ancestor = ancestor, ancestor.parentWidget()
    return ""


def _heading_of(widget: QWidget) -> str:
    """A page's heading: its first label shown larger or bolder than the rest."""
    for label in widget.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        font = label.font()
        sheet = label.styleSheet()
        if _text_of(label) and (font.bold() or font.pointSizeF() > widget.font().pointSizeF()
                                or "font-weight" in sheet or "font-size" in sheet):
            return _text_of(label)
    return ""


def name_for(widget: QWidget, buddies: dict[int, QLabel]) -> str:
    """What a sighted person reads as the name of ``widget`` (empty when nothing). A label
    found beside it becomes its buddy: on Linux, screen readers name a drop-down or a field
    by that relation (AT-SPI's labelled-by), on Windows by the accessible name."""
    label = buddies.get(id(widget))
    if label is not None and _text_of(label):
        return _text_of(label)
    beside = _from_layouts(widget)
    if beside is not None:
        if beside.buddy() is None:
            beside.setBuddy(widget)
        return _text_of(beside)
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return _clean(widget.placeholderText())
    typed = widget.lineEdit() if isinstance(widget, QComboBox) else None
    if typed is not None and typed.placeholderText():
        return _clean(typed.placeholderText())
    if widget.toolTip() and not widget.toolTip().lstrip().startswith("<"):
        return _clean(widget.toolTip().split(". ")[0])
    if isinstance(widget, QAbstractItemView):
        heading = _first_heading(widget)
        if heading:
            return heading
    return _from_surroundings(widget)


def _first_heading(widget: QWidget) -> str:
    """The first words shown in the box a list or table sits in (a card's title)."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        found = _text_of(label)
        if found:
            return found
    return ""


def _needs_a_name(widget: QWidget) -> bool:
    if widget.accessibleName() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    if isinstance(widget, QAbstractButton):
        return not _clean(widget.text())
    if isinstance(widget, QComboBox):
        return True  # else named by the value it shows
    if isinstance(widget, QLineEdit) and widget.parentWidget() is not None and isinstance(
            widget.parentWidget(), QComboBox):
        return False  # an editable drop-down's own field: the drop-down is named
    return isinstance(widget, (QLineEdit, QAbstractItemView, QAbstractScrollArea,
                               QTabWidget)) or widget.metaObject().className() in (
        "QSpinBox", "QDoubleSpinBox", "QTimeEdit", "QDateEdit", "QDateTimeEdit", "QSlider")


def name_controls(root: QWidget) -> None:
    """Name every control of ``root`` that has no name yet. A widget is looked at again at
    a later showing until it has its name (its label may be set after it was first shown);
    then never again."""
    widgets = [root, *root.findChildren(QWidget)]
    buddies = {id(label.buddy()): label for label in root.window().findChildren(QLabel)
               if label.buddy() is not None}
    settled = True
    for widget in widgets:
        if widget.property(NAMED):
            continue
        if _needs_a_name(widget):
            name = name_for(widget, buddies)
            if not name:
                settled = False
                continue
            widget.setAccessibleName(name)
        if widget is not root:
            widget.setProperty(NAMED, True)
        typed = widget.lineEdit() if isinstance(widget, QComboBox) else None
        if typed is not None and not typed.accessibleName() and widget.accessibleName():
            typed.setAccessibleName(widget.accessibleName())  # what is typed in
    if settled:
        root.setProperty(NAMED, True)


class _Namer(QObject):
    """Widgets shown are named just after, once the showing is over (naming them inside
    the Show event itself crashes Qt on some pages); a widget gone meanwhile is skipped."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pending: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._name_pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and not watched.property(NAMED):
            self._pending.append(watched)
            if not self._timer.isActive():
                self._timer.start()
        return False

    def look_at(self, widget: QWidget) -> None:
        self._pending.append(widget)
        if not self._timer.isActive():
            self._timer.start()

    def _name_pending(self) -> None:
        pending, self._pending = self._pending, []
        for widget in pending:
            if shiboken6.isValid(widget) and not widget.property(NAMED):
                name_controls(widget)


_installed: list[_Namer] = []


def look_again(window: QWidget) -> None:
    """A window whose text came after it was shown (read off the screen's thread: a
    person's name in the heading a list is named by) is named again, soon."""
    if _installed and not window.property(NAMED):
        _installed[0].look_at(window)


def install(app: QApplication) -> None:
    """Name the controls of every window and page as they are first shown."""
    if not _installed:
        namer = _Namer(app)
        app.installEventFilter(namer)
        _installed.append(namer)
