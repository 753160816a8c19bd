"""The main path of each screen of transport, housing and group activities."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cjeapp.core import clock
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.groups import activities
from cjeapp.core.groups.activity_list import ActivityStatus
from cjeapp.core.ids import ClientId
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.transport_housing import transport
from cjeapp.core.transport_housing import transport_trips
from cjeapp.core.transport_housing.transport import RuleForm
from cjeapp.ui.client_file.window import ClientFileWindow
from cjeapp.ui.context import AppContext
from cjeapp.ui.pages.activities_page import ActivitiesPage
from cjeapp.ui.pages.transport_page import TransportPage
from tests.ui.keyboard import type_text
from tests.ui.tables import choose
from tests.ui.tables import texts
from tests.ui.waiting import wait_until_idle


def _saaq_rules(db: Database, coordinator: Actor) -> None:
    transport.save_rule(db, coordinator, RuleForm(
        "SAAQ : premier rendez-vous accompagné", "approve", "saaq", first_request_only=True,
        explanation="La première démarche se fait avec la conseillère."))
    transport.save_rule(db, coordinator, RuleForm("SAAQ : ensuite seul", "refuse", "saaq"))
    wait_until_idle()


def test_transport_request_is_evaluated_decided_and_driven(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    wait_until_idle()
    _saaq_rules(db, staff["coordinator"])
    wait_until_idle()
    window = ClientFileWindow(AppContext(db, staff["counsellor"]), helene)
    qtbot.addWidget(window)
    wait_until_idle()
    tab = window.transport
    assert tab is not None
    assert tab.chosen.isHidden()  # nothing to decide before a request exists
    tab.destination.set_value("saaq")
    wait_until_idle()
    tab.request()
    wait_until_idle()
    assert "required" in tab.errors.labels["reason"].text()
    type_text(tab.reason, "Examen théorique du permis")
    tab.request()
    wait_until_idle()
    assert "Transport approved" in tab.proposal.text()
    assert "SAAQ : premier rendez-vous accompagné" in tab.proposal.text()
    assert not tab.chosen.isHidden() and tab.trips.isHidden()  # no trip before approval
    assert "Decide first" in tab.trip_note.text()
    tab.decision.set_value("refuse")
    tab.refresh()  # read again (a change made elsewhere): the decision being made stays
    wait_until_idle()
    assert tab.decision.value() == "refuse"
    tab.decide()
    wait_until_idle()
    assert "otherwise" in tab.errors.labels["decision_reason"].text()
    tab.decision.set_value("approve")
    wait_until_idle()
    tab.decide()
    wait_until_idle()
    assert texts(tab.list)[0][3] == "Transport approved"
    assert not tab.trips.isHidden() and not tab.decide_button.isEnabled()
    tab.kilometres.setValue(48.5)
    wait_until_idle()
    tab.record_trip()
    assert not tab.trip_button.isEnabled()  # waiting for its answer
    tab.record_trip()  # a second click before the answer: the trip is not recorded twice
    wait_until_idle()
    assert "Trip recorded" in tab.status.text() and tab.trip_button.isEnabled()
    rows = transport_trips.mileage(db, staff["counsellor"], date(2026, 11, 1))
    assert [(r.trips, str(r.kilometres)) for r in rows] == [(1, "48.5")]
    # The same place the same day again: asked first; « Annuler » saves nothing.
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)  # asked with the refusal's answer: the runner is giving it
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    wait_until_idle()
    type_text(tab.reason, "Examen pratique")
    tab.request()
    wait_until_idle()
    assert "already has a request for the same place that day" in asked[0]
    assert "Nothing saved" in tab.status.text() and len(texts(tab.list)) == 1
    answer = QMessageBox.StandardButton.Save
    tab.request()
    wait_until_idle()
    assert len(texts(tab.list)) == 2
    assert "Refused" in tab.proposal.text()
    tab.decide()
    wait_until_idle()
    assert tab.trips.isHidden() and "Only an approved request" in tab.trip_note.text()


def test_housing_search_steps_and_furniture_referral(qtbot: QtBot, db: Database,
                                                     staff: dict[str, Actor], helene: str,
                                                     warnings_shown: list[str]) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    wait_until_idle()
    window = ClientFileWindow(AppContext(db, staff["counsellor"]), helene)
    qtbot.addWidget(window)
    wait_until_idle()
    tab = window.housing
    assert tab is not None
    tab.people.setValue(4)
    wait_until_idle()
    type_text(tab.budget, "1 100")
    type_text(tab.deadline, "2026-12-15")
    tab.open_search()
    wait_until_idle()
    assert "4 people" in tab.summary.text() and "$1,100.00" in tab.summary.text()
    tab.step_kind.set_value("lease_signed")
    wait_until_idle()
    tab.add_step()
    wait_until_idle()
    assert "first" in warnings_shown[-1]
    tab.step_kind.set_value("visit")
    wait_until_idle()
    tab.add_step()
    wait_until_idle()
    assert "address" in tab.errors.labels["address"].text()
    type_text(tab.step_address, "412, rue Labbé")
    tab.add_step()
    wait_until_idle()
    assert len(texts(tab.steps)) == 2
    tab.furniture_button.click()
    wait_until_idle()
    assert window.tabs.currentWidget() is window.referrals
    assert window.referrals is not None and window.referrals.reason.text() == "Furniture"


def test_activity_enrolment_attendance_and_completion(qtbot: QtBot, db: Database,
                                                      staff: dict[str, Actor],
                                                      helene: str) -> None:
    clock.freeze(datetime(2026, 11, 2, 14, 0, tzinfo=UTC))
    wait_until_idle()
    clients.create_client(db, staff["reception"], ClientForm(
        first_name="Samir", last_name="Haddad", birth_date=date(1990, 1, 5)))
    page = ActivitiesPage(AppContext(db, staff["counsellor"]))
    qtbot.addWidget(page)
    wait_until_idle()
    assert page.empty.isVisibleTo(page) and "Create one" in page.empty.text()
    page.kind.set_value("objectif_integration")
    wait_until_idle()
    page.create_activity()
    wait_until_idle()
    assert "required" in page.errors.labels["title"].text()
    type_text(page.title, "Objectif Intégration — décembre")
    page.parts.setValue(1)
    wait_until_idle()
    page.capacity.setValue(1)
    wait_until_idle()
    page.create_activity()
    wait_until_idle()
    assert len(page.activity_list.rows) == 1
    type_text(page.title, "objectif integration — DÉCEMBRE")
    page.create_activity()  # the same title, typed otherwise: two activities nobody can tell
    wait_until_idle()
    assert "already called" in page.errors.labels["title"].text()
    assert len(page.activity_list.rows) == 1
    type_text(page.session_day, "2026-11-09")
    page.add_session()
    wait_until_idle()
    assert page.sessions.count() == 1
    for name in ("helene", "samir haddad"):
        page.finder.clear()
        wait_until_idle()
        type_text(page.finder, name)
        page.finder.run_now()
        wait_until_idle()
        page.enrol()
        wait_until_idle()
    assert "waiting list" in page.status.text()
    row = page.activity_list.rows[0]
    assert (row.status, row.places_left, row.waiting) == (ActivityStatus.UPCOMING, 0, 1)
    assert texts(page.activity_list)[0][4] == "Full, 1 waiting"
    # the session is held; the waiting-list row has no box, and saving the attendance works
    clock.freeze(datetime(2026, 11, 9, 18, 0, tzinfo=UTC))
    wait_until_idle()
    assert page.attendance.topLevelItemCount() == 2
    waiting_row = page.attendance.topLevelItem(1)
    assert waiting_row.text(0) == "Samir Haddad"
    assert not waiting_row.flags() & Qt.ItemFlag.ItemIsUserCheckable
    page.attendance.topLevelItem(0).setCheckState(2, Qt.CheckState.Checked)
    page.show_attendance()  # read again (a change made elsewhere): the tick not yet saved
    wait_until_idle()
    assert page.attendance.topLevelItem(0).checkState(2) == Qt.CheckState.Checked
    page.save_attendance()
    wait_until_idle()
    assert page.status.text() == "Attendance saved."
    assert page.attendance.topLevelItem(0).text(3) == "Yes"
    activity_id = page.activity_id()
    assert activity_id
    eligible = activities.eligible_for_allowance(db, staff["counsellor"], activity_id)
    assert [e.client_id for e in eligible] == [helene]
    # the list: an ended activity leaves the default list; searched by title, filtered
    page.refresh()
    wait_until_idle()
    assert page.activity_list.rows == []
    page.status_filter.set_value("all")
    wait_until_idle()
    type_text(page.search, "decembre")
    wait_until_idle()
    assert len(page.activity_list.rows) == 1
    page.search.clear()
    wait_until_idle()
    type_text(page.search, "septembre")
    wait_until_idle()
    assert page.activity_list.rows == [] and "No activity matches" in page.empty.text()
    page.search.clear()
    wait_until_idle()
    page.status_filter.set_value("upcoming")
    wait_until_idle()
    assert page.activity_list.rows == []
    page.status_filter.set_value("ended")
    wait_until_idle()
    assert [r.status for r in page.activity_list.rows] == [ActivityStatus.ENDED]


def test_someone_enrolled_after_a_session_has_no_box_for_it(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> None:
    """Enrolled on the 12th, Hélène has nothing to tick for the session of the 9th; enrolled
    again « depuis le » 9th (the day she truly joined), she has."""
    clock.freeze(datetime(2026, 11, 2, 14, 0, tzinfo=UTC))
    wait_until_idle()
    counsellor = staff["counsellor"]
    workshop = activities.create_activity(db, counsellor, kind="school_workshop",
                                          title="Atelier emploi")
    for day in (9, 16):
        activities.add_session(db, counsellor, workshop.id,
                               starts_at=datetime(2026, 11, day, 9, 0, tzinfo=LOCAL_ZONE),
                               hours=Decimal(2), place="Salle 2")
    clock.freeze(datetime(2026, 11, 12, 14, 0, tzinfo=UTC))
    wait_until_idle()
    page = ActivitiesPage(AppContext(db, counsellor))
    qtbot.addWidget(page)
    wait_until_idle()
    assert page.enrol_since.value() == date(2026, 11, 12)
    type_text(page.finder, "helene")
    page.finder.run_now()
    wait_until_idle()
    page.enrol()
    wait_until_idle()
    row = page.attendance.topLevelItem(0)
    assert row.text(2) == "Not yet enrolled"
    assert not row.flags() & Qt.ItemFlag.ItemIsUserCheckable
    page.enrol_since.set_value(date(2026, 11, 9))
    wait_until_idle()
    page.enrol()
    wait_until_idle()
    assert page.status.text() == "Enrolled since November 9, 2026."
    assert page.enrol_since.value() == date(2026, 11, 12)  # today's again for the next one
    row = page.attendance.topLevelItem(0)
    assert row.flags() & Qt.ItemFlag.ItemIsUserCheckable and row.text(2) == ""
    page.enrol_since.set_value(date(2026, 11, 20))
    wait_until_idle()
    page.enrol()
    wait_until_idle()
    assert "day to come" in page.status.text()


def test_attendance_refuses_people_not_enrolled_by_name(db: Database, staff: dict[str, Actor],
                                                        helene: str) -> None:
    counsellor = staff["counsellor"]
    activity = activities.create_activity(db, counsellor, kind="school_workshop",
                                          title="Atelier école", capacity=1)
    sitting = activities.add_session(db, counsellor, activity.id,
                                     starts_at=datetime(2026, 11, 9, 14, tzinfo=UTC),
                                     hours=Decimal(2))
    other = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Samir", last_name="Haddad", birth_date=date(1990, 1, 5))).id
    activities.enrol(db, counsellor, activity.id, ClientId(helene))
    wait_until_idle()
    activities.enrol(db, counsellor, activity.id, other)
    wait_until_idle()
    with pytest.raises(CjeError, match="Samir Haddad is not enrolled"):
        activities.record_attendance(db, counsellor, sitting.id,
                                     {ClientId(helene): True, other: False})


def test_coordinator_edits_a_rule_and_it_applies(qtbot: QtBot, db: Database,
                                                 staff: dict[str, Actor], helene: str) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    wait_until_idle()
    _saaq_rules(db, staff["coordinator"])
    wait_until_idle()
    page = TransportPage(AppContext(db, staff["coordinator"]))
    qtbot.addWidget(page)
    wait_until_idle()
    assert len(texts(page.rules)) == 2
    choose(page.rules, 1)
    wait_until_idle()
    page.rule_decision.set_value("refer_transport_org")
    wait_until_idle()
    page.save_rule()
    wait_until_idle()
    assert "applies" in page.rule_status.text()
    choose(page.rules, 1)
    wait_until_idle()
    page.move_rule(-1)
    wait_until_idle()
    assert texts(page.rules)[0][1] == "SAAQ : ensuite seul"
    _request, match = transport.request_transport(
        db, staff["counsellor"], helene, destination_kind="saaq",
        needed_at=datetime(2026, 11, 25, 15, 0, tzinfo=UTC), reason="Examen",
        counsellor_presence_needed=False)
    assert match.decision == "refer_transport_org"
    counsellor_page = TransportPage(AppContext(db, staff["counsellor"]))
    qtbot.addWidget(counsellor_page)
    wait_until_idle()
    assert not counsellor_page.save_rule_button.isEnabled()


def test_the_transport_page_reads_again_only_what_a_change_concerns(
        qtbot: QtBot, db: Database, staff: dict[str, Actor], helene: str) -> None:
    """A note or a name changed in a file reads nothing again; a setting (the rate) reads
    the rules and the mileage, not the figures; case work reads the mileage and figures."""
    page = TransportPage(AppContext(db, staff["coordinator"]))
    qtbot.addWidget(page)
    wait_until_idle()
    read: list[str] = []
    for part in ("rules", "mileage", "figures"):
        refresh = getattr(page, f"refresh_{part}")
        setattr(page, f"refresh_{part}",
                lambda *args, part=part, refresh=refresh: read.append(part) or refresh(*args))
    told = page.context.events.committed
    told((Change(ChangeKind.CLIENTS, ClientId(helene)),))
    wait_until_idle()
    assert read == []
    told((Change(ChangeKind.SETTINGS),))
    wait_until_idle()
    assert read == ["rules", "mileage"]
    read.clear()
    told((Change(ChangeKind.CASEWORK, ClientId(helene)),))
    wait_until_idle()
    assert read == ["mileage", "figures"]
