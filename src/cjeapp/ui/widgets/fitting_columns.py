"""Columns that share a table's width instead of running off its right edge.

A table keeps the widths it was given (or the person's, RememberedColumns) while they fit;
on a narrower window (a laptop at 150 %) every column gives up part of its width, in
proportion, down to what keeps its title readable, and its cells are elided (« … »): the
last columns — often the ones that matter, such as a consent's state — stay on screen with
no sideways scrolling. A table too narrow even for its titles puts away its secondary
columns (``Column.secondary``: what they hold is in the form beside it). Once the window is
wide again the widths and the columns come back."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QTreeView

SMALLEST = 48  # a column never narrower than this: a date or a number stays guessable
TITLE_PADDING = 16  # room beside a column's title (its sort arrow, the header's margins)


def fitted(widths: Sequence[int], room: int, floors: Sequence[int]) -> list[int]:
    """``widths`` made to hold in ``room`` (unchanged when they already do): each width
    gives up a share of what it has above its floor, the same share for all; when the floors
    alone do not hold, they are shrunk alike, never under SMALLEST."""
    total = sum(widths)
    if total <= room or not widths:
        return list(widths)
    floors = [min(floor, width) for floor, width in zip(floors, widths, strict=True)]
    spare = total - sum(floors)
    if spare > 0 and total - spare <= room:
        kept = (room - sum(floors)) / spare
        return [floor + int((width - floor) * kept)
                for width, floor in zip(widths, floors, strict=True)]
    ratio = room / max(sum(floors), 1)
    return [max(SMALLEST, int(floor * ratio)) for floor in floors]


def header_of(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    raise TypeError(type(view).__name__)


class FittingColumns(QObject):
    """Attach once to a table view whose last column stretches; the widths its columns
    have when shown (or a person gives them later) are the ones it wants."""

    def __init__(self, view: QAbstractItemView, secondary: Iterable[int] = ()) -> None:
        super().__init__(view)
        self.view = view
        self.header = header_of(view)
        self.wanted: dict[int, int] = {}
        self.secondary = frozenset(secondary)  # put away first when even titles do not fit
        self.folded: set[int] = set()
        self._fitting = False
        self.header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        """Give the columns the table's width (the last one stretches into what is left);
        secondary columns are put away, the rightmost first, while their titles alone would
        not fit (what they hold is in the form or pane beside the table)."""
        order = [self.header.logicalIndex(visual) for visual in range(self.header.count())]
        # a hidden secondary column was put away here (in this session, or in the widths
        # remembered from an earlier one on a narrower screen): it comes back when it fits
        candidates = [column for column in order
                      if not self.header.isSectionHidden(column) or column in self.secondary]
        if len(candidates) < 2:
            return
        room = self.view.viewport().width()
        floors = {column: self._title_width(column) for column in candidates}
        columns = list(candidates)
        for column in reversed(candidates):
            if sum(floors[each] for each in columns) <= room:
                break
            if column in self.secondary and len(columns) > 2:
                columns.remove(column)
        self._fitting = True
        try:
            for column in candidates:
                fold = column not in columns
                if fold != self.header.isSectionHidden(column):
                    self.header.setSectionHidden(column, fold)
            self.folded = set(candidates) - set(columns)
            self._share(columns, room - floors[columns[-1]])
        finally:
            self._fitting = False

    def _share(self, columns: list[int], room: int) -> None:
        shown = columns[:-1]  # the last one stretches into what is left
        for column in shown:
            self.wanted.setdefault(column, self.header.sectionSize(column))
        wanted = [self.wanted[column] for column in shown]
        if self.header.stretchLastSection():
            # the header never stretches a last column under the width it had
            self.header.resizeSection(columns[-1], self._title_width(columns[-1]))
        floors = [self._title_width(column) for column in shown]
        for column, width in zip(shown, fitted(wanted, room, floors), strict=True):
            if self.header.sectionSize(column) != width:
                self.header.resizeSection(column, width)

    def _title_width(self, column: int) -> int:
        model = self.view.model()
        title = model.headerData(column, self.header.orientation()) if model else None
        width = self.header.fontMetrics().horizontalAdvance(str(title or ""))
        return max(SMALLEST, width + TITLE_PADDING)

    def _resized(self, column: int, _old: int, new: int) -> None:
        """What a person (or the remembered widths) gave a column is what it wants."""
        if self._fitting or new <= 0 or self.header.isSectionHidden(column) \
                or self.header.visualIndex(column) == self._last_visual():
            return  # the last column stretches: its width is the header's, not a choice
        self.wanted[column] = new

    def _last_visual(self) -> int:
        for visual in range(self.header.count() - 1, -1, -1):
            if not self.header.isSectionHidden(self.header.logicalIndex(visual)):
                return visual
        return -1
