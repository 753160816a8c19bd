"""What the package's validation found, grouped by kind (the same field, the same problem)
with how many people each concerns — not 300 lines one person at a time — and a walk that
opens each concerned person's file in turn at the field to fix (« Suivant »)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.locale_format import format_number
from cjeapp.core.reporting.validation import Problem
from cjeapp.ui.client_file.field_captions import caption
from cjeapp.ui.widgets.remembered_columns import RememberedColumns

# The words the Reports page said before this part was its own keep their context (and so
# their translations): QCoreApplication.translate("ReportsPage", …).
WhereRole = Qt.ItemDataRole.UserRole  # (client id, file field) of a person's line


@dataclass(frozen=True)
class Kind:
    error: bool
    table: str
    column: str
    msgid: str


def kind_of(problem: Problem) -> Kind:
    return Kind(problem.error, problem.table, problem.column, problem.message.msgid)


class PackageFindings(QWidget):
    open_field = Signal(str, str)  # client id, field name
    left_file = Signal(str)  # the walk moved on from this client's file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Problems found, by kind"))
        RememberedColumns(self.tree)  # widths the person gave, kept on this PC
        self.tree.setHeaderLabels([self.tr("Field and problem"),
                                   QCoreApplication.translate("ReportsPage", "People")])
        self.tree.setColumnWidth(0, 420)
        self.open_button = QPushButton(QCoreApplication.translate(
            "ReportsPage", "Open the file at this field"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setToolTip(self.tr(
            "Opens the next person's file concerned by the chosen kind of problem"))
        self.walk_label = QLabel()
        self.walk_label.setAccessibleName(self.tr("Where the walk is"))
        self.walk: list[QTreeWidgetItem] = []  # the people of the kind being walked
        self.position = -1
        self._walked: QTreeWidgetItem | None = None  # the kind being walked
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.walk_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.next_button.clicked.connect(self.next)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.open_selected())
        self.next_button.setEnabled(False)

    def field_caption(self, problem: Problem) -> str:
        """Named as the person's file names the field; other columns by their table."""
        if problem.file_field:
            return caption(problem.file_field)
        return f"{self.table_caption(problem.table)} · {problem.column.replace('_', ' ')}"

    def table_caption(self, table: str) -> str:
        translate = QCoreApplication.translate
        return {"persons": translate("ReportsPage", "People"),
                "services": translate("ReportsPage", "Services"),
                "referrals": translate("ReportsPage", "Referrals"),
                "group_activities": translate("ReportsPage", "Group activities"),
                "transport": translate("ReportsPage", "Transport"),
                "housing": translate("ReportsPage", "Housing")}.get(table, table)

    def set_problems(self, found: list[Problem], names: dict[str, str]) -> None:
        """Each kind once, errors first and the most frequent first, with its people."""
        self.tree.clear()
        self.walk, self.position, self._walked = [], -1, None
        self.walk_label.clear()
        kinds: dict[Kind, list[Problem]] = {}
        for problem in found:
            kinds.setdefault(kind_of(problem), []).append(problem)
        for kind, problems in sorted(kinds.items(),
                                     key=lambda pair: (not pair[0].error, -len(pair[1]))):
            first = problems[0]
            word = (QCoreApplication.translate("ReportsPage", "Error") if kind.error
                    else QCoreApplication.translate("ReportsPage", "Warning"))
            people = {p.client_id for p in problems if p.client_id}
            node = QTreeWidgetItem([
                self.tr("%1 — %2: %3").replace("%1", self.field_caption(first))
                .replace("%2", word).replace("%3", first.message.render()),
                self.tr("%n people", "", len(people)) if people
                else self.tr("%n rows", "", len(problems))])
            node.setData(1, Qt.ItemDataRole.UserRole, len(problems))
            if kind.error:
                node.setForeground(0, Qt.GlobalColor.darkRed)
            for problem in problems:
                who = names.get(problem.client_id or "", self.table_caption(problem.table))
                said = problem.message.render()
                child = QTreeWidgetItem([who if said == first.message.render()
                                         else f"{who} — {said}", ""])
                child.setData(0, WhereRole, (problem.client_id, problem.file_field))
                node.addChild(child)
            self.tree.addTopLevelItem(node)
        self.next_button.setEnabled(self.tree.topLevelItemCount() > 0)

    def _where(self, item: QTreeWidgetItem | None) -> tuple[str, str] | None:
        data = item.data(0, WhereRole) if item is not None else None
        if data and data[0]:
            return str(data[0]), str(data[1] or "")
        return None

    def open_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.parent() is None and item.childCount():
            item = item.child(0)  # a kind: its first person
        where = self._where(item)
        if where is not None:
            self.open_field.emit(*where)

    def next(self) -> None:
        """The next person of the chosen kind (the first kind when none is chosen): the
        file left is let go, the next one opened at the field to fix."""
        current = self.tree.currentItem()
        kind = (current.parent() or current) if current is not None else None
        if kind is None:
            kind = self.tree.topLevelItem(0)
        if kind is None:
            return
        if kind is not self._walked:
            self._walked, self.position = kind, -1
            people: dict[str, QTreeWidgetItem] = {}  # each person once, at the first line
            for index in range(kind.childCount()):
                child = kind.child(index)
                where = self._where(child)
                if child is not None and where is not None:
                    people.setdefault(where[0], child)
            self.walk = list(people.values())
        if 0 <= self.position < len(self.walk):
            left = self._where(self.walk[self.position])
            if left is not None:
                self.left_file.emit(left[0])
        self.position += 1
        if self.position >= len(self.walk):
            self.walk_label.setText(self.tr("Every person of this kind was opened."))
            self.position = len(self.walk)
            return
        item = self.walk[self.position]
        self.tree.setCurrentItem(item)
        self.walk_label.setText(self.tr("Person %1 of %2").replace(
            "%1", format_number(self.position + 1)).replace("%2", format_number(len(self.walk))))
        where = self._where(item)
        if where is not None:
            self.open_field.emit(*where)
