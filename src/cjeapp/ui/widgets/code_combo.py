"""Combo boxes filled from code lists and from CLDR (countries; languages: LanguagePicker)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCollator
from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QCompleter
from PySide6.QtWidgets import QWidget

from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.codelists import codelist
from cjeapp.core.locale_format import country_codes
from cjeapp.core.locale_format import country_name
from cjeapp.ui.operations import Query

if TYPE_CHECKING:
    from cjeapp.ui.context import DataEvents


def _collated(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    collator = QCollator(QLocale())
    return sorted(pairs, key=lambda pair: collator.sortKey(pair[1]))


class CodeCombo(QComboBox):
    """A choice among codes; ``value()`` is the code, or None for the empty entry."""

    def __init__(self, pairs: list[tuple[str, str]], *, empty: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = empty
        self._filling: Query[list[tuple[str, str]]] | None = None
        self._fill: Callable[[], list[tuple[str, str]]] | None = None  # how they are read
        self._refill_kinds: frozenset[ChangeKind] = frozenset()  # read again on these
        self._wanted: str | None = None  # set before the choices came: chosen when they do
        self.asked = False  # a value was set (or picked) before the first choices came
        # a choice picked by hand wins over one set while the choices were read again
        self.activated.connect(self._picked)
        if empty:
            self.addItem("—", None)
        for code, label in pairs:
            self.addItem(label, code)

    @classmethod
    def from_list(cls, name: str, *, empty: bool = True, sort: bool = False) -> CodeCombo:
        pairs = [(entry.code, entry.label()) for entry in codelist(name).codes]
        return cls(_collated(pairs) if sort else pairs, empty=empty)

    @classmethod
    def countries(cls) -> CodeCombo:
        return cls(_collated([(code, country_name(code)) for code in country_codes()])) \
            .searchable()

    def searchable(self) -> CodeCombo:
        """Type any part of a name to find it (e.g. "dari", "rwanda")."""
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if self.count() and self.itemData(0) is None:
            self.setItemText(0, "")  # nothing chosen: an empty field to type in
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        return self

    def replace_choices(self, pairs: list[tuple[str, str]]) -> None:
        """New choices (after the empty one, when the list has one); the chosen code stays
        chosen if still there."""
        chosen = self.value()
        self.clear()
        if self.empty:
            self.addItem("—", None)
        for code, label in pairs:
            self.addItem(label, code)
        self.set_value(chosen)

    def fill_from(self, work: Callable[[], list[tuple[str, str]]]) -> None:
        """Choices read off the screen's thread (``ui.operations``); a value set before
        they come is chosen when they do."""
        if self._filling is None:
            self._filling = Query(self, self._filled)
        self._fill = work
        self._filling.run(work)

    def refill_on(self, events: DataEvents, kinds: frozenset[ChangeKind]) -> CodeCombo:
        """The choices read again (``fill_from``'s work) when a change of ``kinds`` is
        told: an office added while a file is open is offered in it; the chosen code
        stays chosen."""
        self._refill_kinds = kinds
        events.changed.connect(self._refill)  # a method: let go of with the combo
        return self

    def _refill(self, change: Change) -> None:
        if change.kind in self._refill_kinds and self._fill is not None:
            self.fill_from(self._fill)

    @property
    def filling(self) -> bool:
        return self._filling is not None and self._filling.running

    def _filled(self, pairs: list[tuple[str, str]]) -> None:
        wanted, self._wanted = self._wanted, None
        self.replace_choices(pairs)
        if wanted is not None:
            self.set_value(wanted)

    def value(self) -> str | None:
        """The chosen code. In a searchable list, a name typed in full counts as chosen;
        text that names nothing is given back as it is, for core to refuse in words."""
        if self.isEditable():
            typed = self.currentText().strip()
            if typed != self.itemText(self.currentIndex()):
                if not typed:
                    return None
                index = self.findText(typed, Qt.MatchFlag.MatchFixedString)
                if index < 0:
                    return typed
                found = self.itemData(index)
                return str(found) if found else None
        data = self.currentData()
        if not data and self.filling and self._wanted is not None:
            return self._wanted
        return str(data) if data else None

    def _picked(self, _index: int) -> None:
        self._wanted = None
        self.asked = True

    def set_value(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        if self.filling:
            self.asked = True
            # kept for when the choices come only when they are not there yet
            self._wanted = code if code and index < 0 else None
        self.setCurrentIndex(max(index, 0))
