"""The action plan: items by area, edited with their status rules; revisions with a reason;
the history of every change; the printable plan in the person's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.casework import plans
from cjeapp.core.casework.plans import HistoryEntry
from cjeapp.core.casework.plans import ItemForm
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ConflictError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_moment
from cjeapp.core.models import PlanItem
from cjeapp.ui.context import AppContext
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import error_label
from cjeapp.ui.messages import show_error
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.remembered_columns import RememberedColumns

ItemRole = Qt.ItemDataRole.UserRole


class PlanTab(QWidget):
    def __init__(self, context: AppContext, client_id: ClientId,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.items: dict[str, PlanItem] = {}
        self.tree = QTreeWidget()
        RememberedColumns(self.tree)  # widths the person gave, kept on this PC
        self.tree.setHeaderLabels([self.tr("Goal"), self.tr("Status"), self.tr("Target"),
                                   self.tr("Reminder"), self.tr("Who")])
        self.tree.setColumnWidth(0, 300)
        self.area = CodeCombo.from_list("plan_areas", empty=False)
        self.goal = QLineEdit()
        self.actions_edit = QPlainTextEdit()
        self.actions_edit.setMaximumHeight(60)
        self.responsible = QLineEdit()
        self.target_date = DateField("target_date")
        self.status = CodeCombo.from_list("plan_item_statuses", empty=False)
        self.abandon_reason = QLineEdit()
        self.next_follow_up = DateField("next_follow_up")
        names = ("area", "goal", "actions", "responsible", "target_date", "status",
                 "abandon_reason", "next_follow_up", "reason")
        labels = {name: error_label() for name in names}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        for caption, widget, key in (
                (self.tr("Area"), self.area, "area"), (self.tr("Goal"), self.goal, "goal"),
                (self.tr("Actions"), self.actions_edit, "actions"),
                (self.tr("Who does them"), self.responsible, "responsible"),
                (self.tr("Target date"), self.target_date, "target_date"),
                (self.tr("Status"), self.status, "status"),
                (self.tr("Why abandoned"), self.abandon_reason, "abandon_reason"),
                (self.tr("Next reminder"), self.next_follow_up, "next_follow_up")):
            form.addRow(caption, widget)
            form.addRow("", labels[key])
        self.save_item_button = QPushButton(self.tr("Save the item"))
        self.add_item_button = QPushButton(self.tr("Add as a new item"))
        self.revise_reason = QLineEdit()
        self.revise_reason.setPlaceholderText(self.tr("Why the plan is adjusted"))
        self.revise_button = QPushButton(self.tr("Adjust the plan"))
        self.print_language = CodeCombo([("fr", self.tr("French")), ("en", self.tr("English"))],
                                        empty=False)
        self.print_button = QPushButton(self.tr("Print the plan (PDF)…"))
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.add_item_button)
        item_buttons.addStretch(1)
        item_buttons.addWidget(self.save_item_button)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addLayout(item_buttons)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("History of the plan")))
        history_layout.addWidget(self.history, 1)
        lower = QSplitter()
        lower.addWidget(editor)
        lower.addWidget(history_box)
        revise = QHBoxLayout()
        revise.addWidget(self.revise_reason, 1)
        revise.addWidget(self.revise_button)
        revise.addWidget(self.print_language)
        revise.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(lower, 1)
        layout.addLayout(revise)
        layout.addWidget(labels["reason"])
        layout.addWidget(self.message)
        self.tree.currentItemChanged.connect(lambda current, _old: self._select(current))
        self.save_item_button.clicked.connect(self.save_item)
        self.add_item_button.clicked.connect(self.add_item)
        self.revise_button.clicked.connect(self.revise)
        self.print_button.clicked.connect(self.print_plan)
        context.events.changed.connect(self._on_changed)
        self._select_after: str | None = None
        self._plan: Query[tuple[list[PlanItem], list[HistoryEntry]]] = Query(self, self._show)
        self._pdf: Query[bytes] = Query(self, self._print, writes=True)
        self.refresh()

    def refresh(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        self._plan.run(lambda: (plans.plan_items(db, actor, client_id),
                                plans.history(db, actor, client_id)))

    def _show(self, plan: tuple[list[PlanItem], list[HistoryEntry]]) -> None:
        found_items, found_history = plan
        current = self.current_item()
        kept = current.id if current is not None else None
        blocker = QSignalBlocker(self.tree)  # the item being edited stays in the form
        self.tree.clear()
        self.items = {}
        areas = codelist("plan_areas")
        statuses = codelist("plan_item_statuses")
        nodes: dict[str, QTreeWidgetItem] = {}
        for code in areas.values():
            node = QTreeWidgetItem([areas.label(code)])
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            self.tree.addTopLevelItem(node)
            nodes[code] = node
        for item in found_items:
            self.items[item.id] = item
            row = QTreeWidgetItem([
                item.goal, statuses.label(item.status),
                format_date(item.target_date, style="medium") if item.target_date else "",
                format_date(item.next_follow_up, style="medium") if item.next_follow_up
                else "", item.responsible or ""])
            row.setData(0, ItemRole, item.id)
            nodes[item.area].addChild(row)
        self.tree.expandAll()
        if kept is not None:
            self.select_item(kept)
        blocker.unblock()
        if self._select_after is not None:  # the item just saved, shown as saved
            self.select_item(self._select_after)
            self._select_after = None
        self.history.clear()
        for entry in found_history:
            text = f"{format_moment(entry.at)} · {entry.who or ''} — {entry.description}"
            if entry.reason:
                text += f" ({entry.reason})"
            self.history.addItem(text)

    def select_item(self, item_id: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(index)
            for child in [node.child(i) for i in range(node.childCount())] if node else []:
                if child is not None and child.data(0, ItemRole) == item_id:
                    self.tree.setCurrentItem(child)

    def _select(self, current: QTreeWidgetItem | None) -> None:
        item = self.items.get(str(current.data(0, ItemRole))) if current else None
        if item is None:
            return
        self.area.set_value(item.area)
        self.goal.setText(item.goal)
        self.actions_edit.setPlainText(item.actions or "")
        self.responsible.setText(item.responsible or "")
        self.target_date.set_value(item.target_date)
        self.status.set_value(item.status)
        self.abandon_reason.setText(item.abandon_reason or "")
        self.next_follow_up.set_value(item.next_follow_up)

    def _form(self) -> ItemForm:
        target, reminder = self.target_date.value(), self.next_follow_up.value()
        return ItemForm(area=self.area.value() or "", goal=self.goal.text(),
                        actions=self.actions_edit.toPlainText() or None,
                        responsible=self.responsible.text() or None, target_date=target,
                        status=self.status.value() or "planned",
                        abandon_reason=self.abandon_reason.text() or None,
                        next_follow_up=reminder)

    def current_item(self) -> PlanItem | None:
        current = self.tree.currentItem()
        return self.items.get(str(current.data(0, ItemRole))) if current else None

    def save_item(self) -> None:
        item = self.current_item()
        if item is None:
            self.message.setText(self.tr("Choose an item in the plan first."))
            return
        db, actor, item_id, version = self.context.db, self.context.actor, item.id, item.version
        self._run(lambda form: plans.update_item(db, actor, item_id, form, version), item_id,
                  self.save_item_button)

    def add_item(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        self._run(lambda form: plans.add_item(db, actor, client_id, form), None,
                  self.add_item_button)

    def _run(self, action: Callable[[ItemForm], PlanItem], item_id: str | None,
             button: QPushButton) -> None:
        """Save the form as it reads now, on the writer; a refusal keeps what was typed."""
        self.errors.clear()
        self.message.clear()
        try:
            form = self._form()
        except ValidationError as error:
            self.errors.show(error)
            return
        write(self, lambda: action(form), lambda saved: self._saved(item_id or saved.id),
              refused=self._refused, busy=button)

    def _saved(self, item_id: str) -> None:
        self._select_after = item_id  # once the plan is read again
        self.select_item(item_id)
        self.message.setText(self.tr("Saved."))

    def _refused(self, error: CjeError) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error)
        elif isinstance(error, ConflictError):
            self.message.setText(str(error))
        else:
            show_error(self, error)

    def revise(self) -> None:
        self.errors.clear()
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        reason = self.revise_reason.text()
        write(self, lambda: plans.revise_plan(db, actor, client_id, reason),
              lambda _plan: self.revise_reason.clear(), refused=self._revise_refused)

    def _revise_refused(self, error: CjeError) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(ValidationError([FieldError("reason", e.message)
                                              for e in error.errors]))
        else:
            show_error(self, error)

    def print_plan(self) -> None:
        """The plan made on a worker (printing it is logged), then saved where asked."""
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        language = self.print_language.value()
        self._pdf.run(lambda: plans.plan_pdf(db, actor, client_id, language))

    def _print(self, pdf: bytes) -> None:
        save_bytes(self, pdf, "plan.pdf", "PDF (*.pdf)")

    def _on_changed(self, change: Change) -> None:
        if change.concerns(self.client_id) and change.kind is ChangeKind.CASEWORK:
            current = self.current_item()
            self.refresh()
            if current:
                self.select_item(current.id)
