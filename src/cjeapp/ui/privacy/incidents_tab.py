"""The register of confidentiality incidents: every incident, whether or not it presents a
risk of serious injury, completed as it is handled, and exported as the Commission may ask
for it. A serious risk whose notices are not recorded yet is shown in red."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.locale_format import format_date
from cjeapp.core.privacy import incidents
from cjeapp.core.privacy.incidents import IncidentFilter
from cjeapp.core.privacy.incidents import IncidentForm
from cjeapp.core.privacy.incidents import IncidentRow
from cjeapp.ui.context import AppContext
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.flow_layout import stretching
from cjeapp.ui.widgets.layouts import beside
from cjeapp.ui.widgets.record_table import RecordTable

TEXTS = ("description", "circumstances", "personal_information", "risk_assessment",
         "notices_sent", "measures_taken")
DATES = ("discovered_on", "occurred_on", "commission_notified_on", "persons_notified_on")


class IncidentsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.serious_only = QCheckBox(self.tr("Risk of serious injury only"))
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("Words in the nature or the information"))
        self.table: RecordTable[IncidentRow] = RecordTable([
            Column(self.tr("Known on"), lambda r: format_date(r.discovered_on, style="medium"),
                   lambda r: r.discovered_on.isoformat(), width=110),
            Column(self.tr("Nature"), lambda r: r.description, width=260),
            Column(self.tr("People"), lambda r: "" if r.persons_affected is None
                   else str(r.persons_affected), lambda r: r.persons_affected or 0, width=70,
                   secondary=True),
            Column(self.tr("Serious risk"), lambda r: self.tr("Yes") if r.serious_injury_risk
                   else self.tr("No"), width=100),
            Column(self.tr("Notices"), self._notices, secondary=True),
        ], alert=lambda r: r.notices_missing)
        self.texts = {name: QPlainTextEdit() for name in TEXTS}
        for edit in self.texts.values():
            edit.setMaximumHeight(62)
            edit.setTabChangesFocus(True)
        self.texts["risk_assessment"].setPlaceholderText(self.tr(
            "Sensitivity of the information, how it may be misused, what the consequences "
            "could be"))
        self.dates = {name: DateField(name) for name in DATES}
        self.persons = QSpinBox()
        self.persons.setRange(0, 10_000_000)
        self.persons.setSpecialValueText(self.tr("unknown"))
        self.serious = QCheckBox(self.tr("The incident presents a risk of serious injury"))
        self.errors = FieldErrors({})
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow at 150 %
        rows = (("discovered_on", self.tr("Became known on"), self.dates["discovered_on"]),
                ("occurred_on", self.tr("Occurred on"), self.dates["occurred_on"]),
                ("description", self.tr("Nature of the incident"), self.texts["description"]),
                ("circumstances", self.tr("Circumstances"), self.texts["circumstances"]),
                ("personal_information", self.tr("Information concerned"),
                 self.texts["personal_information"]),
                ("persons_affected", self.tr("People concerned"), self.persons),
                ("serious_injury_risk", self.tr("Risk"), self.serious),
                ("risk_assessment", self.tr("Why (or why not)"), self.texts["risk_assessment"]),
                ("commission_notified_on", self.tr("Commission notified on"),
                 self.dates["commission_notified_on"]),
                ("persons_notified_on", self.tr("People notified on"),
                 self.dates["persons_notified_on"]),
                ("notices_sent", self.tr("Notices sent"), self.texts["notices_sent"]),
                ("measures_taken", self.tr("Measures taken"), self.texts["measures_taken"]))
        for field, caption, widget in rows:
            self.errors.add_row(form, caption, widget, field)
        self.new_button = QPushButton(self.tr("Record as a new incident"))
        self.save_button = QPushButton(self.tr("Save the changes"))
        self.clear_button = QPushButton(self.tr("Empty the form"))
        self.export_button = QPushButton(self.tr("Export the register (CSV)…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(form)
        buttons = FlowLayout()  # on two lines when the editor is narrow
        buttons.add_widgets(self.clear_button, self.new_button, self.save_button)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(self.status)
        editor_layout.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = FlowLayout()
        filters.add_widgets(stretching(self.words), self.serious_only)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(beside(left, editor))
        self.words.textChanged.connect(lambda _text: self.refresh())
        self.serious_only.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda _new, _old: self._load())
        self.new_button.clicked.connect(self.record)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        self.export_button.clicked.connect(self.export)
        # The register, read off the screen's thread (its reading is audited: on the writer).
        self._rows: Query[list[IncidentRow]] = Query(self, self.table.set_rows,
                                                     refused=under_fields(self), writes=True)
        self.clear()
        self.refresh()
        context.events.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        """What another window recorded in the register shows here at once."""
        if change.kind is ChangeKind.PRIVACY and change.origin is not self:
            self.refresh()

    def _notices(self, row: IncidentRow) -> str:
        if not row.serious_injury_risk:
            return self.tr("Not required")
        if row.notices_missing:
            return self.tr("To send")
        commission = row.commission_notified_on
        return self.tr("Sent on %1").replace(
            "%1", format_date(commission, style="medium") if commission else "")

    def which(self) -> IncidentFilter:
        return IncidentFilter(serious_only=self.serious_only.isChecked(),
                              text=self.words.text())

    @reports_refusals
    def refresh(self) -> None:
        db, actor, which = self.context.db, self.context.actor, self.which()
        self._rows.run(lambda: incidents.list_incidents(db, actor, which))

    def clear(self) -> None:
        self.table.clearSelection()
        self.current: IncidentRow | None = None
        for edit in self.texts.values():
            edit.clear()
        for field in self.dates.values():
            field.set_value(None)
        self.dates["discovered_on"].set_value(clock.today())
        self.persons.setValue(0)
        self.serious.setChecked(False)
        self.save_button.setEnabled(False)

    def _load(self) -> None:
        row = self.table.current()
        if row is None:
            return
        self.current = row
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(row, name) or "")
        for name, field in self.dates.items():
            field.set_value(getattr(row, name))
        self.persons.setValue(row.persons_affected or 0)
        self.serious.setChecked(row.serious_injury_risk)
        self.save_button.setEnabled(True)
        self.status.clear()

    def form(self) -> IncidentForm:
        texts = {name: edit.toPlainText() or None for name, edit in self.texts.items()}
        return IncidentForm(
            description=texts.pop("description") or "",
            discovered_on=self.dates["discovered_on"].required_value(),
            occurred_on=self.dates["occurred_on"].value(),
            commission_notified_on=self.dates["commission_notified_on"].value(),
            persons_notified_on=self.dates["persons_notified_on"].value(),
            persons_affected=self.persons.value() or None,
            serious_injury_risk=self.serious.isChecked(), **texts)

    @reports_refusals
    def record(self) -> None:
        db, actor, form = self.context.db, self.context.actor, self.form()
        write(self, lambda: incidents.record_incident(db, actor, form),
              lambda _row: self._recorded(), refused=under_fields(self),
              busy=self.new_button)

    def _recorded(self) -> None:
        self.refresh()
        self.clear()
        self.status.setText(self.tr("Incident recorded in the register."))

    @reports_refusals
    def save(self) -> None:
        if self.current is None:
            self.status.setText(self.tr("Choose an incident in the register first."))
            return
        db, actor, form, current = self.context.db, self.context.actor, self.form(), self.current
        write(self, lambda: incidents.update_incident(db, actor, current.id, form,
                                                      current.version),
              lambda _row: self._saved(), refused=under_fields(self))

    def _saved(self) -> None:
        self.refresh()
        self.clear()
        self.status.setText(self.tr("Changes saved."))

    @reports_refusals
    def export(self) -> None:
        db, actor, which = self.context.db, self.context.actor, self.which()
        write(self, lambda: incidents.register_csv(db, actor, which),  # the export is audited
              self._save_register, refused=under_fields(self))

    def _save_register(self, data: bytes) -> None:
        save_bytes(self, data, "registre-incidents.csv", self.tr("CSV file (*.csv)"))
