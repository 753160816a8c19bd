"""Combo boxes filled from code lists and from CLDR (countries, languages)."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from cjeapp.core.codelists import codelist
from cjeapp.core.locale_format import country_codes, country_name, language_name

COMMON_LANGUAGES = ("fr", "en", "es", "ar", "uk", "ru", "ht", "fa", "ps", "hi", "tl", "zh",
                    "ln", "sw", "pt", "wo", "ti", "am", "so", "tr", "vi", "ro", "de", "it")


def _collated(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    collator = QCollator(QLocale())
    return sorted(pairs, key=lambda pair: collator.sortKey(pair[1]))


class CodeCombo(QComboBox):
    """A choice among codes; ``value()`` is the code, or None for the empty entry."""

    def __init__(self, pairs: list[tuple[str, str]], *, empty: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        combo = cls(_collated([(code, country_name(code)) for code in country_codes()]))
        combo.setEditable(True)  # type to find a country
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    @classmethod
    def languages(cls, *, empty: bool = True) -> CodeCombo:
        return cls(_collated([(code, language_name(code)) for code in COMMON_LANGUAGES]),
                   empty=empty)

    def replace_choices(self, pairs: list[tuple[str, str]]) -> None:
        """New choices after the empty one; the chosen code stays chosen if still there."""
        chosen = self.value()
        self.clear()
        self.addItem("—", None)
        for code, label in pairs:
            self.addItem(label, code)
        self.set_value(chosen)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_value(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))
