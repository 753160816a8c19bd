"""What a person reads on a screen, and the English texts of the program's catalogues, to
check that no English source text reaches a French screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator

from babel.messages.pofile import read_po
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QWidget

from cjeapp.core.resources import translation_path


def visible_texts(root: QWidget) -> Iterator[str]:
    """Every text shown by ``root`` and its children: labels, buttons, titles, tabs, list
    items, column titles, choices, hints in empty fields, menus."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget.isWindow():
            yield widget.windowTitle()
        if isinstance(widget, QLabel):
            yield widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget.text().replace("&", "")
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(index) for index in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(index) for index in range(widget.count()))
        if isinstance(widget, QListWidget):
            yield from (widget.item(index).text() for index in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget) \
                and widget.model() is not None:
            model = widget.model()
            root_index = QModelIndex()
            yield from (str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                        for column in range(model.columnCount(root_index)))
            yield from (str(model.index(row, 0, root_index).data() or "")
                        for row in range(model.rowCount(root_index)))
        if isinstance(widget, QMainWindow):
            for action in widget.menuBar().actions():
                yield action.text().replace("&", "")
                menu = action.menu()
                if menu is not None:
                    yield from (sub.text().replace("&", "") for sub in menu.actions())


# Each language is offered in its own name in the language choice, on purpose.
ENDONYMS = {"English", "Français"}


def english_sources() -> list[re.Pattern[str]]:
    """The English texts that have a different French translation, as patterns (a ``%1``
    or ``{name}`` placeholder matches any text). A text that is also a French translation
    ("Transport", "Documents") is not counted."""
    texts: set[str] = set()
    french: set[str] = set(ENDONYMS)
    tree = ElementTree.parse(translation_path() / "cjeapp_fr.ts")
    for message in tree.iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source and translation and source != translation:
            texts.add(source)
        french.add(translation or "")
    with (translation_path() / "core" / "fr.po").open("rb") as stream:
        for entry in read_po(stream):
            if isinstance(entry.id, str) and entry.id and entry.string \
                    and entry.string != entry.id:
                texts.add(entry.id)
            french.add(entry.string if isinstance(entry.string, str) else "")
    return [_pattern(text) for text in texts - french if len(text) > 1 and _has_words(text)]


def _has_words(text: str) -> bool:
    """Whether ``text`` has letters besides its placeholders: « %1: %2 » or « %1 — %2 »
    is punctuation between values, not English (its French differs by a space only)."""
    return any(char.isalpha() for char in re.sub(r"%\d|\{\w*\}", "", text))


def _pattern(text: str) -> re.Pattern[str]:
    parts = re.split(r"(%\d|\{\w*\})", text.replace("&", ""))
    return re.compile("".join(".+" if re.fullmatch(r"%\d|\{\w*\}", part) else re.escape(part)
                              for part in parts))
