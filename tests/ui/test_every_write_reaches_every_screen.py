"""A table of the screens' writing actions: each is done through the screen, as a person
does it, while the other screens showing that data are open; each of those shows it
without a manual refresh (issue 35: the database tells of its own changes). And the screen
that asked is refreshed once, not once by itself and again by the change it made.

The screens' work may run on a worker (its answer arriving later): every check waits for
the screen to show the result rather than reading it at once."""

from __future__ import annotations

import collections
from collections.abc import Callable
from collections.abc import Hashable
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta
from decimal import Decimal
from typing import Any
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.casework import plans
from cjeapp.core.casework import referrals
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.groups import activities
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Partner
from cjeapp.core.people import clients
from cjeapp.core.people import consents
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.privacy import incidents
from cjeapp.core.privacy import requests as privacy_requests
from cjeapp.core.reception import requests
from cjeapp.core.reception import visits
from cjeapp.core.transport_housing import housing
from cjeapp.core.transport_housing import transport
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.ui.client_file.window import ClientFileWindow
from cjeapp.ui.dialogs.booking_dialog import BookingDialog
from cjeapp.ui.dialogs.intake_dialog import IntakeDialog
from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog
from cjeapp.ui.main_window import MainWindow
from cjeapp.ui.models.roles import TakesAttendanceRole
from cjeapp.ui.pages.activities_page import ActivitiesPage
from cjeapp.ui.pages.agenda_page import AgendaPage
from cjeapp.ui.pages.desk_page import DeskPage
from cjeapp.ui.pages.followups_page import FollowUpsPage
from cjeapp.ui.pages.partners_page import PartnersPage
from cjeapp.ui.pages.privacy_page import PrivacyPage
from cjeapp.ui.pages.reminders_page import RemindersPage
from cjeapp.ui.pages.today_page import TodayPage
from cjeapp.ui.pages.transport_page import TransportPage
from tests.ui.keyboard import type_text
from tests.ui.stalls import screen_lines
from tests.ui.stalls import slowed
from tests.ui.waiting import wait_until_idle

WAIT_MS = 10_000
P = TypeVar("P", bound=QWidget)


@dataclass
class World:
    """The office as the test leaves it open: a counsellor's window with the person's
    file, the desk's window at reception, and the coordinator's window on its Today page.
    Other windows (the director's…) are opened when an action or a screen needs them."""

    qtbot: QtBot
    monkeypatch: pytest.MonkeyPatch
    staff: dict[str, Actor]
    client_id: str
    counsellor: MainWindow
    file: ClientFileWindow
    desk: DeskPage
    coordinator: MainWindow
    partner_id: str
    activity_id: str
    request_id: str
    appointment_id: str
    windows: dict[str, MainWindow] = field(default_factory=dict)

    def window(self, name: str, role: str) -> MainWindow:
        """Another person's window (``name``: who sits at it), opened once."""
        if name not in self.windows:
            window = MainWindow(self.counsellor.context.db, self.staff[role])
            self.qtbot.addWidget(window)
            self.windows[name] = window
        return self.windows[name]

    def wait(self, shown: Callable[[], object]) -> None:
        self.qtbot.waitUntil(lambda: bool(shown()), timeout=WAIT_MS)


def page(window: MainWindow, key: str, kind: type[P]) -> P:
    """A window's page, built without making it the shown one (the coordinator's window
    keeps its Today page on screen)."""
    built = window._page(window.section_keys().index(key))
    assert isinstance(built, kind)
    return built


@dataclass(frozen=True)
class Action:
    drive: Callable[[World], None]  # through the screen, as a person does it
    shown_by: tuple[str, ...]  # the other open screens that show its result (WATCHERS)
    setup: Callable[[World], object] | None = None
    """What must be there first, written through core while the screens are open: they
    show it too (checked) before the action is driven."""


# -- the actions -------------------------------------------------------------------------
def _walk_in(world: World) -> None:
    desk = world.desk
    type_text(desk.search_box, "helene")
    desk.search_box.run_now()
    world.wait(lambda: desk.results.model().rowCount())
    desk.results.setCurrentIndex(desk.results.model().index(0, 0))
    type_text(desk.reason, "Demande de carte RAMQ")
    desk.check_in_button.click()


def _new_person(world: World) -> None:
    """The desk's intake: a person never seen, her file made and her visit begun."""
    def fill_and_create(dialog: IntakeDialog) -> int:
        type_text(dialog.first_name, "Amina")
        type_text(dialog.last_name, "Haddad")
        type_text(dialog.birth_date, "1991-04-02")
        type_text(dialog.reason, "Première visite")
        type_text(dialog.gaps_reason, "Papiers restés à la maison")
        dialog.create_button.click()
        world.wait(lambda: dialog.chosen_client_id)
        return int(QDialog.DialogCode.Accepted)

    world.monkeypatch.setattr(IntakeDialog, "exec", fill_and_create)
    world.desk.new_person.click()


def _consent(world: World) -> None:
    world.file.consents.purpose.set_value("service")
    world.file.consents.record()


def _service(world: World) -> None:
    world.file.services.quick_buttons["housing_search"].click()
    world.file.services.record_button.click()


def _note(world: World) -> None:
    assert world.file.notes is not None
    world.file.notes.editor.setPlainText("Rencontre de suivi.")
    world.file.notes.add_note()


def _request(world: World) -> None:
    type_text(world.file.appointments.subject, "Inscription à la garderie")
    world.file.appointments.log_request()


def _close_request(world: World) -> None:
    """The follow-ups page: the request answered and closed."""
    board = page(world.counsellor, "followups", FollowUpsPage)
    world.wait(lambda: any(row.id == world.request_id for row in board.model.rows))
    wait_until_idle()  # the list as it stays, before a row of it is chosen
    row = next(index for index, item in enumerate(board.model.rows)
               if item.id == world.request_id)
    board.table.setCurrentIndex(board.model.index(row, 0))
    type_text(board.answer, "Liste des garderies remise")
    board.close_button.click()


def _referral(world: World) -> None:
    tab = world.file.referrals
    assert tab is not None
    tab.partner.set_value(world.partner_id)
    type_text(tab.reason, "Recherche de logement pour quatre")
    tab.refer()


def _housing(world: World) -> None:
    tab = world.file.housing
    assert tab is not None
    tab.people.setValue(4)
    type_text(tab.budget, "1 100")
    tab.open_search()
    said = {key: label.text() for key, label in tab.errors.labels.items() if label.text()}
    assert not said, said


def _booking(world: World) -> None:
    """The file's « Book »: the first free time today with her counsellor."""
    def book(dialog: BookingDialog) -> int:
        world.wait(lambda: dialog.slots.count())
        dialog.slots.setCurrentRow(0)
        dialog.submit()
        world.wait(lambda: dialog.result_row)
        dialog.close_button.click()
        return int(QDialog.DialogCode.Accepted)

    world.monkeypatch.setattr(BookingDialog, "exec", book)
    world.file.appointments.book_button.click()


def _transport(world: World) -> None:
    tab = world.file.transport
    assert tab is not None
    tab.destination.set_value("saaq")
    type_text(tab.reason, "Examen théorique du permis")
    tab.request_button.click()


def _trip(world: World) -> None:
    """A transport request approved, then its trip recorded (the month's mileage)."""
    _transport(world)
    tab = world.file.transport
    assert tab is not None
    world.wait(lambda: tab.selected())
    tab.decision.set_value("approve")
    type_text(tab.decision_reason, "Premier examen")
    tab.decide_button.click()
    world.wait(lambda: getattr(tab.selected(), "decision", None) == "approve")
    tab.kilometres.setValue(42)
    tab.trip_button.click()


def _enrolment(world: World) -> None:
    """The counsellor's Activités page: Hélène found by name and enrolled."""
    activities_page = page(world.counsellor, "activities", ActivitiesPage)
    world.wait(lambda: activities_page.activity_id() == world.activity_id)
    type_text(activities_page.finder, "helene")
    activities_page.finder.run_now()
    world.wait(lambda: activities_page.found.count())
    activities_page.enrol_button.click()


def _follow_up(world: World) -> None:
    """A plan item whose follow-up is due today."""
    plan = world.file.plan
    assert plan is not None
    plan.area.set_value("installation")
    type_text(plan.goal, "Trouver un logement")
    plan.next_follow_up.set_value(clock.today())
    plan.add_item_button.click()


def _document(world: World) -> None:
    """The file's Documents: the notice previewed, then issued and saved."""
    def save(dialog: PdfPreviewDialog) -> int:
        dialog.choice = "save"
        return int(QDialog.DialogCode.Accepted)

    world.monkeypatch.setattr(PdfPreviewDialog, "exec", save)
    world.monkeypatch.setattr("cjeapp.ui.client_file.documents_tab.save_bytes",
                              lambda *_args: None)
    world.file.documents.kind.set_value("collection_notice")
    world.file.documents.preview_button.click()


def _incident(world: World) -> None:
    """The director's Privacy page: a confidentiality incident in the register."""
    privacy = page(world.window("the director", "director"), "privacy", PrivacyPage)
    tab = privacy.incidents
    assert tab is not None
    tab.texts["description"].setPlainText("Liste d'appels oubliée sur le comptoir")
    tab.new_button.click()


def _select(table: Any, wanted: Callable[[Any], bool], world: World) -> None:
    """Click the row of ``table`` (a RowView on a row model) that ``wanted`` picks."""
    model = table.model()
    world.wait(lambda: any(wanted(row) for row in model.rows))
    number = next(n for n, row in enumerate(model.rows) if wanted(row))
    table.setCurrentIndex(model.index(number, 0))


def _attended(world: World) -> None:
    """The counsellor's agenda: this afternoon's appointment marked attended."""
    agenda = page(world.counsellor, "agenda", AgendaPage)
    _select(agenda.table, lambda row: row.id == world.appointment_id, world)
    agenda.attended_button.click()


def _cancelled(world: World) -> None:
    agenda = page(world.counsellor, "agenda", AgendaPage)
    _select(agenda.table, lambda row: row.id == world.appointment_id, world)
    type_text(agenda.cancel_reason, "Malade")
    agenda.cancel_button.click()


def _taken(world: World) -> None:
    """The counsellor's desk: the person waiting taken, then the visit ended."""
    desk = page(world.counsellor, "desk", DeskPage)
    _select(desk.visit_table, lambda row: row.client_name.startswith("Samir"), world)
    desk.take_selected_button.click()
    world.wait(lambda: desk.visits.rows[desk.visit_table.currentIndex().row()].status
               != visits.WAITING)
    type_text(desk.outcome, "Carte RAMQ demandée")
    desk.close_button.click()


def _withdrawn(world: World) -> None:
    tab = world.file.consents
    world.wait(lambda: tab.table.rows)
    tab.table.select_where(lambda consent: consent.purpose == "referral")
    tab.withdraw_button.click()


def _dependant(world: World) -> None:
    """The file's household: a child added (a file of her own)."""
    tab = world.file.household
    type_text(tab.first_name, "Yara")
    type_text(tab.last_name, "Côté")
    type_text(tab.birth_date, "2019-06-01")
    tab.relationship.set_value("child")
    tab.add_button.click()


def _outcome(world: World) -> None:
    tab = world.file.referrals
    assert tab is not None
    world.wait(lambda: tab.list.rows)
    tab.list.select_where(lambda row: True)
    tab.outcome.set_value("accepted")
    tab.outcome_button.click()


def _decision(world: World) -> None:
    """A transport request waiting for its decision, decided in the file."""
    tab = world.file.transport
    assert tab is not None
    world.wait(lambda: tab.list.rows)
    tab.list.select_where(lambda row: True)
    tab.decision.set_value("refuse")
    type_text(tab.decision_reason, "Autobus disponible")
    tab.decide_button.click()


def _activity_created(world: World) -> None:
    shown = page(world.counsellor, "activities", ActivitiesPage)
    shown.kind.set_value("school_workshop")
    type_text(shown.title, "Atelier sur le logement")
    shown.create_button.click()


def _called(world: World) -> None:
    """Reception's reminders: Monday's appointment, its reminder call ticked."""
    reminders = page(world.window("the desk's second seat", "reception"), "reminders",
                     RemindersPage)
    world.wait(lambda: reminders.list.rows)
    reminders.list.select_where(lambda row: True)
    reminders.called_button.click()


def _privacy_request(world: World) -> None:
    """The director records a person's request for her file, made by her lawyer."""
    privacy = page(world.window("the director", "director"), "privacy", PrivacyPage)
    tab = privacy.requests
    assert tab is not None
    type_text(tab.person.query, "helene")
    tab.person.query.editingFinished.emit()  # as leaving the box does
    world.wait(lambda: tab.person.value())
    tab.kind.setCurrentIndex(0)
    type_text(tab.requester, "Son avocate")
    tab.details.setPlainText("Copie du dossier")
    tab.record_button.click()


def _housing_search_open(world: World) -> object:
    """A search open, the flat visited and applied for."""
    db, counsellor = world.file.context.db, world.staff["counsellor"]
    search = housing.open_request(db, counsellor, ClientId(world.client_id), household_size=3)
    for step in ("visit", "application"):
        housing.add_step(db, counsellor, search.id, kind=step, occurred_on=clock.today(),
                         address="12, rue Notre-Dame Ouest")
    return search


def _lease(world: World) -> None:
    """The file's housing: the lease signed, a step of the open search."""
    tab = world.file.housing
    assert tab is not None
    world.wait(lambda: tab.request_id)
    tab.step_kind.set_value("lease_signed")
    type_text(tab.step_address, "12, rue Notre-Dame Ouest")
    tab.step_button.click()


def _item_due_today(world: World) -> object:
    return plans.add_item(world.file.context.db, world.staff["counsellor"],
                          ClientId(world.client_id),
                          plans.ItemForm("installation", "Ouvrir un compte bancaire",
                                         next_follow_up=clock.today()))


def _item_done(world: World) -> None:
    """The file's plan: the item due today marked done (no follow-up left)."""
    plan = world.file.plan
    assert plan is not None
    world.wait(lambda: plan.items)
    plan.select_item(next(iter(plan.items)))
    plan.status.set_value("done")
    plan.save_item_button.click()


def _enrolled(world: World) -> object:
    return activities.enrol(world.file.context.db, world.staff["coordinator"],
                            world.activity_id, ClientId(world.client_id))


def _withdrawal(world: World) -> None:
    """The counsellor's Activités page: Hélène withdrawn from the workshop."""
    shown = page(world.counsellor, "activities", ActivitiesPage)
    world.wait(lambda: shown.attendance.topLevelItemCount())
    shown.attendance.setCurrentItem(shown.attendance.topLevelItem(0))
    shown.withdraw_button.click()


def _session(world: World) -> None:
    """The counsellor's Activités page: a second session of the workshop."""
    shown = page(world.counsellor, "activities", ActivitiesPage)
    world.wait(lambda: shown.activity_id() == world.activity_id)
    shown.session_day.set_value(date(2026, 12, 4))
    type_text(shown.session_place, "Salle communautaire")
    shown.add_session_button.click()


def _partner(world: World) -> None:
    """The coordinator's Partners page: a partner added to the directory."""
    directory = page(world.coordinator, "partners", PartnersPage)
    type_text(directory.edits["name"], "Banque alimentaire de la région")  # type: ignore[arg-type]
    directory.edits["kind"].set_value("community")  # type: ignore[attr-defined]
    directory.new_button.click()


def _renamed(world: World) -> None:
    """The file's profile: her name corrected, then Save."""
    name = world.file.group.fields["first_name"].widget
    name.clear()  # type: ignore[attr-defined]
    type_text(name, "Hélène-Marie")
    world.file.save_button.click()


def _moved(world: World) -> None:
    """The counsellor's agenda: this morning's appointment moved to the first free time of
    the next open day."""
    def move(dialog: BookingDialog) -> int:
        dialog.next_day()
        world.wait(lambda: dialog.slots.count())
        dialog.slots.setCurrentRow(0)
        dialog.submit()
        world.wait(lambda: dialog.result_row)
        dialog.close_button.click()
        return int(QDialog.DialogCode.Accepted)

    world.monkeypatch.setattr(BookingDialog, "exec", move)
    agenda = page(world.counsellor, "agenda", AgendaPage)
    _select(agenda.table, lambda row: row.id == world.appointment_id, world)
    agenda.move_button.click()


def _left(world: World) -> None:
    """Reception: the person waiting left without being seen."""
    desk = world.desk
    _select(desk.visit_table, lambda row: row.client_name.startswith("Samir"), world)
    desk.left_button.click()


def _attendance(world: World) -> None:
    """The counsellor's Activités page: Hélène marked present at the session."""
    shown = page(world.counsellor, "activities", ActivitiesPage)
    world.wait(lambda: shown.attendance.topLevelItemCount()
               and shown.attendance.topLevelItem(0).data(2, TakesAttendanceRole))
    item = shown.attendance.topLevelItem(0)
    assert item is not None
    item.setCheckState(2, Qt.CheckState.Checked)
    shown.save_attendance_button.click()


def _held_session(world: World) -> object:
    """Hélène enrolled in a workshop whose session was held this morning."""
    db, coordinator = world.file.context.db, world.staff["coordinator"]
    held = activities.create_activity(db, coordinator, kind="school_workshop",
                                      title="Atelier d'hier", capacity=12)
    activities.add_session(db, coordinator, held.id, hours=Decimal(1),
                           starts_at=clock.now() - timedelta(hours=2))
    activities.enrol(db, coordinator, held.id, ClientId(world.client_id))
    for shown in (page(world.counsellor, "activities", ActivitiesPage),
                  page(world.coordinator, "activities", ActivitiesPage)):
        shown.status_filter.set_value("all")
        shown.search.setText("hier")
    return held


def _incident_on_file(world: World) -> object:
    return incidents.record_incident(world.file.context.db, world.staff["director"],
                                     incidents.IncidentForm("Courriel au mauvais partenaire",
                                                            clock.today()))


def _incident_completed(world: World) -> None:
    """The director's register: the incident chosen, the commission's notice dated."""
    privacy = page(world.window("the director", "director"), "privacy", PrivacyPage)
    tab = privacy.incidents
    assert tab is not None
    world.wait(lambda: tab.table.rows)
    tab.table.select_where(lambda row: True)
    tab.dates["occurred_on"].set_value(clock.today() - timedelta(days=2))
    tab.save_button.click()


def _request_on_file(world: World) -> object:
    return privacy_requests.record_request(
        world.file.context.db, world.staff["director"], privacy_requests.RequestForm(
            ClientId(world.client_id), "access", clock.today()))


def _answered(world: World) -> None:
    privacy = page(world.window("the director", "director"), "privacy", PrivacyPage)
    tab = privacy.requests
    assert tab is not None
    world.wait(lambda: tab.table.rows)
    tab.table.select_where(lambda row: True)
    tab.answer.setPlainText("Copie remise en main propre")
    tab.answer_button.click()


def _revised(world: World) -> None:
    """The file's plan adjusted, with its reason."""
    plan = world.file.plan
    assert plan is not None
    type_text(plan.revise_reason, "Nouvelle adresse")
    plan.revise_button.click()


def _rule(world: World) -> None:
    """The coordinator's transport rules: a new one."""
    rules = page(world.coordinator, "transport", TransportPage)
    type_text(rules.rule_name, "Banque : refusée")
    rules.rule_destination.set_value("bank")
    rules.rule_decision.set_value("refuse")
    rules.rule_active.setChecked(True)
    rules.add_rule_button.click()


def _document_issued(world: World) -> object:
    from cjeapp.core.documents import issuing

    return issuing.issue(world.file.context.db, world.staff["counsellor"], issuing.notice_draft(
        world.file.context.db, world.staff["counsellor"], ClientId(world.client_id), "fr"))


def _revoked(world: World) -> None:
    tab = world.file.documents
    world.wait(lambda: tab.register.rows)
    tab.register.select_where(lambda row: True)
    type_text(tab.revoke_reason, "Mauvaise personne")
    tab.revoke_button.click()


def _assessment(world: World) -> None:
    """The file's needs assessment: two needs ticked, saved, signed, then made a plan."""
    tab = world.file.assessment
    assert tab is not None
    tab.rows["housing"].check.setChecked(True)
    tab.rows["sin"].check.setChecked(True)
    tab.save_button.click()
    world.wait(lambda: tab.assessment_id)
    tab.sign_button.click()
    world.wait(lambda: tab.signed)
    tab.plan_button.click()


def _linked(world: World) -> None:
    """The file's household: Samir's file linked as her spouse."""
    tab = world.file.household
    type_text(tab.other_file.query, "samir")
    tab.other_file.query.editingFinished.emit()
    world.wait(lambda: tab.other_file.value())
    tab.link_relationship.set_value("spouse")
    tab.link_button.click()


def _account(world: World) -> None:
    """The administrator's Settings: a new counsellor's account, the director confirming
    as the second person (a counsellor reads case notes)."""
    from cjeapp.ui.dialogs.second_person_dialog import SecondPersonDialog
    from cjeapp.ui.pages.settings_page import SettingsPage

    def confirm(dialog: SecondPersonDialog) -> int:
        dialog.username.setText("director")
        dialog.password.setText("director-password")
        return int(QDialog.DialogCode.Accepted)

    world.monkeypatch.setattr(SecondPersonDialog, "exec", confirm)

    settings = page(world.window("the administrator", "administrator"), "settings",
                    SettingsPage)
    staff = settings.staff
    type_text(staff.full_name, "Nadia Tremblay")
    type_text(staff.username, "nadia")
    staff.role.set_value("counsellor")
    type_text(staff.password, "Un-mot-de-passe-2026")
    staff.create_button.click()


def _reprinted(world: World) -> None:
    """The file's Documents: a copy of the notice reprinted (closed without printing)."""
    def close(dialog: PdfPreviewDialog) -> int:
        return int(QDialog.DialogCode.Rejected)

    world.monkeypatch.setattr(PdfPreviewDialog, "exec", close)
    tab = world.file.documents
    world.wait(lambda: tab.register.rows)
    tab.register.select_where(lambda row: True)
    tab.reprint_button.click()


def _child_added(world: World) -> object:
    from cjeapp.core.people import households

    return households.add_dependant(world.file.context.db, world.staff["counsellor"],
                                    ClientId(world.client_id), first_name="Yara",
                                    last_name="Côté", birth_date=date(2019, 6, 1),
                                    relationship="child")


def _removed(world: World) -> None:
    """The file's household: the child taken off the household."""
    tab = world.file.household
    world.wait(lambda: any(row.name.startswith("Yara") for row in tab.members.rows))
    tab.members.select_where(lambda row: row.name.startswith("Yara"))
    tab.remove_button.click()


def _office(world: World) -> None:
    """The administrator's Settings: a point of service opened in another town."""
    from cjeapp.ui.pages.settings_page import SettingsPage

    settings = page(world.window("the administrator", "administrator"), "settings",
                    SettingsPage)
    offices = settings.offices
    type_text(offices.name, "Point de service de Disraeli")
    type_text(offices.municipality, "Disraeli")
    offices.region.set_value("12")
    offices.point_of_service.setChecked(True)
    offices.add_button.click()


# -- what the other screens show ---------------------------------------------------------
def _tree(tree: QTreeWidget) -> tuple[tuple[str, ...], ...]:
    """Every line of a tree, as words: what a person reads there."""
    lines: list[tuple[str, ...]] = []
    stack = [tree.topLevelItem(i) for i in reversed(range(tree.topLevelItemCount()))]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        lines.append(tuple(item.text(c) for c in range(tree.columnCount())))
        stack.extend(item.child(i) for i in reversed(range(item.childCount())))
    return tuple(lines)


def _today(world: World) -> TodayPage:
    return page(world.coordinator, "today", TodayPage)


def _today_count(world: World, part: str) -> Hashable:
    """A card of the Today page: its rows, with their state."""
    found = getattr(_today(world), "today", None)
    rows = getattr(found, part) or [] if found is not None else None
    return None if rows is None else tuple((row.id, getattr(row, "status", None),
                                            row.client_name) for row in rows)


def _activity(world: World) -> Hashable:
    shown = page(world.coordinator, "activities", ActivitiesPage)
    ticks = [shown.attendance.topLevelItem(n) for n in range(shown.attendance.topLevelItemCount())]
    return (tuple((row.title, row.status, shown._places_text(row))
                  for row in shown.activity_list.rows), _tree(shown.attendance),
            tuple(item.checkState(2) for item in ticks if item is not None),
            tuple(shown.sessions.item(n).text() for n in range(shown.sessions.count())))


def _reminders(world: World) -> Hashable:
    shown = page(world.counsellor, "reminders", RemindersPage)
    return tuple(row.reminded_at for row in shown.list.rows)


def _privacy_requests(world: World) -> Hashable:
    privacy = page(world.window("the privacy officer's laptop", "director"), "privacy",
                   PrivacyPage)
    assert privacy.requests is not None
    return tuple((row.id, row.answered_on) for row in privacy.requests.table.rows)


def _incidents(world: World) -> Hashable:
    privacy = page(world.window("the privacy officer's laptop", "director"), "privacy",
                   PrivacyPage)
    assert privacy.incidents is not None
    return tuple((row.id, row.occurred_on) for row in privacy.incidents.table.rows)


def _colleague_file(world: World) -> ClientFileWindow:
    """The same person's file, open in the coordinator's window."""
    return world.coordinator.open_client(ClientId(world.client_id))


WATCHERS: dict[str, Callable[[World], Hashable]] = {
    "the person's Historique": lambda w: tuple((entry.when, entry.summary.render())
                                               for entry in w.file.timeline.tree.rows),
    "the counsellor's desk": lambda w: tuple((row.id, row.status) for row in page(
        w.counsellor, "desk", DeskPage).visits.rows),
    "the desk's waiting list": lambda w: tuple((row.id, row.status) for row in w.desk.visits.rows),
    "the file's requests": lambda w: tuple((r.id, r.status)
                                           for r in w.file.appointments.requests.rows),
    "the file's appointments": lambda w: tuple((row.id, row.status, row.starts_at) for row in
                                               w.file.appointments.appointments.rows),
    "the file's services": lambda w: len(w.file.services.list.rows),
    "the file's referrals": lambda w: len(w.file.referrals.list.rows),  # type: ignore[union-attr]
    "the counsellor's list of people": lambda w: page(w.counsellor, "clients",
                                                      QWidget).count.text(),  # type: ignore[attr-defined]
    "the counsellor's agenda": lambda w: tuple((row.id, row.status, row.client_name)
                                               for row in page(w.counsellor, "agenda",
                                                               AgendaPage).model.rows),
    "the Today page's waiting room": lambda w: _today_count(w, "waiting"),
    "the Today page's appointments": lambda w: _today_count(w, "appointments"),
    "the Today page's follow-ups": lambda w: _today_count(w, "follow_ups"),
    "the follow-ups page": lambda w: tuple((item.id, item.client_name) for item in page(
        w.coordinator, "followups", FollowUpsPage).model.rows),
    "the Transport page's figures": lambda w: _tree(page(w.coordinator, "transport",
                                                         TransportPage).figures),
    "the Transport page's trips": lambda w: len(page(w.coordinator, "transport",
                                                     TransportPage).trips.rows),
    "the Activities page": _activity,
    "the privacy officer's register of incidents": _incidents,
    "the privacy officer's register of requests": _privacy_requests,
    "the counsellor's reminders": _reminders,
    "the offices offered in the file's profile":
        lambda w: w.file.group.fields["office_id"].widget.count(),  # type: ignore[attr-defined]
    "the file's partners for a referral": lambda w: w.file.referrals.partner.count(),  # type: ignore[union-attr]
    "the counsellor's Partners page": lambda w: len(page(w.counsellor, "partners",
                                                         PartnersPage).list.rows),
    "a colleague's window on the same file (its household)": lambda w: len(
        _colleague_file(w).household.members.rows),
    "a colleague's window on the same file (its documents)": lambda w: tuple(
        (row.id, row.revoked, row.is_copy)
        for row in _colleague_file(w).documents.register.rows),
    "a colleague's window on the same file (its plan)": lambda w: tuple(
        item.goal for item in _colleague_file(w).plan.items.values()),  # type: ignore[union-attr]
    "the counsellors offered on the coordinator's agenda": lambda w: page(
        w.coordinator, "agenda", AgendaPage).counsellor.count(),
    "the counsellors offered on the follow-ups page": lambda w: page(
        w.coordinator, "followups", FollowUpsPage).counsellor.count(),
    "the counsellors offered for the person's file": lambda w: w.file.group.fields[
        "assigned_counsellor_id"].widget.count(),  # type: ignore[attr-defined]
    "the offices offered on the Activities page": lambda w: page(
        w.coordinator, "activities", ActivitiesPage).office_filter.count(),
    "the counsellor's transport rules": lambda w: tuple(rule.name for rule in page(
        w.counsellor, "transport", TransportPage).rules.rows),
}

HISTORIQUE = "the person's Historique"
ACTIONS: dict[str, Action] = {
    "a walk-in at the desk": Action(_walk_in, (HISTORIQUE, "the counsellor's desk",
                                               "the Today page's waiting room")),
    "a new person at the desk": Action(_new_person, (
        "the counsellor's list of people", "the counsellor's desk",
        "the Today page's waiting room")),
    "a consent": Action(_consent, (HISTORIQUE,)),
    "a service": Action(_service, (HISTORIQUE,)),
    "a confidential note": Action(_note, (HISTORIQUE,)),
    "a request": Action(_request, (HISTORIQUE, "the follow-ups page")),
    "a request closed": Action(_close_request, ("the file's requests", "the follow-ups page")),
    "a referral": Action(_referral, (HISTORIQUE,)),
    "a housing search": Action(_housing, (HISTORIQUE,)),
    "a booking": Action(_booking, (HISTORIQUE, "the counsellor's agenda",
                                   "the Today page's appointments")),
    "a transport request": Action(_transport, (HISTORIQUE, "the Transport page's figures")),
    "a trip": Action(_trip, ("the Transport page's trips",)),
    "an enrolment": Action(_enrolment, (HISTORIQUE, "the Activities page")),
    "a follow-up": Action(_follow_up, (HISTORIQUE, "the follow-ups page",
                                       "the Today page's follow-ups")),
    "a document issued": Action(_document, (HISTORIQUE,)),
    "an incident": Action(_incident, ("the privacy officer's register of incidents",)),
    "an appointment attended": Action(_attended, (HISTORIQUE, "the file's appointments",
                                                  "the Today page's appointments")),
    "an appointment cancelled": Action(_cancelled, (HISTORIQUE, "the file's appointments",
                                                    "the Today page's appointments")),
    "a visit taken and ended": Action(_taken, ("the desk's waiting list",
                                               "the Today page's waiting room")),
    "a consent withdrawn": Action(_withdrawn, (HISTORIQUE,)),
    "a dependant added": Action(_dependant, (
        "a colleague's window on the same file (its household)",)),
    "a referral's outcome": Action(_outcome, (HISTORIQUE,)),
    "a transport decision": Action(_decision, (HISTORIQUE, "the Transport page's figures")),
    "an activity created": Action(_activity_created, ("the Activities page",)),
    "a reminder call": Action(_called, ("the counsellor's reminders",)),
    "a person's request about her file": Action(_privacy_request, (
        "the privacy officer's register of requests",)),
    "a lease signed": Action(_lease, (HISTORIQUE, "the Transport page's figures"),
                             setup=_housing_search_open),
    "a plan item done": Action(_item_done, (HISTORIQUE, "the follow-ups page",
                                            "the Today page's follow-ups"),
                               setup=_item_due_today),
    "a withdrawal from an activity": Action(_withdrawal, (HISTORIQUE, "the Activities page"),
                                            setup=_enrolled),
    "a session added": Action(_session, ("the Activities page",)),
    "a partner added": Action(_partner, ("the file's partners for a referral",
                                         "the counsellor's Partners page")),
    "an appointment moved": Action(_moved, (HISTORIQUE, "the file's appointments",
                                            "the Today page's appointments")),
    "a person left without being seen": Action(_left, ("the counsellor's desk",
                                                       "the Today page's waiting room")),
    "a presence at a session": Action(_attendance, ("the Activities page",),
                                      setup=_held_session),
    "an incident completed": Action(_incident_completed, (
        "the privacy officer's register of incidents",), setup=_incident_on_file),
    "a person's request answered": Action(_answered, (
        "the privacy officer's register of requests",), setup=_request_on_file),
    "a plan revised": Action(_revised, (HISTORIQUE,), setup=_item_due_today),
    "a transport rule": Action(_rule, ("the counsellor's transport rules",)),
    "a document revoked": Action(_revoked, (
        "a colleague's window on the same file (its documents)",), setup=_document_issued),
    "an assessment signed and made a plan": Action(_assessment, (
        HISTORIQUE, "a colleague's window on the same file (its plan)")),
    "a file linked to the household": Action(_linked, (
        "a colleague's window on the same file (its household)",)),
    "a counsellor's account made": Action(_account, (
        "the counsellors offered on the coordinator's agenda",
        "the counsellors offered on the follow-ups page",
        "the counsellors offered for the person's file")),
    "a copy reprinted": Action(_reprinted, (
        "a colleague's window on the same file (its documents)",), setup=_document_issued),
    "a household member removed": Action(_removed, (
        "a colleague's window on the same file (its household)",), setup=_child_added),
    "an office added": Action(_office, ("the offices offered on the Activities page",
                                        "the offices offered in the file's profile")),
    "a name corrected": Action(_renamed, ("the Today page's appointments",
                                          "the counsellor's agenda",
                                          "the follow-ups page")),
}


@pytest.fixture
def world(qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
          monkeypatch: pytest.MonkeyPatch) -> World:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))  # a Friday, 10 a.m. in Quebec
    with unit_of_work(db, staff["coordinator"]) as uow:
        partner = uow.add(Partner(name="Office municipal d'habitation", kind="housing"))
    consents.record_consent(db, staff["counsellor"], helene, purpose="referral",
                            given_on=clock.today(), method="written", partner_id=partner.id)
    workshop = activities.create_activity(db, staff["coordinator"], kind="school_workshop",
                                          title="Atelier sur l'école", capacity=12)
    activities.add_session(db, staff["coordinator"], workshop.id, hours=Decimal(2),
                           starts_at=datetime.combine(date(2026, 11, 27), datetime.min.time(),
                                                      LOCAL_ZONE) + timedelta(hours=13))
    person = ClientId(helene)
    asked = requests.open_request(db, staff["counsellor"], person, subject="Garderie",
                                  channel="phone")
    counsellor_id = staff["counsellor"].user_id
    assert counsellor_id is not None
    at_two = datetime(2026, 11, 20, 14, 0, tzinfo=LOCAL_ZONE)
    meeting = appointments.book(db, staff["counsellor"], client_id=person,  # at ten, now
                                counsellor_id=counsellor_id, kind="follow_up", place="office",
                                starts_at=clock.now(), minutes=60)
    appointments.book(db, staff["counsellor"], client_id=person, counsellor_id=counsellor_id,
                      kind="follow_up", place="office", minutes=60,
                      starts_at=at_two + timedelta(days=3))  # Monday: a reminder to call
    referrals.refer(db, staff["counsellor"], person, partner_id=partner.id,
                    reason="Logement social")
    transport.request_transport(db, staff["counsellor"], person, destination_kind="bank",
                                needed_at=at_two, reason="Ouvrir un compte",
                                counsellor_presence_needed=False)
    samir = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Samir", last_name="Haddad", birth_date=date(1985, 1, 9),
        intake_gaps_reason="Premier passage"))
    visits.check_in(db, staff["reception"], samir.id, "Renseignements")
    counsellor = MainWindow(db, staff["counsellor"])
    qtbot.addWidget(counsellor)
    for key in counsellor.section_keys():  # every page built, as after a day's work
        counsellor.show_section(key)
    file = counsellor.open_client(helene)  # type: ignore[arg-type]
    qtbot.addWidget(file)
    reception = MainWindow(db, staff["reception"])
    qtbot.addWidget(reception)
    desk = reception.show_section("desk")
    assert isinstance(desk, DeskPage)
    coordinator = MainWindow(db, staff["coordinator"])
    qtbot.addWidget(coordinator)
    coordinator.show()  # the Today page reads while it is on screen
    coordinator.show_section("today")
    for key in ("followups", "transport", "activities"):
        page(coordinator, key, QWidget)
    wait_until_idle()  # the lists of counsellors read, as a person sees them before choosing
    page(coordinator, "followups", FollowUpsPage).counsellor.setCurrentIndex(0)  # the team's
    world = World(qtbot, monkeypatch, staff, helene, counsellor, file, desk, coordinator,
                  partner.id, workshop.id, asked.id, meeting.id)
    world.wait(lambda: getattr(_today(world), "today", None) is not None)
    wait_until_idle()  # every open screen has read what it shows before the actions
    return world


@pytest.mark.parametrize("name", list(ACTIONS))
def test_every_open_screen_shows_the_action(name: str, world: World,
                                            warnings_shown: list[str]) -> None:
    action = ACTIONS[name]
    if action.setup is not None:
        _shown(world, name, action.shown_by, action.setup, warnings_shown)
    with slowed(world.file.context.db, 0) as on_screen_thread:
        _shown(world, name, action.shown_by, action.drive, warnings_shown)
        wait_until_idle()  # every screen's answer to the change given
    assert warnings_shown == []
    # neither the action nor the screens it refreshed read on the screen's thread
    assert not screen_lines(on_screen_thread), "statements on the screen's thread:\n" + (
        "\n".join(screen_lines(on_screen_thread)))


def _shown(world: World, name: str, watchers: tuple[str, ...],
           write: Callable[[World], object], warnings_shown: list[str]) -> None:
    """Do ``write``; each of ``watchers`` then shows something else than before."""
    before = {watcher: WATCHERS[watcher](world) for watcher in watchers}
    write(world)
    for watcher in watchers:
        try:
            world.qtbot.waitUntil(lambda w=watcher: WATCHERS[w](world) != before[w],
                                  timeout=WAIT_MS)
        except Exception as error:
            raise AssertionError(f"{watcher} did not show {name} (the screens said: "
                                 f"{warnings_shown}; it showed before: {before[watcher]}; "
                                 f"and after: {WATCHERS[watcher](world)})") from error


def test_the_screen_that_asked_is_refreshed_once(world: World, monkeypatch: pytest.MonkeyPatch,
                                                 warnings_shown: list[str]) -> None:
    """Measured before: recording a consent refreshed the consents' list twice (by itself,
    then by the file's window when the change arrived); its changes now carry the screen
    that asked (DataEvents.acting), so it is refreshed once."""
    from cjeapp.ui.client_file.consents_tab import ConsentsTab

    counted: collections.Counter[str] = collections.Counter()
    refresh = ConsentsTab.refresh

    def counting(tab: ConsentsTab) -> None:
        counted["consents"] += 1
        refresh(tab)

    monkeypatch.setattr(ConsentsTab, "refresh", counting)
    _consent(world)
    world.wait(lambda: counted["consents"])
    world.qtbot.wait(50)
    assert warnings_shown == [] and counted["consents"] == 1
