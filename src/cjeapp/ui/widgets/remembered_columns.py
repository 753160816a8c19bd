"""Column widths and sorting remembered on this PC, per table: what the person did (a drag
of a column's edge, a click on a title) comes back the next time the table is shown; the
widths a layout pass gives the columns are never taken for a choice.

A table is named by the classes of the screens holding it and its number of columns, so a
new column starts again from the defaults."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QTreeView
from PySide6.QtWidgets import QWidget

from cjeapp.ui.context import local_settings


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    raise TypeError(type(view).__name__)


def settings_key(view: QAbstractItemView) -> str:
    chain: list[str] = []
    widget: QWidget | None = view
    while widget is not None:
        chain.append(type(widget).__name__)
        widget = widget.parentWidget()
    model = view.model()
    columns = model.columnCount() if model is not None else 0
    return "tables/" + "/".join(reversed(chain)) + f"/{columns}"


class RememberedColumns(QObject):
    """Attach to a table view once; it restores at the first show and saves after a
    person's change."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.key: str | None = None
        self.save_later = QTimer(self)
        self.save_later.setSingleShot(True)
        self.save_later.setInterval(400)
        self.save_later.timeout.connect(self.save)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.key is None:
            self.restore()
        elif event.type() == QEvent.Type.MouseButtonRelease and self.key is not None \
                and watched is _header(self.view).viewport():
            self.save_later.start()
        return super().eventFilter(watched, event)

    def restore(self) -> None:
        self.key = settings_key(self.view)
        header = _header(self.view)
        state = local_settings().value(self.key)
        if isinstance(state, QByteArray | bytes):
            header.restoreState(QByteArray(state))
        header.viewport().installEventFilter(self)
        header.sectionClicked.connect(lambda *_args: self.save_later.start())

    def save(self) -> None:
        if self.key is not None:
            local_settings().setValue(self.key, _header(self.view).saveState())
