"""Every window, page and dialog at once: it fits a 1366×768 laptop (and stays usable at
125 % scaling, and at 150 % when run so: test_at_150_percent.py), and in French no English
text of the program reaches it."""

from __future__ import annotations

import pkgutil
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import cjeapp.ui
from cjeapp.core.db.database import Database
from cjeapp.core.ids import ClientId
from cjeapp.core.permissions import Actor
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.window_size import OPEN_SIZE
from cjeapp.ui.window_size import SMALL_LAPTOP
from tests.ui.screens import Screen
from tests.ui.screens import every_screen
from tests.ui.screens import laptop_area
from tests.ui.screens import scaled_to_150
from tests.ui.visible_text import english_sources
from tests.ui.visible_text import visible_texts
from tests.ui.waiting import wait_until_idle


def _fits(size: QSize, area: QSize) -> bool:
    return size.width() <= area.width() and size.height() <= area.height()


def _least(widget: QWidget, width: int) -> QSize:
    """The least size ``widget`` needs with its rows of controls (FlowLayout, in its own
    layout or the layouts nested in it) wrapped at ``width``: a minimumSizeHint counts
    each on one line. (Qt's own minimum height for a width counts every table at its
    preferred height, far more than a table needs.)"""
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())  # a QWizard: -1×-1
    layout = widget.layout()
    if layout is None or least.width() > width:
        return least
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    extra = sum(flow.heightForWidth(inner) - flow.minimumSize().height()
                for flow in _flows(layout))
    return QSize(least.width(), least.height() + max(extra, 0))


def _flows(layout: QLayout) -> Iterator[FlowLayout]:
    for number in range(layout.count()):
        item = layout.itemAt(number)
        inner = item.layout() if item is not None else None
        if isinstance(inner, FlowLayout):
            yield inner
        elif inner is not None:
            yield from _flows(inner)


def _screens(qtbot: QtBot, db: Database, staff: dict[str, Actor], client: ClientId,
             tmp_path: Path) -> Iterator[Screen]:
    for name, widget, room in every_screen(db, staff, client, tmp_path):
        if widget.isWindow():
            qtbot.addWidget(widget)
        wait_until_idle(qtbot)  # what the screen reads is shown, as a person sees it
        yield name, widget, room


def test_every_screen_fits_a_small_laptop(qtbot: QtBot, db: Database, french: None,
                                          staff: dict[str, Actor], helene: ClientId,
                                          tmp_path: Path) -> None:
    """At 150 % (QT_SCALE_FACTOR=1.5) the room is the 150 % one, and a window asking for
    more than the screen is shrunk to it (window_size.open_at): its other size must fit."""
    scaled = scaled_to_150()
    screen = laptop_area() if scaled else SMALL_LAPTOP
    too_big: list[str] = []
    for name, widget, room in _screens(qtbot, db, staff, helene, tmp_path):
        QApplication.processEvents()  # layouts settle, as they would on screen
        minimum, hint = _least(widget, room.width()), widget.sizeHint()
        if not _fits(minimum, room):
            too_big.append(f"{name}: needs {minimum.width()}×{minimum.height()} at least")
        if widget.isWindow():
            asked = widget.property(OPEN_SIZE)
            opening = hint if not isinstance(asked, QSize) else (
                asked.boundedTo(screen) if scaled else asked)
            if not _fits(opening, screen):
                too_big.append(f"{name}: opens at {opening.width()}×{opening.height()}")
    assert too_big == [], "\n".join(too_big)


def test_no_english_text_reaches_a_french_screen(qtbot: QtBot, db: Database, french: None,
                                                 staff: dict[str, Actor], helene: ClientId,
                                                 tmp_path: Path) -> None:
    english = english_sources()
    assert len(english) > 500  # the catalogues were read
    found: set[str] = set()
    for name, widget, _room in _screens(qtbot, db, staff, helene, tmp_path):
        for text in visible_texts(widget):
            if text and any(pattern.fullmatch(text) for pattern in english):
                found.add(f"{name}: {text!r}")
    assert sorted(found) == [], "\n".join(sorted(found))


def test_the_walk_reaches_every_dialog_of_the_program() -> None:
    """A new dialog must be added to tests/ui/screens.py, so the checks above see it."""
    for module in pkgutil.walk_packages(cjeapp.ui.__path__, "cjeapp.ui."):
        __import__(module.name)
    dialogs = {cls.__name__ for cls in _subclasses(QDialog) if cls.__module__.startswith("cjeapp")}
    assert len(dialogs) >= 9
    source = Path(__file__).with_name("screens.py").read_text(encoding="utf-8")
    assert sorted(name for name in dialogs if f"{name}(" not in source) == []


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _unnamed(widget: QWidget) -> list[QWidget]:
    """The controls of ``widget`` a person can reach that a screen reader cannot name (a
    drop-down named only by the value it shows counts as unnamed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QComboBox
    from PySide6.QtWidgets import QLabel

    found = []
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() == Qt.FocusPolicy.NoFocus or not child.isVisibleTo(widget) \
                or isinstance(child, QLabel):
            continue
        face = QAccessible.queryAccessibleInterface(child)
        said = face.text(QAccessible.Text.Name) if face is not None else ""
        if not said.strip() or (isinstance(child, QComboBox) and not child.accessibleName()):
            found.append(child)
    return found


def test_every_control_has_a_name_a_screen_reader_says(
        qtbot: QtBot, db: Database, french: None, staff: dict[str, Actor], helene: ClientId,
        tmp_path: Path) -> None:
    """Every window, page, tab and dialog of every role, named as the program names them
    when they are shown (ui/accessible_names.py): no reachable control without a name."""
    from cjeapp.ui.accessible_names import name_controls

    missing: set[str] = set()
    for name, widget, _room in _screens(qtbot, db, staff, helene, tmp_path):
        name_controls(widget)  # what the program does when it is shown
        missing |= {f"{name}: {type(child).__name__} {child.objectName()}"
                    for child in _unnamed(widget)}
    assert sorted(missing) == [], "\n".join(sorted(missing))


def test_the_program_names_controls_as_each_page_is_shown(
        qtbot: QtBot, db: Database, french: None, staff: dict[str, Actor]) -> None:
    """Nobody calls the naming: showing the main window and going through its sections is
    enough (the program's event filter, installed at start as app.py does)."""
    from cjeapp.ui.main_window import MainWindow

    window = MainWindow(db, staff["director"])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    missing: list[str] = []
    for key in window.section_keys():
        page = window.show_section(key)
        qtbot.wait(20)
        missing += [f"{key}: {type(child).__name__}" for child in _unnamed(page)]
    assert missing == []
