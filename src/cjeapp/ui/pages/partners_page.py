"""Partenaires: the directory of partner organizations, with contacts and what they offer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjeapp.core.casework import partners
from cjeapp.core.casework.partners import PartnerForm
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError, ConflictError, ValidationError
from cjeapp.core.models import Partner
from cjeapp.core.permissions import Permission
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors, error_label, show_error
from cjeapp.ui.widgets.code_combo import CodeCombo


class PartnersPage(QWidget):
    FIELDS = ("name", "kind", "contact_person", "phone", "email", "address", "offers")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: dict[str, Partner] = {}
        heading = QLabel(self.tr("Partners"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.filter = CodeCombo.from_list("partner_kinds")
        self.filter.setItemText(0, self.tr("All kinds"))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Contact"),
                                   self.tr("Phone"), self.tr("E-mail")])
        for column, width in enumerate((300, 240, 180, 120)):
            self.list.setColumnWidth(column, width)
        self.edits: dict[str, QWidget] = {
            "name": QLineEdit(), "kind": CodeCombo.from_list("partner_kinds"),
            "contact_person": QLineEdit(), "phone": QLineEdit(), "email": QLineEdit(),
            "address": QLineEdit(), "offers": QPlainTextEdit()}
        self.edits["offers"].setMaximumHeight(70)
        captions = (self.tr("Name"), self.tr("Kind"), self.tr("Contact person"),
                    self.tr("Phone"), self.tr("E-mail"), self.tr("Address"),
                    self.tr("What they offer"))
        labels = {name: error_label() for name in self.FIELDS}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        for name, caption in zip(self.FIELDS, captions, strict=True):
            form.addRow(caption, self.edits[name])
            form.addRow("", labels[name])
        self.save_button = QPushButton(self.tr("Save changes"))
        self.new_button = QPushButton(self.tr("Add as a new partner"))
        self.remove_button = QPushButton(self.tr("Remove from the directory"))
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        editable = context.can(Permission.PARTNER_WRITE)
        for button in (self.save_button, self.new_button, self.remove_button):
            button.setVisible(editable)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.list.currentItemChanged.connect(lambda current, _old: self._select(current))
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.rows = {}
        kinds = codelist("partner_kinds")
        for partner in partners.list_partners(self.context.db, self.context.actor,
                                              self.filter.value()):
            self.rows[partner.id] = partner
            item = QTreeWidgetItem([partner.name, kinds.label(partner.kind),
                                    partner.contact_person or "", partner.phone or "",
                                    partner.email or ""])
            item.setData(0, 256, partner.id)
            self.list.addTopLevelItem(item)

    def _selected(self) -> Partner | None:
        item = self.list.currentItem()
        return self.rows.get(str(item.data(0, 256))) if item else None

    def _select(self, item: QTreeWidgetItem | None) -> None:
        partner = self.rows.get(str(item.data(0, 256))) if item else None
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
        self.errors.clear()
        try:
            partners.save_partner(self.context.db, self.context.actor, self._form(),
                                  partner.id if partner else None,
                                  partner.version if partner else None)
        except ValidationError as error:
            self.errors.show(error)
            return
        except ConflictError as error:
            self.status.setText(str(error))
            return
        except CjeError as error:
            show_error(self, error)
            return
        self.status.setText(self.tr("Saved."))
        self.refresh()
        self.context.events.changed.emit("partners")

    def save(self) -> None:
        partner = self._selected()
        if partner is None:
            self.status.setText(self.tr("Choose a partner in the list, or add a new one."))
            return
        self._save(partner)

    def add(self) -> None:
        self._save(None)

    def remove(self) -> None:
        partner = self._selected()
        if partner is None:
            return
        try:
            partners.remove_partner(self.context.db, self.context.actor, partner.id)
        except CjeError as error:
            show_error(self, error)
            return
        self.refresh()
