"""Services given: the common ones in two clicks (choose, then record), any other from the
list, each linked to a plan item if wanted."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.casework import plans
from cjeapp.core.casework import service_records
from cjeapp.core.casework.service_records import COMMON_SERVICES
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.casework.service_records import ServiceRow
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import ValidationError
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.record_table import RecordTable


class ServicesTab(QWidget):
    def __init__(self, context: AppContext, client_id: ClientId,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        types = codelist("service_types")
        quick = FlowLayout()  # as many lines as the window's width needs
        self.quick_buttons: dict[str, QPushButton] = {}
        for code in COMMON_SERVICES:
            button = QPushButton(types.label(code))
            button.clicked.connect(lambda _checked=False, c=code: self.choose(c))
            quick.addWidget(button)
            self.quick_buttons[code] = button
        self.service_type = CodeCombo.from_list("service_types", empty=False)
        # long names are shortened in the closed list (whole when it opens): narrow at 150 %
        self.service_type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service_type.setMinimumContentsLength(24)
        self.volet = QLabel()
        self.volet.setWordWrap(True)
        self.delivered_on = DateField("delivered_on")
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
        self.errors = FieldErrors({})
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Service"), self.service_type, "service_type")
        self.errors.add_row(form, self.tr("PASI volet"), self.volet)
        self.errors.add_row(form, self.tr("Date"), self.delivered_on, "delivered_on")
        self.errors.add_row(form, self.tr("Length"), self.minutes, "duration_minutes")
        self.errors.add_row(form, self.tr("Individual or group"), self.mode, "mode")
        self.errors.add_row(form, self.tr("Plan item (optional)"), self.plan_item)
        self.errors.add_row(form, self.tr("Notes"), self.notes, "notes")
        self.record_button = QPushButton(self.tr("Record the service"))
        self.record_button.setDefault(True)
        self.status = QLabel()
        self.list: RecordTable[ServiceRow] = RecordTable([
            Column(self.tr("Date"), lambda s: format_date(s.delivered_on, style="medium"),
                   lambda s: s.delivered_on, width=120),
            Column(self.tr("Service"), lambda s: types.label(s.service_type), width=320),
            Column(self.tr("Volet"), lambda s: s.volet),
            Column(self.tr("Length"), lambda s: f"{s.duration_minutes} min",
                   lambda s: s.duration_minutes),
            Column(self.tr("By"), lambda s: s.staff or ""),
        ])
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
        self.delivered_on.editingFinished.connect(self._show_volet)
        self.record_button.clicked.connect(self.record)
        context.events.changed.connect(self._on_changed)
        self._volet: Query[str | None] = Query(self, self._volet_found)
        self._rows: Query[tuple[list[tuple[str, str]], list[ServiceRow]]] = Query(
            self, self._show)
        self._show_volet()
        self.refresh()

    def choose(self, code: str) -> None:
        """First click: the service is chosen with today's date; the second records it."""
        self.service_type.set_value(code)
        self.delivered_on.set_value(clock.today())
        self.record_button.setFocus()

    def _show_volet(self) -> None:
        """The volet the service will count under: the person's situation that day decides."""
        try:
            day = self.delivered_on.value() or clock.today()
        except ValidationError:
            day = clock.today()
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        service = self.service_type.value() or ""
        self._volet.run(lambda: service_records.volet_of(db, actor, client_id, service, day))

    def _volet_found(self, volet: str | None) -> None:
        self.volet.setText(f"{volet} — {codelist('pasi_volets').label(volet)}" if volet else "")

    def refresh(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        self._rows.run(lambda: (plans.open_items(db, actor, client_id),
                                service_records.services_of(db, actor, client_id)))

    def _show(self, found: tuple[list[tuple[str, str]], list[ServiceRow]]) -> None:
        self.plan_item.replace_choices(found[0])
        self.list.set_rows(found[1])

    @reports_refusals
    def record(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        form = ServiceForm(self.service_type.value() or "",
                           delivered_on=self.delivered_on.value(),
                           duration_minutes=self.minutes.value(),
                           mode=self.mode.value() or "individual",
                           plan_item_id=self.plan_item.value(), notes=self.notes.text())
        write(self, lambda: service_records.record_service(db, actor, client_id, form),
              self._recorded, refused=under_fields(self))

    def _recorded(self, _service: object) -> None:
        self.notes.clear()
        self.status.setText(self.tr("Service recorded."))

    def _on_changed(self, change: Change) -> None:
        if change.concerns(self.client_id) and change.kind is ChangeKind.CASEWORK:
            self.refresh()
