"""Short intake of a walk-in, with likely duplicates shown before a new file is created.
The fields the funder's package (the active profile) and the organization's policy require
are marked and asked; what the package will still say of the new file is told at the desk
(``warnings``), never a refusal."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.org import organization
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.people.typed_names import split_typed_name
from cjeapp.core.reception import visits
from cjeapp.core.reporting.funder_fields import asked_fields
from cjeapp.core.reporting.person_check import FileWarning
from cjeapp.core.reporting.person_check import check_form
from cjeapp.core.search import finder
from cjeapp.ui.client_file import funder_marks
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.client_tables import ClientHitsModel
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.client_table_view import ClientTableView
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.counsellor_combo import CounsellorCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.language_picker import LanguagePicker
from cjeapp.ui.window_size import open_at


class IntakeDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 initial_name: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.chosen_client_id: str | None = None
        self.warnings: list[FileWarning] = []  # what the package will say of the new file
        # What the funder's package asks, and this office's region: read off the screen's
        # thread (ui.operations), marked when they come.
        self.asked: tuple[str, ...] = ()
        self.open_file = False
        self._duplicates_shown_for: tuple[object, ...] | None = None
        self.setWindowTitle(self.tr("New person"))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        given, family = split_typed_name(initial_name)  # the desk searches by family name
        self.first_name.setText(given)
        self.last_name.setText(family)
        self.birth_date = DateField("birth_date")
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("418 555-0123")
        self.language = LanguagePicker()
        # What the funder's year-end package needs, asked now rather than at year-end.
        self.sex = CodeCombo.from_list("sexes")
        self.country_of_birth = CodeCombo.countries()
        self.region = CodeCombo.from_list("regions")
        self.category = CodeCombo.from_list("immigration_categories")
        self.arrival_date = DateField("arrival_date")
        self.counsellor = CounsellorCombo(context, everyone="—", preselect_self=False)
        self.gaps_reason = QLineEdit()
        self.gaps_reason.setPlaceholderText(self.tr(
            "e.g. prefers not to say; no interpreter today"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. help with the RAMQ card"))
        self.open_after = QCheckBox(self.tr("Open the file afterwards"))
        self.errors = FieldErrors({})
        form = QFormLayout()
        rows: tuple[tuple[str, QWidget], ...] = (
            ("first_name", self.first_name), ("last_name", self.last_name),
            ("birth_date", self.birth_date), ("phone", self.phone), ("languages", self.language),
            ("sex", self.sex), ("country_of_birth", self.country_of_birth),
            ("region_code", self.region), ("immigration_category", self.category),
            ("arrival_date", self.arrival_date), ("assigned_counsellor_id", self.counsellor),
            ("intake_gaps_reason", self.gaps_reason))
        self._rows = form
        self._fields = dict(rows)
        for field, widget in rows:
            self.errors.add_row(form, funder_marks.marked(field, self.asked), widget, field)
        self.errors.add_row(form, self.tr("Reason for the visit"), self.reason, "reason")

        self.duplicates_label = QLabel(self.tr(
            "These files may be the same person. Use one of them, or create a new file."))
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setStyleSheet("color: #8a4b00; font-weight: 600;")
        self.duplicate_hits = ClientHitsModel()
        self.duplicates = ClientTableView()
        self.duplicates.setModel(self.duplicate_hits)
        self.duplicates.setMinimumHeight(140)
        self.use_existing = QPushButton(self.tr("Use this file"))
        for hidden in (self.duplicates_label, self.duplicates, self.use_existing):
            hidden.hide()

        self.create_button = QPushButton(self.tr("Create the file"))
        cancel = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_after)
        buttons.addStretch(1)
        buttons.addWidget(self.use_existing)
        buttons.addWidget(cancel)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(funder_marks.legend())
        layout.addLayout(form)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates)
        layout.addLayout(buttons)
        # once in the dialog (not before): Enter presses it even after Tab went past
        # another button
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        self.use_existing.clicked.connect(self.use_selected)
        self.duplicates.open_requested.connect(lambda _id: self.use_selected())
        open_at(self, 620, 560)
        db, office = context.db, context.office_id
        self._asked: Query[tuple[tuple[str, ...], str | None]] = Query(self, self._mark)
        self._asked.run(lambda: (asked_fields(db), organization.office_region(db, office)))
        self._duplicates: Query[list[finder.ClientHit]] = Query(self, self._checked)
        self._waiting_for: tuple[object, ...] | None = None

    def _mark(self, found: tuple[tuple[str, ...], str | None]) -> None:
        self.asked, region = found
        for field, widget in self._fields.items():
            funder_marks.mark(widget, field, self.asked)
            label = self._rows.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(funder_marks.marked(field, self.asked))
        if region and self.region.value() is None:
            self.region.set_value(region)

    def _form(self) -> ClientForm:
        birth = self.birth_date.value()
        language = self.language.value()
        return ClientForm(first_name=self.first_name.text(), last_name=self.last_name.text(),
                          birth_date=birth, phone=self.phone.text() or None,
                          languages=[language] if language else [],
                          preferred_language="en" if language == "en" else "fr",
                          office_id=self.context.office_id, sex=self.sex.value(),
                          country_of_birth=self.country_of_birth.value(),
                          region_code=self.region.value(),
                          immigration_category=self.category.value(),
                          arrival_date=self.arrival_date.value(),
                          assigned_counsellor_id=self.counsellor.value(),
                          intake_gaps_reason=self.gaps_reason.text() or None)

    @reports_refusals
    def submit(self) -> None:
        form = self._form()
        clients.validate(form)
        if not self.reason.text().strip():
            raise ValidationError([FieldError("reason", msg(N_("This field is required.")))])
        key = (form.first_name, form.last_name, form.birth_date, form.phone)
        if self._duplicates_shown_for == key:
            self._create(form)
            return
        db, actor = self.context.db, self.context.actor
        self._waiting_for = key
        self.create_button.setEnabled(False)  # until the files alike are looked for
        self._duplicates.run(lambda: finder.likely_duplicates(
            db, actor, first_name=form.first_name, last_name=form.last_name,
            birth_date=form.birth_date, phone=form.phone))

    def _checked(self, found: list[finder.ClientHit]) -> None:
        self.create_button.setEnabled(True)
        key, self._waiting_for = self._waiting_for, None
        if key is None:
            return
        if found:
            self._show_duplicates(found, key)
            return
        self._hide_duplicates()  # what was typed since tells them apart
        self._create(self._form())

    def _create(self, form: ClientForm) -> None:
        """After the duplicates (an existing file may have it all): the file, what the
        package will say of it, and the person on the waiting list."""
        db, actor = self.context.db, self.context.actor

        def create() -> tuple[ClientId, list[FileWarning]]:
            clients.check_intake(form, asked_fields(db))
            client = clients.create_client(db, actor, form)
            return client.id, check_form(db, actor, form, client.id)

        self.create_button.setEnabled(False)
        write(self, create, self._created, refused=self._create_refused)

    def _created(self, made: tuple[ClientId, list[FileWarning]]) -> None:
        client_id, self.warnings = made
        self._finish(client_id)  # the file is made: the dialog closes with it

    def _create_refused(self, error: CjeError) -> None:
        self.create_button.setEnabled(True)
        under_fields(self)(error)

    def _show_duplicates(self, found: list[finder.ClientHit], key: tuple[object, ...]) -> None:
        self._duplicates_shown_for = key
        self.duplicate_hits.set_hits(found)
        self.duplicates.selectRow(0)
        for shown in (self.duplicates_label, self.duplicates, self.use_existing):
            shown.show()
        self.create_button.setText(self.tr("Create a new file anyway"))

    def _hide_duplicates(self) -> None:
        self.duplicate_hits.set_hits([])
        for hidden in (self.duplicates_label, self.duplicates, self.use_existing):
            hidden.hide()
        self.create_button.setText(self.tr("Create the file"))

    def use_selected(self) -> None:
        client_id = self.duplicates.current_client_id()
        if client_id:
            self._finish(client_id)

    def _finish(self, client_id: ClientId) -> None:
        """The file chosen among those alike: the person on the waiting list with it."""
        db, actor, office, reason = (self.context.db, self.context.actor,
                                     self.context.office_id, self.reason.text())

        def chosen(_visit: object = None) -> None:
            self.create_button.setEnabled(True)
            self.chosen_client_id = client_id
            self.open_file = self.open_after.isChecked()
            self.accept()

        def refused(error: CjeError) -> None:  # the file stays chosen all the same
            show_error(self, error)
            chosen()

        write(self, lambda: visits.check_in(db, actor, client_id, reason, office), chosen,
              refused=refused)
