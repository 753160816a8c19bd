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
        self._session: str | None = None  # the session whose presence is shown
        self._as_read: dict[ClientId, bool] = {}  # its presence as last read

    def show_people(self, people: list[Participant], session_id: str | None) -> None:
        """``people``, with a box for ``session_id``'s presence where one may be ticked.
        Read again for the same session (a change made elsewhere), the boxes the person
        ticked or unticked and has not saved yet stay as they are, and so does the person
        chosen."""
        same = session_id is not None and session_id == self._session
        by_hand = {person: present for person, present in self.presence().items()
                   if self._as_read.get(person) != present} if same else {}
        chosen = self.currentItem()
        chosen_id = chosen.data(0, IdRole) if chosen is not None and same else None
        self._session = session_id
        self._as_read = {ClientId(person.client_id): bool(person.attended.get(session_id))
                         for person in people if session_id}
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
                present = by_hand.get(ClientId(person.client_id),
                                      bool(person.attended.get(session_id)))
                item.setCheckState(2, Qt.CheckState.Checked if present
                                   else Qt.CheckState.Unchecked)
            self.addTopLevelItem(item)
            if chosen_id is not None and person.client_id == chosen_id:
                self.setCurrentItem(item)

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
