"""Everything that happened with the person, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.changes import Change
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_moment
from cjeapp.core.people.timeline import TimelineEntry
from cjeapp.core.people.timeline import TimelineKind
from cjeapp.core.people.timeline import client_timeline
from cjeapp.ui.context import AppContext
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.widgets.record_table import RecordTable


class TimelineTab(QWidget):
    def __init__(self, context: AppContext, client_id: ClientId,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.tree: RecordTable[TimelineEntry] = RecordTable([
            Column(self.tr("When"), _when, lambda e: e.when, width=200),
            Column(self.tr("Kind"), self._kind, width=150),
            Column(self.tr("What"), lambda e: e.summary.render()),
        ])
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        context.events.changed.connect(self._on_changed)
        self._entries: Query[list[TimelineEntry]] = Query(self, self.tree.set_rows)
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if change.concerns(self.client_id):  # everything about the person shows here
            self.refresh()

    def _kind(self, entry: TimelineEntry) -> str:
        return {TimelineKind.VISIT: self.tr("Walk-in"),
                TimelineKind.APPOINTMENT: self.tr("Appointment"),
                TimelineKind.SERVICE: self.tr("Service"),
                TimelineKind.REFERRAL: self.tr("Referral"),
                TimelineKind.REQUEST: self.tr("Request"),
                TimelineKind.DOCUMENT: self.tr("Document"),
                TimelineKind.CONSENT: self.tr("Consent"),
                TimelineKind.ASSESSMENT: self.tr("Assessment"),
                TimelineKind.PLAN: self.tr("Action plan"),
                TimelineKind.TRANSPORT: self.tr("Transport"),
                TimelineKind.HOUSING: self.tr("Housing"),
                TimelineKind.ACTIVITY: self.tr("Activity"),
                TimelineKind.NOTE: self.tr("Note")}.get(entry.kind, entry.kind.value)

    def refresh(self) -> None:  # off the screen's thread (ui.operations)
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        self._entries.run(lambda: client_timeline(db, actor, client_id))


def _when(entry: TimelineEntry) -> str:
    return (format_date(entry.when.date(), style="medium") if entry.all_day
            else format_moment(entry.when))
