"""The Activités page's participants of an activity, with the boxes of the chosen session's
presences: who is enrolled or waiting, who was present, who completed. Its words are
translated as the page's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QWidget

from cjeapp.core.groups.activities import Participant
from cjeapp.core.ids import ClientId
from cjeapp.ui.models.roles import RecordRole
from cjeapp.ui.models.roles import TakesAttendanceRole
from cjeapp.ui.widgets.remembered_columns import RememberedColumns

IdRole = RecordRole


class AttendanceTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        RememberedColumns(self)  # widths the person gave, kept on this PC
        self.setRootIsDecorated(False)
        self.setHeaderLabels([
            QCoreApplication.translate("ActivitiesPage", "Person"),
            QCoreApplication.translate("ActivitiesPage", "Enrolment"),
            QCoreApplication.translate("ActivitiesPage", "Present"),
            QCoreApplication.translate("ActivitiesPage", "Completed")])
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def show_people(self, people: list[Participant], session_id: str | None) -> None:
        """``people``, with a box for ``session_id``'s presence where one may be ticked."""
        self.clear()
        for person in people:
            status = (QCoreApplication.translate("ActivitiesPage", "Enrolled")
                      if person.status == "enrolled" else
                      QCoreApplication.translate("ActivitiesPage", "Waiting list (%1)").replace(
                          "%1", str(person.waitlist_position)))
            item = QTreeWidgetItem([person.name, status, "",
                                    QCoreApplication.translate("ActivitiesPage", "Yes")
                                    if person.completed else ""])
            item.setData(0, IdRole, person.client_id)
            item.setData(1, IdRole, person.enrolment_id)
            # Only enrolled people have an attendance; a waiting-list row has no box.
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            if person.status == "enrolled" and session_id in person.before_enrolment:
                # Enrolled after this session: no presence to tick.
                item.setText(2, QCoreApplication.translate("ActivitiesPage",
                                                           "Not yet enrolled"))
            elif person.status == "enrolled" and session_id:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(2, TakesAttendanceRole, True)
                item.setCheckState(2, Qt.CheckState.Checked if person.attended.get(session_id)
                                   else Qt.CheckState.Unchecked)
            self.addTopLevelItem(item)

    def presence(self) -> dict[ClientId, bool]:
        """Who was present, for each person whose presence may be ticked."""
        presence = {}
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item is not None and item.data(2, TakesAttendanceRole):
                presence[ClientId(str(item.data(0, IdRole)))] = (
                    item.checkState(2) == Qt.CheckState.Checked)
        return presence

    def enrolment_id(self) -> str | None:
        """The enrolment of the person chosen in the list."""
        item = self.currentItem()
        return None if item is None else str(item.data(1, IdRole))
