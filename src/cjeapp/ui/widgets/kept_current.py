"""The row a person has chosen stays chosen when its list is read again.

Lists refresh by themselves now (an answer read on a worker, a change made in another
window): a refresh that replaced the rows under the person's choice would leave nothing
chosen, or another row, the moment before they press « Fermer la demande ». The record
keeps its place by what it is (its ``id``), not by its row number; the list keeps its
scroll position."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView


def identity(row: object) -> object | None:
    """What a row is, whatever is shown of it: its record's id (None when it has none)."""
    return getattr(row, "id", None)


class KeptCurrent:
    """Remember what ``view`` has chosen before its rows are replaced; choose it again
    after (``remember``, then ``restore``)."""

    def __init__(self, view: QAbstractItemView, row_at: Callable[[int], Any],
                 rows: Callable[[], list[Any]]) -> None:
        self.view = view
        self._row_at = row_at
        self._rows = rows
        self._chosen: object | None = None
        self._column = 0
        self._scrolled = 0

    def remember(self) -> None:
        index = self.view.currentIndex()
        self._chosen = identity(self._row_at(index.row())) if index.isValid() else None
        self._column = max(index.column(), 0)
        self._scrolled = self.view.verticalScrollBar().value()

    def restore(self) -> None:
        chosen, self._chosen = self._chosen, None
        if chosen is not None:
            model = self.view.model()
            for number, row in enumerate(self._rows()):
                if identity(row) == chosen:
                    self.view.setCurrentIndex(model.index(number, self._column))
                    break
        self.view.verticalScrollBar().setValue(self._scrolled)


def keep_current(view: QAbstractItemView) -> None:
    """For a view whose model replaces its rows by a reset (``RowTableModel.set_rows``)."""
    model: QAbstractItemModel = view.model()
    row_at = getattr(model, "row_at", None)
    if row_at is None:
        return
    kept = KeptCurrent(view, row_at, lambda: list(getattr(model, "rows", [])))
    model.modelAboutToBeReset.connect(kept.remember)
    model.modelReset.connect(kept.restore)
    view._kept_current = kept  # type: ignore[attr-defined]  # lives as long as the view
