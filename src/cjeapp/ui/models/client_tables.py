"""Table models of people: search results, and the whole list read lazily page by page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt

from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.search.finder import ClientHit
from cjeapp.ui.models.row_table import Index
from cjeapp.ui.models.row_table import RowTableModel
from cjeapp.ui.operations import Query

ClientIdRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("ClientColumns", "Name"),
    QT_TRANSLATE_NOOP("ClientColumns", "Date of birth"),
    QT_TRANSLATE_NOOP("ClientColumns", "Municipality"),
    QT_TRANSLATE_NOOP("ClientColumns", "Counsellor"),
    QT_TRANSLATE_NOOP("ClientColumns", "Phone"),
    QT_TRANSLATE_NOOP("ClientColumns", "MIFI number"),
)


def _cell(hit: ClientHit, column: int) -> str:
    if column == 0:
        name = hit.display_name
        return f"{name} ({hit.other_names})" if hit.other_names else name
    if column == 1:
        return format_date(hit.birth_date, style="medium") if hit.birth_date else ""
    values = (hit.municipality, hit.counsellor, hit.phone, hit.mifi_client_number)
    return values[column - 2] or ""


class ClientTableBase(RowTableModel[ClientHit]):
    CONTEXT = "ClientColumns"
    COLUMNS = COLUMNS

    @property
    def hits(self) -> list[ClientHit]:
        return self.rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(hit, index.column())
        if role == ClientIdRole:
            return hit.id
        if role == Qt.ItemDataRole.ToolTipRole and hit.why is not None:
            return hit.why.render()  # a likely duplicate: why it may be the same person
        return None

    def client_id(self, row: int) -> ClientId | None:
        return self.hits[row].id if 0 <= row < len(self.hits) else None


class ClientHitsModel(ClientTableBase):
    """Search results, replaced at each keystroke."""

    def set_hits(self, hits: list[ClientHit]) -> None:
        self.set_rows(hits)


PageLoader = Callable[[tuple[str, str] | None], tuple[list[ClientHit], tuple[str, str] | None]]


class ClientListModel(ClientTableBase):
    """Every person in French order; rows are read 256 at a time as the view scrolls, each
    page on a worker (ui.operations): the view asks for more, the rows come when read."""

    def __init__(self, load_page: PageLoader, owner: QObject | None = None) -> None:
        super().__init__()
        self._load_page = load_page
        self._cursor: tuple[str, str] | None = None
        self._exhausted = False
        # the owner (the page showing the list) has its reads stopped when it closes
        self._page: Query[tuple[list[ClientHit], tuple[str, str] | None]] = Query(
            owner or self, self._arrived)

    def reload(self) -> None:
        self._page.cancel()
        self.beginResetModel()
        self.rows = []
        self._cursor = None
        self._exhausted = False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._page.running

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._page.running:
            return
        load_page, cursor = self._load_page, self._cursor
        self._page.run(lambda: load_page(cursor))

    def _arrived(self, page: tuple[list[ClientHit], tuple[str, str] | None]) -> None:
        hits, cursor = page
        if hits:
            start = len(self.hits)
            self.beginInsertRows(QModelIndex(), start, start + len(hits) - 1)
            self.rows.extend(hits)
            self.endInsertRows()
        self._cursor = cursor
        self._exhausted = cursor is None
