"""Binding a ClientForm's fields to widgets, each with its error label underneath."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from cjeapp.core.errors import FieldError, Inconsistent, ValidationError
from cjeapp.core.locale_format import language_name
from cjeapp.ui.messages import error_label
from cjeapp.ui.widgets.code_combo import COMMON_LANGUAGES, CodeCombo
from cjeapp.ui.widgets.date_field import DateField


class LanguageList(QListWidget):
    """Languages spoken, ticked in a list."""

    def set_value(self, codes: list[str]) -> None:
        self.clear()
        for code in dict.fromkeys([*codes, *COMMON_LANGUAGES]):
            item = QListWidgetItem(language_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in codes
                               else Qt.CheckState.Unchecked)
            self.addItem(item)

    def value(self) -> list[str]:
        return [str(self.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]


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
