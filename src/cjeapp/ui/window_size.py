"""Window sizes that fit a 1366×768 laptop, the smallest screen the program is made for.

At 100 % scaling a window has 1366×696 pixels once the taskbar (40) and its title bar (32)
are taken; at 125 % (Windows' default on laptops) it has 1092×540; at 150 % (chosen by
people who see less well) the screen is 911×512 of the pixels the program lays out in, and
the taskbar and title bar, drawn at the same scale, leave 910×440. A window opens at the
size asked for it, shrunk to the screen it opens on, and no screen needs more than the 150 %
area to be usable (``minimumSizeHint``). The tests hold every window and page to this, the
150 % run under ``QT_SCALE_FACTOR=1.5`` (tests/ui/test_at_150_percent.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN = QSize(1366, 768)
TASKBAR_AND_TITLE = 40 + 32  # both drawn at the screen's scale


def free_area(scale: float) -> QSize:
    """What a window has of the small laptop at ``scale`` (1.0, 1.25, 1.5), in the pixels
    the program lays out in (the physical ones divided by the scale)."""
    return QSize(int(SCREEN.width() / scale),
                 int(SCREEN.height() / scale) - TASKBAR_AND_TITLE)


SMALL_LAPTOP = free_area(1.0)  # 1366×696
SMALL_LAPTOP_125 = QSize(1092, 540)
SMALL_LAPTOP_150 = free_area(1.5)  # 910×440
OPEN_SIZE = "openSize"  # the property holding the size a window asked for


def open_at(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` its opening size, never larger than the free area of its screen."""
    window.setProperty(OPEN_SIZE, QSize(width, height))
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width()), min(height, free.height() - 32)
    window.resize(width, height)
