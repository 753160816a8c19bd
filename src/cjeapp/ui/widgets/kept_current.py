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
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QSignalBlocker
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
        chosen = index.isValid() and self.view.selectionModel().isRowSelected(index.row())
        # a choice put away (« Effacer » clears the selection) is not brought back
        self._chosen = identity(self._row_at(index.row())) if chosen else None
        self._column = max(index.column(), 0)
        self._scrolled = self.view.verticalScrollBar().value()

    def restore(self) -> None:
        chosen, self._chosen = self._chosen, None
        if chosen is not None:
            model = self.view.model()
            for number, row in enumerate(self._rows()):
                if identity(row) == chosen:
                    self._choose_quietly(model.index(number, self._column))
                    break
        self.view.verticalScrollBar().setValue(self._scrolled)

    def _choose_quietly(self, index: QModelIndex) -> None:
        """The same record chosen again without telling the screen: it is no new choice,
        and a screen that fills a form from the chosen row would throw away what the
        person is typing in it (a refresh cleared the choice as quietly: Qt's reset)."""
        selection = self.view.selectionModel()
        with QSignalBlocker(selection):
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        self.view.viewport().update()


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
