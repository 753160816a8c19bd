"""Transport et logement: the team's transport rules (edited by the coordinator), the
monthly mileage for reimbursement, and the transport and housing figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.codelists import codelist
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_money
from cjeapp.core.locale_format import format_number
from cjeapp.core.models import TransportRule
from cjeapp.core.permissions import Permission
from cjeapp.core.transport_housing import housing
from cjeapp.core.transport_housing import transport
from cjeapp.core.transport_housing import transport_trips
from cjeapp.core.transport_housing.housing import HousingFigures
from cjeapp.core.transport_housing.transport import RuleForm
from cjeapp.core.transport_housing.transport_trips import MileageRow
from cjeapp.core.transport_housing.transport_trips import TransportFigures
from cjeapp.core.transport_housing.transport_trips import TripLine
from cjeapp.ui.context import AppContext
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.models.tones import DECISION_TONES
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.layouts import scrolling_layout
from cjeapp.ui.widgets.record_table import RecordTable
from cjeapp.ui.widgets.remembered_columns import RememberedColumns


class TransportPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Read off the screen's thread (ui.operations); a newer read replaces one running.
        self._keep_rule: str | None = None  # the rule to select again once the rules are read
        self._rules_read: Query[list[TransportRule]] = Query(self, self._show_rules)
        self._mileage_read: Query[tuple[list[MileageRow], list[TripLine]]] = Query(
            self, self._show_mileage)
        self._figures_read: Query[tuple[TransportFigures, HousingFigures]] = Query(
            self, self._show_figures)
        self._document: Query[tuple[bytes, str, str]] = Query(self, self._save_document)
        heading = page_heading(self.tr("Transport and housing"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._rules_tab(), self.tr("Transport rules"))
        self.tabs.addTab(self._mileage_tab(), self.tr("Mileage"))
        self.tabs.addTab(self._figures_tab(), self.tr("Figures"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.refresh_rules()
        self.refresh_mileage()
        self.refresh_figures()
        context.events.delivered.connect(self._on_delivered)

    def _on_delivered(self, changes: tuple[Change, ...]) -> None:
        """Requests, trips and housing searches recorded in a file, a rule or the rate
        changed elsewhere: shown at once, once per action, and only what they change — the
        rules and the rate are settings, the trips and the searches case work, the names
        on the mileage the staff's."""
        kinds = {change.kind for change in changes}
        if ChangeKind.SETTINGS in kinds and not all(c.origin is self for c in changes):
            self.refresh_rules(rule.id if (rule := self._selected_rule()) else None)
        if kinds & {ChangeKind.CASEWORK, ChangeKind.SETTINGS, ChangeKind.USERS}:
            self.refresh_mileage()
        if ChangeKind.CASEWORK in kinds:
            self.refresh_figures()

    # -- rules ---------------------------------------------------------------------------
    def _rules_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("Rules are read from the top; the first that fits a request "
                               "proposes the decision. The counsellor confirms it or decides "
                               "otherwise with a reason."))
        intro.setWordWrap(True)
        destinations = codelist("transport_destinations")
        decisions = codelist("transport_decisions")
        self.rules: RecordTable[TransportRule] = RecordTable([
            Column(self.tr("#"), lambda r: str(r.position), width=40),
            Column(self.tr("Rule"), lambda r: r.name + ("" if r.active else self.tr(" (off)")),
                   width=330),
            Column(self.tr("Destination"), lambda r: destinations.label(r.destination_kind)
                   if r.destination_kind else self.tr("Any"), width=170),
            Column(self.tr("Conditions"), self._conditions_text, width=220),
            Column(self.tr("Decision"), lambda r: decisions.label(r.decision),
                   tone=lambda r: DECISION_TONES.get(r.decision)),
        ], sortable=False)  # the order of the rules is what they mean
        self.rule_name = QLineEdit()
        self.rule_destination = CodeCombo.from_list("transport_destinations")
        self.rule_destination.setItemText(0, self.tr("Any destination"))
        self.rule_first = QCheckBox(self.tr("Only the person's first request there"))
        self.rule_presence = QComboBox()
        self.rule_presence.addItem(self.tr("Counsellor's presence: either"), None)
        self.rule_presence.addItem(self.tr("Only when the counsellor must attend"), True)
        self.rule_presence.addItem(self.tr("Only when the counsellor need not attend"), False)
        self.rule_decision = CodeCombo.from_list("transport_decisions", empty=False)
        self.rule_explanation = QLineEdit()
        self.rule_active = QCheckBox(self.tr("In force"))
        self.rule_active.setChecked(True)
        self.errors = FieldErrors({})
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Rule"), self.rule_name, "name")
        self.errors.add_row(form, self.tr("Destination"), self.rule_destination,
                            "destination_kind")
        self.errors.add_row(form, "", self.rule_first)
        self.errors.add_row(form, "", self.rule_presence)
        self.errors.add_row(form, self.tr("Decision"), self.rule_decision, "decision")
        self.errors.add_row(form, self.tr("Explanation"), self.rule_explanation, "explanation")
        self.errors.add_row(form, "", self.rule_active)
        self.up_button = QPushButton("▲")
        self.down_button = QPushButton("▼")
        self.save_rule_button = QPushButton(self.tr("Save the rule"))
        self.add_rule_button = QPushButton(self.tr("Add as a new rule"))
        self.rule_status = QLabel()
        for arrow in (self.up_button, self.down_button):
            arrow.setMaximumWidth(48)
        buttons = FlowLayout()  # on two lines when the window is narrow
        buttons.add_widgets(self.up_button, self.down_button)
        buttons.add_stretch()
        buttons.add_widgets(self.add_rule_button, self.save_rule_button)
        editable = self.context.can(Permission.TRANSPORT_RULES)
        for button in (self.up_button, self.down_button, self.save_rule_button,
                       self.add_rule_button):
            button.setEnabled(editable)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.rules, 1)
        layout.addLayout(buttons)
        layout.addWidget(scrolling_layout(form))  # scrolls when the window is short
        layout.addWidget(self.rule_status)
        self.rules.selectionModel().currentRowChanged.connect(
            lambda _new, _old: self._select_rule())
        self.up_button.clicked.connect(lambda: self.move_rule(-1))
        self.down_button.clicked.connect(lambda: self.move_rule(1))
        self.save_rule_button.clicked.connect(self.save_rule)
        self.add_rule_button.clicked.connect(self.add_rule)
        return page

    def _conditions_text(self, rule: TransportRule) -> str:
        wanted = transport.conditions(rule)
        parts = []
        if wanted.get("first_request_only"):
            parts.append(self.tr("first request"))
        if "counsellor_presence_needed" in wanted:
            parts.append(self.tr("counsellor attends") if wanted["counsellor_presence_needed"]
                         else self.tr("counsellor need not attend"))
        return ", ".join(parts)

    def refresh_rules(self, keep: str | None = None) -> None:
        self._keep_rule = keep
        db, actor = self.context.db, self.context.actor
        self._rules_read.run(lambda: transport.rules(db, actor))

    def _show_rules(self, rules: list[TransportRule]) -> None:
        self.rules.set_rows(rules)
        keep, self._keep_rule = self._keep_rule, None
        if keep is not None:
            self.rules.select_where(lambda rule: rule.id == keep)

    def _selected_rule(self) -> TransportRule | None:
        return self.rules.current()

    def _select_rule(self) -> None:
        rule = self.rules.current()
        if rule is None:
            return
        wanted = transport.conditions(rule)
        self.rule_name.setText(rule.name)
        self.rule_destination.set_value(rule.destination_kind)
        self.rule_first.setChecked(bool(wanted.get("first_request_only")))
        self.rule_presence.setCurrentIndex(
            self.rule_presence.findData(wanted.get("counsellor_presence_needed")))
        self.rule_decision.set_value(rule.decision)
        self.rule_explanation.setText(rule.explanation or "")
        self.rule_active.setChecked(rule.active)

    @reports_refusals
    def save_rule(self) -> None:
        rule = self._selected_rule()
        if rule is None:
            self.rule_status.setText(self.tr("Choose a rule in the list first."))
            return
        self._save_rule(rule.id)

    @reports_refusals
    def add_rule(self) -> None:
        self._save_rule(None)

    def _save_rule(self, rule_id: str | None) -> None:
        presence = self.rule_presence.currentData()
        form = RuleForm(name=self.rule_name.text(), decision=self.rule_decision.value() or "",
                        destination_kind=self.rule_destination.value(),
                        first_request_only=self.rule_first.isChecked(),
                        counsellor_presence_needed=None if presence is None else bool(presence),
                        explanation=self.rule_explanation.text(),
                        active=self.rule_active.isChecked())
        db, actor = self.context.db, self.context.actor
        write(self, lambda: transport.save_rule(db, actor, form, rule_id), self._rule_saved,
              refused=under_fields(self),
              busy=self.save_rule_button if rule_id else self.add_rule_button)

    def _rule_saved(self, saved: TransportRule) -> None:
        self.rule_status.setText(self.tr("Rule saved; it applies to the next requests."))
        self.refresh_rules(saved.id)

    def move_rule(self, step: int) -> None:
        rule = self._selected_rule()
        if rule is None:
            return
        db, actor, rule_id = self.context.db, self.context.actor, rule.id
        write(self, lambda: transport.move_rule(db, actor, rule_id, step),
              lambda _moved: self.refresh_rules(rule_id))

    # -- mileage -------------------------------------------------------------------------
    def _mileage_tab(self) -> QWidget:
        page = QWidget()
        self.month = QComboBox()
        today = clock.today().replace(day=1)
        for back in range(12):
            year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
            first = date(year, month + 1, 1)
            self.month.addItem(first.strftime("%Y-%m"), first)
        self.mileage: RecordTable[MileageRow] = RecordTable([
            Column(self.tr("Staff member"), lambda m: m.staff_name, width=240),
            Column(self.tr("Trips"), lambda m: format_number(m.trips), lambda m: m.trips,
                   width=80),
            Column(self.tr("Kilometres"), lambda m: format_number(m.kilometres),
                   lambda m: m.kilometres, width=110),
            Column(self.tr("With an own car (km)"), lambda m: format_number(m.own_car_kilometres),
                   lambda m: m.own_car_kilometres, width=230),
            Column(self.tr("To reimburse"), lambda m: format_money(m.amount)
                   if m.amount is not None else self.tr("no rate set"),
                   lambda m: m.amount if m.amount is not None else Decimal(-1)),
        ])
        vehicles = {"own_car": self.tr("Own car"), "organization": self.tr("Organization")}
        self.trips: RecordTable[TripLine] = RecordTable([
            Column(self.tr("Date"), lambda t: format_date(t.trip_date, style="medium"),
                   lambda t: t.trip_date, width=110),
            Column(self.tr("Staff member"), lambda t: t.staff_name, width=170),
            Column(self.tr("Destination"), lambda t: t.destination, width=170),
            Column(self.tr("Vehicle"), lambda t: vehicles.get(t.vehicle, t.vehicle), width=110),
            Column(self.tr("Km"), lambda t: format_number(t.kilometres), lambda t: t.kilometres,
                   width=60),
            Column(self.tr("Rate"), lambda t: format_money(t.rate) if t.rate is not None
                   else "—", width=70),
            Column(self.tr("Amount"), lambda t: format_money(t.amount) if t.amount is not None
                   else "—"),
        ])
        self.mileage_pdf_button = QPushButton(self.tr("Mileage (PDF)…"))
        self.mileage_xlsx_button = QPushButton(self.tr("Mileage (spreadsheet)…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.mileage_pdf_button)
        top.addWidget(self.mileage_xlsx_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.mileage, 1)
        trips_title = QLabel(self.tr("Trips of the month (own car at the rate set in "
                                     "Paramètres for each day)"))
        trips_title.setWordWrap(True)
        layout.addWidget(trips_title)
        layout.addWidget(self.trips, 2)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh_mileage())
        self.mileage_pdf_button.clicked.connect(lambda: self.save_mileage("pdf"))
        self.mileage_xlsx_button.clicked.connect(lambda: self.save_mileage("xlsx"))
        return page

    def selected_month(self) -> date:
        value = self.month.currentData()
        return value if isinstance(value, date) else clock.today().replace(day=1)

    def refresh_mileage(self) -> None:
        month, db, actor = self.selected_month(), self.context.db, self.context.actor
        self._mileage_read.run(lambda: (transport_trips.mileage(db, actor, month),
                                        transport_trips.trips_of_month(db, actor, month)))

    def _show_mileage(self, read: tuple[list[MileageRow], list[TripLine]]) -> None:
        mileage, trips = read
        self.mileage.set_rows(mileage)
        self.trips.set_rows(trips)

    def save_mileage(self, kind: str) -> None:
        """The month's mileage drafted on a worker, then offered to be saved."""
        month, db, actor = self.selected_month(), self.context.db, self.context.actor
        if kind == "pdf":
            self._document.run(lambda: (transport_trips.mileage_pdf(db, actor, month),
                                        f"kilometrage-{month:%Y-%m}.pdf", "PDF (*.pdf)"))
        else:
            self._document.run(lambda: (transport_trips.mileage_xlsx(db, actor, month),
                                        f"kilometrage-{month:%Y-%m}.xlsx", "Excel (*.xlsx)"))

    def _save_document(self, document: tuple[bytes, str, str]) -> None:
        data, name, filter_ = document
        save_bytes(self, data, name, filter_)

    # -- figures -------------------------------------------------------------------------
    def _figures_tab(self) -> QWidget:
        page = QWidget()
        self.figures = QTreeWidget()
        RememberedColumns(self.figures)  # widths the person gave, kept on this PC
        self.figures.setHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.figures.setColumnWidth(0, 420)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("The last twelve months")))
        layout.addWidget(self.figures, 1)
        return page

    def refresh_figures(self) -> None:
        db, actor = self.context.db, self.context.actor
        last = clock.today()
        first = date(last.year - 1, last.month, 1)
        self._figures_read.run(lambda: (transport_trips.figures(db, actor, first, last),
                                        housing.figures(db, actor, first, last)))

    def _show_figures(self, read: tuple[TransportFigures, HousingFigures]) -> None:
        moved, lodging = read
        self.figures.clear()
        decisions = codelist("transport_decisions")
        destinations = codelist("transport_destinations")
        groups: tuple[tuple[str, list[tuple[str, int]]], ...] = (
            (self.tr("Transport requests per month"), list(moved.per_month.items())),
            (self.tr("Decisions"), [(decisions.label(k), v) for k, v in moved.decisions.items()]
             + [(self.tr("To decide"), moved.undecided)]),
            (self.tr("By destination"),
             [(destinations.label(k), v) for k, v in moved.by_destination.items()]))
        for title, counts in groups:
            node = QTreeWidgetItem([title])
            for label, count in counts:
                node.addChild(QTreeWidgetItem([label, format_number(count)]))
            self.figures.addTopLevelItem(node)
        node = QTreeWidgetItem([self.tr("Housing")])
        for label, value in (
                (self.tr("Open searches"), format_number(lodging.open_searches)),
                (self.tr("Leases signed"), format_number(lodging.leases)),
                (self.tr("Searches abandoned"), format_number(lodging.abandoned)),
                (self.tr("Median days to a lease"),
                 format_number(lodging.median_days_to_lease)
                 if lodging.median_days_to_lease is not None else "—")):
            node.addChild(QTreeWidgetItem([label, value]))
        self.figures.addTopLevelItem(node)
        self.figures.expandAll()
