"""Services given: the common ones in two clicks (choose, then record), any other from the
list, each linked to a plan item if wanted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjeapp.core import clock
from cjeapp.core.casework import plans, service_records
from cjeapp.core.casework.service_records import COMMON_SERVICES, ServiceForm
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError, FieldError, ValidationError
from cjeapp.core.i18n import N_, msg
from cjeapp.core.locale_format import format_date
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors, error_label, show_error
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField


class ServicesTab(QWidget):
    def __init__(self, context: AppContext, client_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        types = codelist("service_types")
        quick = QGridLayout()
        self.quick_buttons: dict[str, QPushButton] = {}
        for index, code in enumerate(COMMON_SERVICES):
            button = QPushButton(types.label(code))
            button.clicked.connect(lambda _checked=False, c=code: self.choose(c))
            quick.addWidget(button, index // 2, index % 2)
            self.quick_buttons[code] = button
        self.service_type = CodeCombo.from_list("service_types", empty=False)
        self.volet = QLabel()
        self.delivered_on = DateField()
        self.delivered_on.set_value(clock.today())
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(30)
        self.minutes.setSuffix(" min")
        self.mode = CodeCombo([("individual", self.tr("Individual")),
                               ("group", self.tr("Group"))], empty=False)
        self.plan_item = CodeCombo([])
        self.notes = QLineEdit()
        labels = {name: error_label() for name in ("service_type", "delivered_on",
                                                    "duration_minutes", "mode", "notes")}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        for caption, widget, key in (
                (self.tr("Service"), self.service_type, "service_type"),
                (self.tr("PASI volet"), self.volet, None),
                (self.tr("Date"), self.delivered_on, "delivered_on"),
                (self.tr("Length"), self.minutes, "duration_minutes"),
                (self.tr("Individual or group"), self.mode, "mode"),
                (self.tr("Plan item (optional)"), self.plan_item, None),
                (self.tr("Notes"), self.notes, "notes")):
            form.addRow(caption, widget)
            if key:
                form.addRow("", labels[key])
        self.record_button = QPushButton(self.tr("Record the service"))
        self.record_button.setDefault(True)
        self.status = QLabel()
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Service"), self.tr("Volet"),
                                   self.tr("Length"), self.tr("By")])
        self.list.setColumnWidth(0, 120)
        self.list.setColumnWidth(1, 320)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Common services")))
        layout.addLayout(quick)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        self.service_type.currentIndexChanged.connect(lambda _index: self._show_volet())
        self.record_button.clicked.connect(self.record)
        context.events.changed.connect(self._on_changed)
        self._show_volet()
        self.refresh()

    def choose(self, code: str) -> None:
        """First click: the service is chosen with today's date; the second records it."""
        self.service_type.set_value(code)
        self.delivered_on.set_value(clock.today())
        self.record_button.setFocus()

    def _show_volet(self) -> None:
        code = self.service_type.value()
        entry = codelist("service_types").get(code or "")
        volet = str(entry.extra["volet"]) if entry else ""
        self.volet.setText(f"{volet} — {codelist('pasi_volets').label(volet)}" if volet else "")

    def refresh(self) -> None:
        current = self.plan_item.value()
        self.plan_item.clear()
        self.plan_item.addItem("—", None)
        for item in plans.plan_items(self.context.db, self.context.actor, self.client_id):
            if item.status in plans.OPEN_STATUSES:
                self.plan_item.addItem(item.goal, item.id)
        self.plan_item.set_value(current)
        self.list.clear()
        types = codelist("service_types")
        for row in service_records.services_of(self.context.db, self.context.actor,
                                               self.client_id):
            self.list.addTopLevelItem(QTreeWidgetItem([
                format_date(row.delivered_on, style="medium"), types.label(row.service_type),
                row.volet, f"{row.duration_minutes} min", row.staff or ""]))

    def record(self) -> None:
        self.errors.clear()
        try:
            day = self.delivered_on.value()
        except ValueError:
            self.errors.show(ValidationError([FieldError("delivered_on", msg(
                N_("Type the date as 1990-05-31 or 31/05/1990.")))]))
            return
        try:
            service_records.record_service(self.context.db, self.context.actor, self.client_id,
                                           ServiceForm(self.service_type.value() or "",
                                                       delivered_on=day,
                                                       duration_minutes=self.minutes.value(),
                                                       mode=self.mode.value() or "individual",
                                                       plan_item_id=self.plan_item.value(),
                                                       notes=self.notes.text()))
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            show_error(self, error)
            return
        self.notes.clear()
        self.status.setText(self.tr("Service recorded."))
        self.context.events.changed.emit("casework")

    def _on_changed(self, entity: str) -> None:
        if entity == "casework":
            self.refresh()
