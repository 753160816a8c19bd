"""Choosing a person by what one would type in the search box (name, phone, MIFI number):
the matches fill a list beside it, the first one chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from cjeapp.core.ids import ClientId
from cjeapp.core.search.finder import search_clients
from cjeapp.ui.context import AppContext


class PersonPicker(QWidget):
    def __init__(self, context: AppContext, *, anyone: str | None = None,
                 parent: QWidget | None = None) -> None:
        """``anyone``: the caption of a first entry meaning « no one in particular »."""
        super().__init__(parent)
        self.context = context
        self.anyone = anyone
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Name, phone or MIFI number"))
        self.matches = QComboBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query, 1)
        layout.addWidget(self.matches, 1)
        self.query.editingFinished.connect(self.search)
        self.clear()

    def clear(self) -> None:
        self.query.clear()
        self._reset()

    def _reset(self) -> None:
        self.matches.clear()
        if self.anyone is not None:
            self.matches.addItem(self.anyone, None)

    def search(self) -> None:
        """The people matching what was typed (at most 20), the first one chosen."""
        self._reset()
        text = self.query.text().strip()
        if not text:
            return
        for hit in search_clients(self.context.db, self.context.actor, text, limit=20):
            born = f" · {hit.birth_date.isoformat()}" if hit.birth_date else ""
            self.matches.addItem(f"{hit.first_name} {hit.last_name}{born}", hit.id)
        if self.anyone is not None and self.matches.count() > 1:
            self.matches.setCurrentIndex(1)

    def value(self) -> ClientId | None:
        chosen = self.matches.currentData()
        return ClientId(chosen) if chosen else None
