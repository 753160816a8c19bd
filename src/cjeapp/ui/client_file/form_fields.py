"""Binding a ClientForm's fields to widgets, each with its error label underneath."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.errors import FieldError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.errors import ValidationError
from cjeapp.core.languages import COMMON_LANGUAGES
from cjeapp.core.languages import language
from cjeapp.core.locale_format import language_codes
from cjeapp.ui.messages import error_label
from cjeapp.ui.messages import show_error
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.language_picker import LanguagePicker


class LanguageList(QWidget):
    """Languages spoken, ticked in a list of the usual ones; any other ISO 639 language is
    found by typing part of its French, English or own name and added to the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMinimumHeight(150)
        self.other = LanguagePicker()
        typed = self.other.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("Another language: type its name"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_chosen)
        # Choosing in the list (or Enter on a name) adds it at once, after the combo is set.
        self.other.activated.connect(lambda _row: QTimer.singleShot(0, self.add_chosen))
        adding = QHBoxLayout()
        adding.addWidget(self.other, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(adding)

    def set_value(self, codes: list[str]) -> None:
        self.list.clear()
        for code in dict.fromkeys([*codes, *COMMON_LANGUAGES]):
            self._add(code, checked=code in codes)

    def _add(self, code: str, *, checked: bool) -> None:
        item = QListWidgetItem(language(code).label)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def add_chosen(self) -> None:
        """Tick the language chosen below (added to the list when it is not there)."""
        code = self.other.value()
        if code is None:
            return
        if code not in language_codes():
            show_error(self, self.tr("Choose a language in the list that opens as you type."))
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            self._add(code, checked=True)
        self.other.set_value(None)

    def value(self) -> list[str]:
        return [str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]


@dataclass
class Bound:
    widget: QWidget

    def get(self) -> Any:
        widget = self.widget
        if isinstance(widget, DateField):
            return widget.value()
        if isinstance(widget, CodeCombo):
            return widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, LanguageList):
            return widget.value()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText() or None
        if not isinstance(widget, QLineEdit):
            raise Inconsistent("isinstance(widget, QLineEdit)")
        return widget.text() or None

    def set(self, value: Any) -> None:
        widget = self.widget
        if isinstance(widget, DateField):
            widget.set_value(value if isinstance(value, date) else None)
        elif isinstance(widget, CodeCombo):
            widget.set_value(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, LanguageList):
            widget.set_value(list(value or []))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        else:
            if not isinstance(widget, QLineEdit):
                raise Inconsistent("isinstance(widget, QLineEdit)")
            widget.setText(value or "")


class FieldGroup:
    """Fields laid out in a form; values read and written by name."""

    def __init__(self) -> None:
        self.fields: dict[str, Bound] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, layout: QFormLayout, name: str, caption: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        label = error_label()
        layout.addRow(caption, widget)
        layout.addRow("", label)
        self.fields[name] = Bound(widget)
        self.errors[name] = label
        return widget

    def read(self) -> tuple[dict[str, Any], list[FieldError]]:
        values: dict[str, Any] = {}
        problems: list[FieldError] = []
        for name, bound in self.fields.items():
            try:
                values[name] = bound.get()
            except ValidationError as error:
                problems.extend(FieldError(name, e.message) for e in error.errors)
        return values, problems

    def write(self, values: dict[str, Any]) -> None:
        for name, bound in self.fields.items():
            if name in values:
                bound.set(values[name])
