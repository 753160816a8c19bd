"""The one field that asks for a language, wherever one is asked (languages spoken, the
interpreter's, the language a consent was explained in): every ISO 639 language, or those
given, found by typing part of its French, English or own name (« kirun », « Kirundi »,
« Ikirundi »). What the list that opens holds is core's lookup (``core.languages``)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QCompleter
from PySide6.QtWidgets import QWidget

from cjeapp.core.languages import find_languages
from cjeapp.core.languages import language_choices
from cjeapp.core.languages import language_found
from cjeapp.ui.widgets.code_combo import CodeCombo


class LanguagePicker(CodeCombo):
    """A language; ``value()`` is its code, None for the empty entry, or the text typed
    when it names no language (for core to refuse in words)."""

    def __init__(self, codes: list[str] | None = None, *, empty: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__([(found.code, found.label) for found in language_choices(codes)],
                         empty=empty, parent=parent)
        self.codes = codes
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if empty:
            self.setItemText(0, "")  # nothing chosen: an empty field to type in
        self.found = QStringListModel(self)
        completer = QCompleter(self.found, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a language's name"))
            line.textEdited.connect(self.offer)

    def offer(self, text: str) -> None:
        """Offer the languages whose name holds ``text``."""
        labels = []
        for code in find_languages(text, self.codes):
            index = self.findData(code)
            if index >= 0:
                labels.append(self.itemText(index))
        self.found.setStringList(labels)
        completer = self.completer()
        if labels and completer is not None:
            completer.setCompletionPrefix("")
            completer.complete()

    def value(self) -> str | None:
        if self.isEditable():
            typed = self.currentText().strip()
            if typed and typed != self.itemText(self.currentIndex()) \
                    and self.findText(typed, Qt.MatchFlag.MatchFixedString) < 0:
                code = language_found(typed)
                if code is not None and (self.codes is None or code in self.codes):
                    return code
                return typed
        return super().value()
