"""Showing core errors to the user: a dialog, or the message under the field it concerns."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from cjeapp.core.errors import CjeError, ValidationError


def show_error(parent: QWidget | None, error: CjeError) -> None:
    QMessageBox.warning(parent, parent.tr("Cannot continue") if parent else "cjeapp", str(error))


class FieldErrors:
    """Labels under form fields, filled from a ValidationError; input is never cleared."""

    def __init__(self, labels: dict[str, QLabel]) -> None:
        self.labels = labels
        for label in labels.values():
            label.setStyleSheet("color: #b00020;")
            label.setWordWrap(True)
            label.hide()

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


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    return label
