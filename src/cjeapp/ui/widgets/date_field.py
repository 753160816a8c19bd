"""A date that may be left empty, typed as 2026-11-22 or 22/11/2026."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from cjeapp.core.search.query import parse_date


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaximumWidth(140)

    def value(self) -> date | None:
        """The date typed, None when empty. Raises ValueError when it is not a date."""
        text = self.text().strip()
        if not text:
            return None
        parsed = parse_date(text)
        if parsed is None:
            raise ValueError(text)
        return parsed

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")
