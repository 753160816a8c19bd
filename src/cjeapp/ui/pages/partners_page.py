"""Partenaires: the directory of partner organizations, with contacts and what they offer."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.casework import partners
from cjeapp.core.casework.partners import PartnerForm
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.codelists import codelist
from cjeapp.core.models import Partner
from cjeapp.core.permissions import Permission
from cjeapp.core.search.normalize import fold
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.flow_layout import stretching
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.layouts import scrolling_layout
from cjeapp.ui.widgets.record_table import RecordTable


class PartnersPage(QWidget):
    FIELDS = ("name", "kind", "contact_person", "phone", "email", "address", "offers")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        heading = page_heading(self.tr("Partners"))
        self.filter = CodeCombo.from_list("partner_kinds")
        self.filter.setItemText(0, self.tr("All kinds"))
        kinds = codelist("partner_kinds")
        self.list: RecordTable[Partner] = RecordTable([
            Column(self.tr("Name"), lambda p: p.name, lambda p: fold(p.name), width=300),
            Column(self.tr("Kind"), lambda p: kinds.label(p.kind), width=240),
            Column(self.tr("Contact"), lambda p: p.contact_person or "", width=180),
            Column(self.tr("Phone"), lambda p: p.phone or "", width=120),
            Column(self.tr("E-mail"), lambda p: p.email or ""),
        ])
        self.edits: dict[str, QWidget] = {
            "name": QLineEdit(), "kind": CodeCombo.from_list("partner_kinds"),
            "contact_person": QLineEdit(), "phone": QLineEdit(), "email": QLineEdit(),
            "address": QLineEdit(), "offers": QPlainTextEdit()}
        self.edits["offers"].setMaximumHeight(70)
        captions = (self.tr("Name"), self.tr("Kind"), self.tr("Contact person"),
                    self.tr("Phone"), self.tr("E-mail"), self.tr("Address"),
                    self.tr("What they offer"))
        self.errors = FieldErrors({})
        form = QFormLayout()
        for name, caption in zip(self.FIELDS, captions, strict=True):
            self.errors.add_row(form, caption, self.edits[name], name)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.new_button = QPushButton(self.tr("Add as a new partner"))
        self.remove_button = QPushButton(self.tr("Remove from the directory"))
        self.status = QLabel()
        buttons = FlowLayout()  # on two lines when the window is narrow
        buttons.addWidget(self.remove_button)
        buttons.add_stretch()
        buttons.add_widgets(self.new_button, self.save_button)
        editable = context.can(Permission.PARTNER_WRITE)
        for button in (self.save_button, self.new_button, self.remove_button):
            button.setVisible(editable)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        self.find_box = self.list.filter_box(self.tr("Find a partner (name, contact, phone…)"))
        finding = FlowLayout()
        finding.add_widgets(self.filter, stretching(self.find_box))
        layout.addLayout(finding)
        self.list.setMinimumHeight(120)  # a few partners in sight above the form, at 150 %
        layout.addWidget(self.list, 1)
        layout.addWidget(scrolling_layout(form))  # scrolls when the window is short
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.list.selectionModel().currentRowChanged.connect(lambda _new, _old: self._select())
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        # Read off the screen's thread (ui.operations): a newer read replaces one running.
        self._read: Query[list[Partner]] = Query(self, self.list.set_rows)
        self.refresh()
        context.events.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        """A partner added or changed in another window shows here at once."""
        if change.kind is ChangeKind.PARTNERS and change.origin is not self:
            self.refresh()

    def refresh(self) -> None:
        db, actor, kind = self.context.db, self.context.actor, self.filter.value()
        self._read.run(lambda: partners.list_partners(db, actor, kind))

    def _selected(self) -> Partner | None:
        return self.list.current()

    def _select(self) -> None:
        partner = self.list.current()
        if partner is None:
            return
        for name, widget in self.edits.items():
            value = getattr(partner, name) or ""
            if isinstance(widget, CodeCombo):
                widget.set_value(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)

    def _form(self) -> PartnerForm:
        values: dict[str, str | None] = {}
        for name, widget in self.edits.items():
            if isinstance(widget, CodeCombo):
                values[name] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText() or None
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text() or None
        return PartnerForm(name=values.pop("name") or "", kind=values.pop("kind") or "",
                           **values)

    def _save(self, partner: Partner | None) -> None:
        db, actor, form = self.context.db, self.context.actor, self._form()
        partner_id, version = (partner.id, partner.version) if partner else (None, None)
        write(self, lambda: partners.save_partner(db, actor, form, partner_id, version),
              lambda _saved: self._saved(), refused=under_fields(self),
              busy=self.save_button if partner else self.new_button)

    def _saved(self) -> None:
        self.status.setText(self.tr("Saved."))
        self.refresh()

    @reports_refusals
    def save(self) -> None:
        partner = self._selected()
        if partner is None:
            self.status.setText(self.tr("Choose a partner in the list, or add a new one."))
            return
        self._save(partner)

    @reports_refusals
    def add(self) -> None:
        self._save(None)

    @reports_refusals
    def remove(self) -> None:
        partner = self._selected()
        if partner is None:
            return
        db, actor, partner_id = self.context.db, self.context.actor, partner.id
        write(self, lambda: partners.remove_partner(db, actor, partner_id),
              lambda _removed: self.refresh())
