"""Requests due in 72 business hours, the follow-ups board and each counsellor's load."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta

import pytest

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.agenda import followups
from cjeapp.core.calendar import deadlines
from cjeapp.core.calendar.business_days import Closure
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ValidationError
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.reception import requests
from cjeapp.core.unit_of_work import unit_of_work


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LOCAL_ZONE)


@pytest.fixture
def person(db: Database, staff: dict[str, Actor]) -> str:
    clock.freeze(datetime(2026, 11, 20, 21, 55, tzinfo=UTC))  # Friday 16:55 in Quebec
    return clients.create_client(db, staff["reception"], ClientForm(
        first_name="Khadija", last_name="Benali",
        assigned_counsellor_id=staff["counsellor"].user_id)).id


def test_request_due_72_business_hours_later(db: Database, staff: dict[str, Actor],
                                             person: str) -> None:
    request = requests.open_request(db, staff["reception"], person, subject="Carte RAMQ",
                                    channel="phone")
    # Friday 16:55 is after closing (16:30): the 72 hours count from Monday's opening.
    assert request.due_at == at(2026, 11, 26, 8, 30)
    assert request.assigned_to == staff["counsellor"].user_id


@pytest.mark.parametrize(("received", "due"), [
    (at(2026, 11, 18, 10, 0), at(2026, 11, 23, 10, 0)),  # Wednesday in hours: Monday
    (at(2026, 11, 24, 1, 0), at(2026, 11, 27, 8, 30)),  # 1 a.m.: from Tuesday's opening
    (at(2026, 11, 22, 14, 0), at(2026, 11, 26, 8, 30)),  # a Sunday: from Monday's opening
    (at(2026, 11, 23, 8, 29), at(2026, 11, 26, 8, 30)),  # a minute before opening
])
def test_request_deadlines_fall_in_opening_hours(db: Database, staff: dict[str, Actor],
                                                 person: str, received: datetime,
                                                 due: datetime) -> None:
    request = requests.open_request(db, staff["reception"], person, subject="Carte RAMQ",
                                    channel="email", received_at=received)
    assert request.due_at == due


def test_a_deadline_on_a_day_the_office_is_closed_moves_to_its_next_opening(
        db: Database, staff: dict[str, Actor], person: str) -> None:
    from cjeapp.core.models import Client
    from cjeapp.core.models import Office

    with unit_of_work(db, staff["administrator"]) as uow:  # a point of service, Mon-Thu
        office = uow.add(Office(organization_id=_organization_id(db), name="Saint-Flavien",
                                opening_hours='{"0": ["09:00", "15:00"], "1": ["09:00", '
                                              '"15:00"], "2": ["09:00", "15:00"], '
                                              '"3": ["09:00", "15:00"]}'))
        uow.change(uow.get(Client, person, what="client"), {"office_id": office.id})
    request = requests.open_request(db, staff["reception"], person, subject="SAAQ",
                                    channel="phone", received_at=at(2026, 11, 18, 10, 0))
    assert request.due_at == at(2026, 11, 23, 10, 0)
    request = requests.open_request(db, staff["reception"], person, subject="SAAQ",
                                    channel="phone", received_at=at(2026, 11, 17, 14, 0))
    # Tuesday 14:00 plus 72 hours is Friday 14:00; that office is closed on Fridays.
    assert request.due_at == at(2026, 11, 23, 9, 0)


def _organization_id(db: Database) -> str:
    from cjeapp.core.org import organization

    return organization.get_organization(db).id


def test_organization_closures_move_the_deadline(db: Database, staff: dict[str, Actor],
                                                 person: str) -> None:
    deadlines.save_calendar(db, staff["administrator"],
                           [Closure(date(2026, 11, 24), date(2026, 11, 24), "Formation")],
                           easter_monday=False, good_friday=True)
    request = requests.open_request(db, staff["reception"], person, subject="Logement",
                                    channel="email")
    assert request.due_at == at(2026, 11, 27, 8, 30)
    with pytest.raises(ValidationError):
        deadlines.save_calendar(db, staff["administrator"], [], easter_monday=False,
                               good_friday=False)


def test_closing_a_request_records_answer_and_time(db: Database, staff: dict[str, Actor],
                                                   person: str) -> None:
    request = requests.open_request(db, staff["reception"], person, subject="Info",
                                    channel="walk_in")
    clock.freeze(datetime(2026, 11, 23, 15, 0, tzinfo=UTC))
    closed = requests.close_request(db, staff["counsellor"], request.id, "Rappelée lundi.")
    assert closed.on_time
    assert closed.time_taken == timedelta(days=2, hours=17, minutes=5)
    with pytest.raises(CjeError, match="already closed"):
        requests.close_request(db, staff["counsellor"], request.id, "Encore")


def test_board_puts_overdue_first_then_priority(db: Database, staff: dict[str, Actor],
                                                person: str) -> None:
    reception = staff["reception"]
    old = requests.open_request(db, reception, person, subject="Ancienne", channel="phone",
                                received_at=at(2026, 11, 10, 9, 0))
    low = requests.open_request(db, reception, person, subject="Basse", channel="phone",
                                priority="low")
    high = requests.open_request(db, reception, person, subject="Haute", channel="phone",
                                 priority="high")
    board = followups.board(db, staff["counsellor"])
    assert [item.id for item in board] == [old.id, high.id, low.id]
    now = clock.now()
    assert board[0].is_overdue(now) and not board[1].is_overdue(now)


def test_loads_count_open_files_and_booked_hours(db: Database, staff: dict[str, Actor],
                                                 person: str) -> None:
    counsellor = staff["counsellor"].user_id
    assert counsellor
    requests.open_request(db, staff["reception"], person, subject="Info", channel="phone")
    clock.freeze(datetime(2026, 11, 23, 13, 0, tzinfo=UTC))  # Monday 8:00
    appointments.book(db, staff["reception"], client_id=person, counsellor_id=counsellor,
                      kind="follow_up", place="office", starts_at=at(2026, 11, 24, 9, 0),
                      minutes=90)
    load = {row.name: row for row in followups.loads(db, staff["counsellor"])}
    mine = load["Test counsellor"]
    assert (mine.open_files, mine.hours_booked_this_week, mine.overdue) == (1, 1.5, 0)


def test_plan_follow_ups_are_on_the_board(db: Database, staff: dict[str, Actor],
                                          person: str) -> None:
    from cjeapp.core.models import ActionPlan
    from cjeapp.core.models import PlanItem

    with unit_of_work(db, staff["counsellor"]) as uow:
        plan = uow.add(ActionPlan(client_id=person, started_on=date(2026, 11, 1)))
        uow.add(PlanItem(plan_id=plan.id, area="installation", goal="Carte RAMQ",
                         next_follow_up=deadlines.follow_up_due(db, date(2026, 11, 6))))
    board = followups.board(db, staff["counsellor"])
    assert [(item.kind, item.subject) for item in board] == [("plan_item", "Carte RAMQ")]
    assert board[0].due_at == at(2026, 11, 20, 16, 30)
    assert board[0].is_overdue(clock.now())


def test_newcomers_without_a_first_meeting_are_on_the_board(db: Database,
                                                            staff: dict[str, Actor]) -> None:
    clock.freeze(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    counsellor = staff["counsellor"].user_id
    arrived = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Oksana", last_name="Melnyk", arrival_date=date(2026, 11, 17),
        assigned_counsellor_id=counsellor)).id
    board = followups.board(db, staff["counsellor"])
    assert [(item.kind, item.client_id) for item in board] == [("first_meeting", arrived)]
    assert board[0].due_at == at(2026, 11, 24, 16, 30)  # five business days after arrival
    assert counsellor
    appointments.book(db, staff["reception"], client_id=arrived, counsellor_id=counsellor,
                      kind="welcome", place="office", starts_at=at(2026, 11, 23, 10, 0),
                      minutes=60)
    assert followups.board(db, staff["counsellor"]) == []
