"""The needs assessment: paste the MIFI referral, tick the needs, give each a priority and
notes, save, sign, and turn the needs into plan items in one click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QTextEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.casework import assessments
from cjeapp.core.casework import plans
from cjeapp.core.casework.assessments import AssessmentView
from cjeapp.core.casework.assessments import NeedInput
from cjeapp.core.casework.referral_details import Found
from cjeapp.core.casework.referral_details import details_in_text
from cjeapp.core.casework.referral_email import needs_in_text
from cjeapp.core.codelists import codelist
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_moment
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import error_label
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField


class NeedRow:
    def __init__(self, code: str, label: str) -> None:
        self.code = code
        self.check = QCheckBox(label)
        self.priority = CodeCombo.from_list("priorities", empty=False)
        self.priority.set_value("normal")
        self.notes = QLineEdit()
        for widget in (self.priority, self.notes):
            widget.setEnabled(False)
        self.check.toggled.connect(self.priority.setEnabled)
        self.check.toggled.connect(self.notes.setEnabled)

    def value(self) -> NeedInput | None:
        if not self.check.isChecked():
            return None
        return NeedInput(self.code, self.priority.value() or "normal",
                         self.notes.text().strip() or None)


class AssessmentTab(QWidget):
    details_found = Signal(object)  # list[Found]: the person's details the e-mail gives

    def __init__(self, context: AppContext, client_id: ClientId,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.assessment_id: str | None = None
        self.signed = False
        self.source = QPlainTextEdit()
        self.source.setPlaceholderText(self.tr(
            "Paste the MIFI referral e-mail here, then tick the needs it lists."))
        self.source.setMaximumHeight(90)
        self.read_button = QPushButton(self.tr("Read the e-mail"))
        self.read_button.setToolTip(self.tr(
            "Ticks the needs the e-mail names and highlights the person's details it gives "
            "on labelled lines (name, MIFI number, date of birth, phone, languages…), to "
            "copy into the file after checking them."))
        self.read_button.clicked.connect(self.read_email)
        self.assessed_on = DateField("assessed_on")
        self.state = QLabel()
        self.state.setWordWrap(True)
        grid = QGridLayout()
        self.rows: dict[str, NeedRow] = {}
        needs = codelist("needs")
        line = 0
        for category in codelist("need_categories").codes:
            heading = QLabel(category.label())
            heading.setStyleSheet("font-weight: 600; margin-top: 6px;")
            grid.addWidget(heading, line, 0, 1, 3)
            line += 1
            for entry in needs.codes:
                if entry.extra.get("category") != category.code:
                    continue
                row = NeedRow(entry.code, entry.label())
                self.rows[entry.code] = row
                grid.addWidget(row.check, line, 0)
                grid.addWidget(row.priority, line, 1)
                grid.addWidget(row.notes, line, 2)
                line += 1
        grid.setColumnStretch(2, 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        labels = {name: error_label() for name in ("needs", "assessed_on", "notes")}
        self.errors = FieldErrors(labels)
        self.save_button = QPushButton(self.tr("Save the assessment"))
        self.sign_button = QPushButton(self.tr("Sign"))
        self.new_button = QPushButton(self.tr("New assessment"))
        self.plan_button = QPushButton(self.tr("Add these needs to the action plan"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Assessed on")))
        top.addWidget(self.assessed_on)
        top.addWidget(self.state, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        pasted = QHBoxLayout()
        pasted.addWidget(self.source, 1)
        pasted.addWidget(self.read_button)
        layout.addLayout(pasted)
        layout.addLayout(top)
        layout.addWidget(labels["assessed_on"])
        layout.addWidget(scroll, 1)
        layout.addWidget(labels["needs"])
        layout.addWidget(labels["notes"])
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign)
        self.new_button.clicked.connect(self.start_new)
        self.plan_button.clicked.connect(self.to_plan)
        self._latest: Query[AssessmentView | None] = Query(self, self._show)
        self.load()

    def load(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        self._latest.run(lambda: assessments.latest_assessment(db, actor, client_id))

    def _show(self, view: AssessmentView | None) -> None:
        for row in self.rows.values():
            row.check.setChecked(False)
            row.priority.set_value("normal")
            row.notes.clear()
        if view is None:
            self.start_new()
            return
        self.assessment_id = view.assessment.id
        self.signed = view.assessment.signed_at is not None
        self.assessed_on.set_value(view.assessment.assessed_on)
        self.source.setPlainText(view.assessment.source_text or "")
        for need in view.needs:
            found = self.rows.get(need.need_code)
            if found:
                found.check.setChecked(True)
                found.priority.set_value(need.priority)
                found.notes.setText(need.notes or "")
        self._show_state(view.assessment.signed_at)

    def start_new(self) -> None:
        self.assessment_id = None
        self.signed = False
        self.assessed_on.set_value(clock.today())
        self.source.clear()
        for row in self.rows.values():
            row.check.setChecked(False)
        self._show_state(None)
        self.state.setText(self.tr("New assessment, not saved yet."))

    def _show_state(self, signed_at: object) -> None:
        editable = not self.signed
        for row in self.rows.values():
            row.check.setEnabled(editable)
            row.priority.setEnabled(editable and row.check.isChecked())
            row.notes.setEnabled(editable and row.check.isChecked())
        self.source.setReadOnly(not editable)
        self.read_button.setEnabled(editable)
        self.assessed_on.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        self.sign_button.setEnabled(editable and self.assessment_id is not None)
        self.plan_button.setEnabled(self.assessment_id is not None)
        if self.signed and signed_at is not None:
            self.state.setText(self.tr("Signed %1; a signed assessment no longer changes.")
                               .replace("%1", format_moment(signed_at)))  # type: ignore[arg-type]
        elif self.assessment_id:
            self.state.setText(self.tr("Saved, not signed yet."))

    def read_email(self) -> list[Found]:
        """Tick the needs the e-mail names, highlight the details it gives and offer them
        to the file (``details_found``)."""
        self.tick_named_needs()
        text = self.source.toPlainText()
        found = details_in_text(text)
        self.source.setExtraSelections([self._highlight(text, detail) for detail in found])
        if found:
            self.details_found.emit(found)
        return found

    def _highlight(self, text: str, detail: Found) -> QTextEdit.ExtraSelection:
        def position(index: int) -> int:  # Qt counts UTF-16 units
            return len(text[:index].encode("utf-16-le")) // 2

        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(QColor("#fff1a8"))
        cursor = QTextCursor(self.source.document())
        cursor.setPosition(position(detail.start))
        cursor.setPosition(position(detail.end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        return selection

    def tick_named_needs(self) -> None:
        """Tick what the pasted e-mail names; ticks already made stay."""
        named = [code for code in needs_in_text(self.source.toPlainText()) if code in self.rows]
        for code in named:
            self.rows[code].check.setChecked(True)
        self.state.setText(
            self.tr("Needs found in the e-mail and ticked: %1. Check them, then save.")
            .replace("%1", str(len(named))) if named else
            self.tr("No need named in the e-mail was recognized; tick them by hand."))

    def needs(self) -> list[NeedInput]:
        return [need for row in self.rows.values() if (need := row.value()) is not None]

    def _saving(self) -> Callable[[], AssessmentView]:
        """The form as it reads now, saved when the work returned is run (on the writer)."""
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        day, needs = self.assessed_on.value() or clock.today(), self.needs()
        source, assessment_id = self.source.toPlainText(), self.assessment_id
        return lambda: assessments.save_assessment(
            db, actor, client_id, assessed_on=day, needs=needs, source_text=source,
            assessment_id=assessment_id)

    @reports_refusals
    def save(self) -> None:
        write(self, self._saving(), self._saved, refused=under_fields(self),
              busy=self.save_button)

    def _saved(self, view: AssessmentView) -> None:
        self.assessment_id = view.assessment.id
        self._show_state(None)

    @reports_refusals
    def sign(self) -> None:
        """Saved as it reads, then signed, one after the other on the writer."""
        if self.assessment_id is None:
            return
        db, actor, saving = self.context.db, self.context.actor, self._saving()

        def save_and_sign() -> None:
            assessments.sign_assessment(db, actor, saving().assessment.id)

        write(self, save_and_sign, lambda _signed: self.load(), refused=under_fields(self))

    @reports_refusals
    def to_plan(self) -> None:
        """The needs made plan items; an assessment not signed is saved as it reads first."""
        if self.assessment_id is None:
            return
        db, actor, assessment_id = self.context.db, self.context.actor, self.assessment_id
        saving = None if self.signed else self._saving()

        def save_and_plan() -> tuple[AssessmentView | None, int]:
            view = saving() if saving is not None else None
            return view, len(plans.items_from_assessment(db, actor, assessment_id))

        write(self, save_and_plan, self._planned, refused=under_fields(self))

    def _planned(self, done: tuple[AssessmentView | None, int]) -> None:
        view, created = done
        if view is not None:
            self._saved(view)
        self.state.setText(self.tr("%n item(s) added to the action plan.", "", created))
