"""Choosing a person by what one would type in the search box (name, phone, MIFI number):
the matches fill a list beside it as one types, the first one chosen. The search runs off
the screen's thread (``ui.operations``); a letter typed stops the search it replaces."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.search.finder import ClientHit
from cjeapp.core.search.finder import search_clients
from cjeapp.ui.context import AppContext
from cjeapp.ui.operations import Query
from cjeapp.ui.widgets.search_box import SearchBox


class PersonPicker(QWidget):
    def __init__(self, context: AppContext, *, anyone: str | None = None,
                 parent: QWidget | None = None) -> None:
        """``anyone``: the caption of a first entry meaning « no one in particular »."""
        super().__init__(parent)
        self.context = context
        self.anyone = anyone
        self.query = SearchBox()  # searches after a pause in the typing, Enter at once
        self.query.setPlaceholderText(self.tr("Name, phone or MIFI number"))
        self.matches = QComboBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query, 1)
        layout.addWidget(self.matches, 1)
        self._found: Query[list[ClientHit]] = Query(self, self._show)
        self._searched: str | None = None  # the text whose matches are shown or asked for
        self.query.search.connect(lambda _text: self.search())
        self.query.editingFinished.connect(self.search)  # leaving the box: at once
        self.clear()

    def clear(self) -> None:
        self.query.clear()
        self.query.stop()
        self._found.cancel()
        self._searched = ""
        self._reset()

    def _reset(self) -> None:
        self.matches.clear()
        if self.anyone is not None:
            self.matches.addItem(self.anyone, None)

    @property
    def searching(self) -> bool:
        """The matches of what was typed are still to come."""
        return self._found.running

    def search(self) -> None:
        """The people matching what was typed (at most 20), the first one chosen; the same
        text searched again leaves the person chosen among its matches as they are."""
        self.query.stop()
        text = self.query.text().strip()
        if text == self._searched:
            return
        self._searched = text
        self._reset()
        if not text:
            self._found.cancel()
            return
        db, actor = self.context.db, self.context.actor
        self._found.run(lambda: search_clients(db, actor, text, limit=20))

    def _show(self, hits: list[ClientHit]) -> None:
        self._reset()
        for hit in hits:
            born = (f" · {format_date(hit.birth_date, style='medium')}" if hit.birth_date
                    else "")
            self.matches.addItem(f"{hit.first_name} {hit.last_name}{born}", hit.id)
        if self.anyone is not None and self.matches.count() > 1:
            self.matches.setCurrentIndex(1)

    def value(self) -> ClientId | None:
        chosen = self.matches.currentData()
        return ClientId(chosen) if chosen else None
