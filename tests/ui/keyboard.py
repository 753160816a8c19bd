"""Typing text into widgets, accents included.

qtbot.keyClicks aborts the whole process on any non-ASCII character, so each character
is sent as a key press/release pair carrying its text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def press(widget: QWidget, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


# -- the keyboard alone (issue 37, item 4) ----------------------------------------------
# These send keys where the keyboard's focus is, as a person's keyboard does: through Qt's
# shortcut map first (menus, mnemonics, QShortcut), then to the focused widget.


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None:
        raise AssertionError("the keyboard's focus is nowhere")
    return widget


def key(pressed: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        times: int = 1) -> None:
    """Press and release a key (with its modifiers) on the focused widget."""
    from PySide6.QtTest import QTest

    for _ in range(times):
        QTest.keyClick(focused(), pressed, modifiers)


def type_here(text: str) -> None:
    """Type ``text`` (accents included) into the focused widget."""
    widget = focused()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def _said(widget: QWidget | None) -> str:
    """A widget as a screen reader names it, with its kind."""
    from PySide6.QtGui import QAccessible

    if widget is None:
        return "nowhere"
    shown = QAccessible.queryAccessibleInterface(widget)
    name = shown.text(QAccessible.Text.Name) if shown is not None else ""
    return f"{type(widget).__name__} « {name} »"


def tab_to(target: QWidget, most: int = 12, backwards: bool = False) -> int:
    """Press Tab (Shift+Tab) until ``target`` has the focus; the number of presses. Fails,
    naming the stops, when it is not reached in ``most`` presses."""
    stops: list[str] = []
    for presses in range(most + 1):
        if QApplication.focusWidget() is target:
            return presses
        if presses < most:
            if backwards:
                key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
            else:
                key(Qt.Key.Key_Tab)
            stops.append(_said(QApplication.focusWidget()))
    raise AssertionError(f"not reached in {most} presses of Tab: {' → '.join(stops)}")
