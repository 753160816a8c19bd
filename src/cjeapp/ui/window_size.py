"""Window sizes that fit a 1366×768 laptop, the smallest screen the program is made for.

At 100 % scaling a window has 1366×696 pixels once the taskbar (40) and its title bar (32)
are taken; at 125 % (Windows' default on laptops) it has 1092×540. A window opens at the
size asked for it, shrunk to the screen it opens on, and no screen needs more than the 125 %
area to be usable (``minimumSizeHint``). The tests hold every window and page to this."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SMALL_LAPTOP = QSize(1366, 696)
SMALL_LAPTOP_125 = QSize(1092, 540)
OPEN_SIZE = "openSize"  # the property holding the size a window asked for


def open_at(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` its opening size, never larger than the free area of its screen."""
    window.setProperty(OPEN_SIZE, QSize(width, height))
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width()), min(height, free.height() - 32)
    window.resize(width, height)
