"""Showing core errors to the user: a dialog, or the message under the field it concerns."""

from __future__ import annotations

import functools
from collections.abc import Callable
from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ValidationError

W = TypeVar("W", bound=QWidget)


def show_error(parent: QWidget | None, error: CjeError | str) -> None:
    title = QCoreApplication.translate("Messages", "Cannot continue")
    QMessageBox.warning(parent, title, str(error))


class FieldErrors:
    """Labels under form fields, filled from a ValidationError; input is never cleared."""

    def __init__(self, labels: dict[str, QLabel]) -> None:
        self.labels = labels
        for label in labels.values():
            label.setStyleSheet("color: #b00020;")
            label.setWordWrap(True)
            label.hide()

    @classmethod
    def for_fields(cls, names: Iterable[str]) -> FieldErrors:
        return cls({name: error_label() for name in names})

    def label(self, field: str) -> QLabel:
        """The error line of ``field``, to place under it (made on first use)."""
        if field not in self.labels:
            self.labels[field] = _styled(error_label())
        return self.labels[field]

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show(self, error: ValidationError) -> list[str]:
        """Show each message next to its field; return the fields with no label."""
        self.clear()
        unplaced: list[str] = []
        for field_error in error.errors:
            label = self.labels.get(field_error.field)
            if label is None:
                unplaced.append(field_error.render())
                continue
            text = label.text()
            label.setText(f"{text}\n{field_error.render()}" if text else field_error.render())
            label.show()
        return unplaced

    def add_row(self, form: QFormLayout, caption: str, widget: QWidget,
                field: str | None = None) -> None:
        """A form row, with the error line of ``field`` under it."""
        form.addRow(caption, widget)
        if field is not None:
            form.addRow("", self.label(field))


def _styled(label: QLabel) -> QLabel:
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    return label


def report_refusal(widget: QWidget, error: CjeError, errors: FieldErrors | None) -> None:
    """Place a refusal under its fields when the screen has them, else in a dialog."""
    if isinstance(error, ValidationError) and errors is not None:
        unplaced = errors.show(error)
        if unplaced:
            show_error(widget, "\n".join(unplaced))
        return
    show_error(widget, error)


def reports_refusals(slot: Callable[[W], None]) -> Callable[[W], None]:
    """For a button's slot that calls core services: a refusal (a ``CjeError``) stops the
    slot and is shown — under the fields of the widget's ``errors`` when it has them. What
    the slot's work changes carries the widget as its origin (``DataEvents.acting``)."""

    @functools.wraps(slot)
    def run(widget: W) -> None:
        errors = getattr(widget, "errors", None)
        if isinstance(errors, FieldErrors):
            errors.clear()
        events = getattr(getattr(widget, "context", None), "events", None)
        try:
            if events is None:
                slot(widget)
            else:  # its changes come back to every screen but this one, which shows them
                with events.acting(widget):
                    slot(widget)
        except CjeError as error:
            report_refusal(widget, error, errors if isinstance(errors, FieldErrors) else None)

    return run
