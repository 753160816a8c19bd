"""Everything that happened with the person, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from cjeapp.core.locale_format import format_date, format_moment
from cjeapp.core.people.timeline import client_timeline
from cjeapp.ui.context import AppContext


class TimelineTab(QWidget):
    def __init__(self, context: AppContext, client_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What")])
        self.tree.setColumnWidth(0, 220)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        context.events.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, entity: str) -> None:
        if entity in ("casework", "appointments", "requests", "visits"):
            self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        for entry in client_timeline(self.context.db, self.context.actor, self.client_id):
            when = (format_date(entry.when.date(), style="medium") if entry.all_day
                    else format_moment(entry.when))
            self.tree.addTopLevelItem(QTreeWidgetItem([when, entry.summary.render()]))
