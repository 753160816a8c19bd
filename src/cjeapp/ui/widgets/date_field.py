"""A date that may be left empty, typed as 2026-11-22 or 22/11/2026."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from cjeapp.core.validation import typed_date, typed_required_date


class DateField(QLineEdit):
    """``field`` names the form field, so a mistyped date is shown under it."""

    def __init__(self, field: str = "date", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaximumWidth(140)

    def value(self) -> date | None:
        """The date typed, None when empty; a ValidationError on ``field`` otherwise."""
        return typed_date(self.field, self.text())

    def required_value(self) -> date:
        """The date typed; a ValidationError on ``field`` when empty or not a date."""
        return typed_required_date(self.field, self.text())

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")
