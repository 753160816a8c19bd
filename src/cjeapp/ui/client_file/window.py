"""One window per person: identity, immigration, household, languages, consents,
counsellor, confidential notes and the timeline."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.casework.referral_details import Found
from cjeapp.core.changes import Change
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ConflictError
from cjeapp.core.errors import ValidationError
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import language_name
from cjeapp.core.models import Client
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting.funder_fields import asked_fields
from cjeapp.core.reporting.person_check import FileWarning
from cjeapp.core.reporting.person_check import check_form
from cjeapp.ui.client_file import funder_marks
from cjeapp.ui.client_file.appointments_tab import AppointmentsTab
from cjeapp.ui.client_file.assessment_tab import AssessmentTab
from cjeapp.ui.client_file.consents_tab import ConsentsTab
from cjeapp.ui.client_file.documents_tab import DocumentsTab
from cjeapp.ui.client_file.field_captions import caption
from cjeapp.ui.client_file.form_fields import FieldGroup
from cjeapp.ui.client_file.household_tab import HouseholdTab
from cjeapp.ui.client_file.housing_tab import HousingTab
from cjeapp.ui.client_file.notes_tab import NotesTab
from cjeapp.ui.client_file.plan_tab import PlanTab
from cjeapp.ui.client_file.profile_tabs import ProfilePages
from cjeapp.ui.client_file.referrals_tab import ReferralsTab
from cjeapp.ui.client_file.services_tab import ServicesTab
from cjeapp.ui.client_file.timeline_tab import TimelineTab
from cjeapp.ui.client_file.transport_tab import TransportTab
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.referral_details_dialog import ReferralDetailsDialog
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import show_error
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.side_tabs import SideTabs
from cjeapp.ui.window_size import open_at

_Opened = tuple[Client, ClientForm, list[FileWarning], tuple[str, ...]]


class ClientFileWindow(QWidget):
    closed = Signal(str)

    def __init__(self, context: AppContext, client_id: ClientId,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.client_id = client_id
        self.version = 0
        self._loaded_values: dict[str, Any] = {}
        self._discard_armed = False
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.header.setWordWrap(True)
        self.subheader = QLabel()
        self.group = FieldGroup()
        self.tabs = SideTabs()
        self.profile = ProfilePages(self, context, self.group)
        self._page_of_field: dict[str, int] = {}
        for title, page in self.profile.pages:
            index = self.tabs.addTab(page, title)
            for name, bound in self.group.fields.items():
                if page.isAncestorOf(bound.widget):
                    self._page_of_field[name] = index
        self.errors = FieldErrors(self.group.errors)
        self.assessment: AssessmentTab | None = None
        self.plan: PlanTab | None = None
        self.services: ServicesTab | None = None
        self.referrals: ReferralsTab | None = None
        self.transport: TransportTab | None = None
        self.housing: HousingTab | None = None
        if context.can(Permission.CASEWORK_WRITE):
            self.assessment = AssessmentTab(context, client_id)
            self.tabs.addTab(self.assessment, self.tr("Needs assessment"))
            self.assessment.details_found.connect(self.review_referral_details)
            self.plan = PlanTab(context, client_id)
            self.tabs.addTab(self.plan, self.tr("Action plan"))
            self.services = ServicesTab(context, client_id)
            self.tabs.addTab(self.services, self.tr("Services"))
            self.referrals = ReferralsTab(context, client_id)
            self.tabs.addTab(self.referrals, self.tr("Referrals"))
            self.transport = TransportTab(context, client_id)
            self.tabs.addTab(self.transport, self.tr("Transport"))
            self.housing = HousingTab(context, client_id)
            self.tabs.addTab(self.housing, self.tr("Housing"))
            self.housing.furniture_requested.connect(self._refer_for_furniture)
        self.appointments = AppointmentsTab(context, client_id)
        self.tabs.addTab(self.appointments, self.tr("Appointments and requests"))
        self.documents = DocumentsTab(context, client_id)
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.household = HouseholdTab(context, client_id)
        self.tabs.addTab(self.household, self.tr("Household"))
        self.consents = ConsentsTab(context, client_id)
        self.tabs.addTab(self.consents, self.tr("Consents"))
        self.notes: NotesTab | None = None
        if context.can(Permission.CONFIDENTIAL_READ):
            self.notes = NotesTab(context, client_id)
            self.tabs.addTab(self.notes, self.tr("Confidential notes"))
        self.timeline = TimelineTab(context, client_id)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        # What the funder's package will say of this person (never a refusal to save).
        self.funder_warnings = funder_marks.warning_label()
        self.funder_warnings.linkActivated.connect(self.focus_field)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(context.can(Permission.CLIENT_WRITE))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.subheader)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.funder_warnings)
        layout.addLayout(bottom)
        self.save_button.clicked.connect(self.save)
        profile_count = len(self.profile.pages)
        self.tabs.list.currentRowChanged.connect(
            lambda row: self.save_button.setVisible(row < profile_count))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.escape)
        open_at(self, 1060, 660)
        context.events.changed.connect(self._on_changed)
        # Read off the screen's thread (ui.operations): the window opens at once and its
        # fields fill when the file comes; Save waits for it.
        self._loaded_values = self.group.read()[0]
        self._file: Query[_Opened] = Query(self, self._show_file)
        self._funder_check: Query[list[FileWarning]] = Query(self, self._show_funder_check)
        self._saving = False  # a save asked, not answered yet
        self.save_button.setEnabled(False)
        self.load()

    def _refer_for_furniture(self) -> None:
        if self.referrals is not None:
            self.tabs.setCurrentWidget(self.referrals)
            self.referrals.reason.setText(self.tr("Furniture"))
            self.referrals.partner.setFocus()

    def review_referral_details(self, found: list[Found]) -> ReferralDetailsDialog:
        """Offer what the referral e-mail says about the person, beside the file's values;
        what is ticked goes into the form, saved with the file's Save."""
        current = self.group.read()[0]
        dialog = ReferralDetailsDialog(found, current, self)

        def copy() -> None:
            chosen = dialog.chosen(current)
            self.group.write(chosen)
            if chosen:
                self.status.setStyleSheet("")
                self.status.setText(self.tr("Copied from the e-mail: %1. Check them, then "
                                            "press Save.").replace(
                    "%1", ", ".join(caption(name) for name in chosen
                                    if name != "interpreter_needed")))
                first = next(iter(chosen))
                if first in self._page_of_field:
                    self.focus_field(first)

        dialog.accepted.connect(copy)
        dialog.open()
        return dialog

    def focus_field(self, name: str) -> None:
        """Show the section holding the field ``name`` and put the cursor in it."""
        if name in self._page_of_field:
            self.tabs.setCurrentIndex(self._page_of_field[name])
            self.group.fields[name].widget.setFocus()

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(index) for index in range(self.tabs.count())]

    # -- loading and saving ------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        """A change to this person made elsewhere (another section, another window):
        the sections that do not listen for themselves show it at once."""
        if not change.concerns(self.client_id) or change.origin is self:
            return
        self._refresh_sections(change.origin)

    def _refresh_sections(self, done_by: object) -> None:
        """The sections that do not listen for themselves read again (but the one that
        made the change, which shows its own result)."""
        for index in range(self.tabs.count()):
            section = self.tabs.widget(index)
            if section is None or section is done_by or hasattr(section, "_on_changed"):
                continue
            refresh = getattr(section, "refresh", None)
            if callable(refresh):
                refresh()

    def load(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id

        def read() -> _Opened:
            client, languages = clients.open_client(db, actor, client_id)
            form = ClientForm.from_client(client, languages)
            return client, form, check_form(db, actor, form, client_id), asked_fields(db)

        self._file.run(read)

    def _show_file(self, opened: _Opened) -> None:
        client, form, warnings, asked = opened
        self.version = client.version
        self.group.write(asdict(form))
        self._loaded_values = self.group.read()[0]
        self.profile.mark_asked(asked)
        self._show_header(client)
        self._show_funder_check(warnings)
        self.save_button.setEnabled(self.context.can(Permission.CLIENT_WRITE))

    @property
    def loading(self) -> bool:
        return self._file.running

    def _check_for_funder(self, form: ClientForm) -> None:
        """The package's checks of this person, as the package will run them."""
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        self._funder_check.run(lambda: check_form(db, actor, form, client_id))

    def _show_funder_check(self, warnings: list[FileWarning]) -> None:
        funder_marks.show_warnings(self.funder_warnings, warnings)

    def _show_header(self, client: Client) -> None:
        name = f"{client.first_name} {client.last_name}"
        self.setWindowTitle(self.tr("File — %1").replace("%1", name))
        self.header.setText(name)
        self.appointments.client_name = name
        parts = []
        if client.birth_date is not None:
            parts.append(self.tr("born %1").replace(
                "%1", format_date(client.birth_date, style="long")))
        if client.mifi_client_number:
            parts.append(self.tr("MIFI no. %1").replace("%1", client.mifi_client_number))
        if client.interpreter_needed and client.interpreter_language:
            parts.append(self.tr("interpreter needed: %1").replace(
                "%1", language_name(client.interpreter_language)))
        self.subheader.setText(" · ".join(parts))

    def is_dirty(self) -> bool:
        values, problems = self.group.read()
        return bool(problems) or values != self._loaded_values

    def save(self) -> None:
        """Save the form as it reads now, on the writer; a refusal keeps all that is typed.
        One save at a time: a second Ctrl+S while one is on its way asks nothing (it would
        be refused as the first save's change); before the file came, nothing to save yet."""
        if self.loading or self._saving:
            return
        self.errors.clear()
        values, problems = self.group.read()
        if problems:
            self._show_errors(ValidationError(problems))
            return
        form = ClientForm(**values)
        db, actor, client_id, version = (self.context.db, self.context.actor, self.client_id,
                                         self.version)
        self._saving = True
        write(self, lambda: clients.update_client(db, actor, client_id, form, version),
              lambda saved: self._saved(saved, values, form), refused=self._refused,
              finished=self._save_answered)

    def _save_answered(self) -> None:
        """Whatever came of the save (an unexpected failure included): Save works again."""
        self._saving = False

    def _saved(self, saved: Client, values: dict[str, Any], form: ClientForm) -> None:
        self.version = saved.version
        self._loaded_values = values
        self._discard_armed = False
        self._show_header(saved)
        self._check_for_funder(form)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved."))
        self._refresh_sections(None)  # this window's changes do not come back to it

    def _refused(self, error: CjeError) -> None:
        if isinstance(error, ValidationError):
            self._show_errors(error)
        elif isinstance(error, ConflictError):
            self.status.setText(str(error))
            self.status.setStyleSheet("color: #b00020;")
        else:
            show_error(self, error)

    def _show_errors(self, error: ValidationError) -> None:
        self.errors.show(error)
        first = error.errors[0].field
        if first in self._page_of_field:
            self.tabs.setCurrentIndex(self._page_of_field[first])
            self.group.fields[first].widget.setFocus()
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.tr("Some fields need a correction; nothing was saved."))

    # -- leaving -------------------------------------------------------------------------
    def escape(self) -> None:
        """Esc closes the file; with unsaved changes, a second Esc discards them."""
        if self.is_dirty() and not self._discard_armed:
            self._discard_armed = True
            self.status.setStyleSheet("color: #8a4b00;")
            self.status.setText(self.tr("Unsaved changes: Ctrl+S saves them, Esc again "
                                        "closes without saving."))
            return
        self._discard_armed = True
        self.close()

    def discard_and_close(self) -> None:
        """Close without keeping unsaved input (its owner's session is being closed)."""
        self._discard_armed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty() and not self._discard_armed:
            self._discard_armed = True
            self.status.setText(self.tr("Unsaved changes: save them, or close again to "
                                        "discard them."))
            event.ignore()
            return
        self.closed.emit(self.client_id)
        super().closeEvent(event)
