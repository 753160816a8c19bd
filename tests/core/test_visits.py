"""Walk-ins: waiting list, taking the next person, timing, closing."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta

import pytest

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.reception import visits

MORNING = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # 9:00 in Quebec


def _person(db: Database, actor: Actor, first: str) -> str:
    return clients.create_client(db, actor, ClientForm(first_name=first, last_name="Test")).id


def test_walk_in_from_check_in_to_close(db: Database, staff: dict[str, Actor]) -> None:
    reception, counsellor = staff["reception"], staff["counsellor"]
    clock.freeze(MORNING)
    first = _person(db, reception, "Amina")
    second = _person(db, reception, "Bruno")
    visits.check_in(db, reception, first, "Carte RAMQ")
    clock.freeze(MORNING + timedelta(minutes=5))
    visits.check_in(db, reception, second, "Logement")
    with pytest.raises(CjeError, match="already on the waiting list"):
        visits.check_in(db, reception, first, "Encore")
    with pytest.raises(PermissionDenied):
        visits.take(db, reception)

    clock.freeze(MORNING + timedelta(minutes=20))
    taken = visits.take(db, counsellor)
    assert taken.client_id == first  # who waited longest
    assert taken.waited(clock.now()) == timedelta(minutes=20)
    clock.freeze(MORNING + timedelta(minutes=50))
    closed = visits.close(db, counsellor, taken.id, "NAS obtenu")
    assert closed.duration(clock.now()) == timedelta(minutes=30)

    today = visits.visits_of_day(db, reception)
    assert [(row.client_id, row.status) for row in today] == [(second, "waiting"),
                                                              (first, "closed")]
    assert today[0].waited(clock.now()) == timedelta(minutes=45)


def test_reason_is_required_and_nobody_waiting_is_said(db: Database,
                                                       staff: dict[str, Actor]) -> None:
    person = _person(db, staff["reception"], "Chen")
    with pytest.raises(ValidationError) as caught:
        visits.check_in(db, staff["reception"], person, "  ")
    assert caught.value.errors[0].field == "reason"
    with pytest.raises(CjeError, match="Nobody is waiting"):
        visits.take(db, staff["counsellor"])


def test_counsellor_takes_a_named_person_and_someone_leaves(db: Database,
                                                            staff: dict[str, Actor]) -> None:
    reception, counsellor = staff["reception"], staff["counsellor"]
    clock.freeze(MORNING)
    a = visits.check_in(db, reception, _person(db, reception, "Dana"), "Info")
    b = visits.check_in(db, reception, _person(db, reception, "Eli"), "Info")
    assert visits.take(db, counsellor, b.id).id == b.id
    visits.left_without_service(db, reception, a.id)
    with pytest.raises(CjeError, match="no longer waiting"):
        visits.take(db, counsellor, a.id)
    statuses = {row.id: row.status for row in visits.visits_of_day(db, reception)}
    assert statuses == {a.id: "left", b.id: "in_progress"}


def test_yesterdays_closed_visits_leave_the_day_list(db: Database,
                                                     staff: dict[str, Actor]) -> None:
    reception, counsellor = staff["reception"], staff["counsellor"]
    clock.freeze(MORNING - timedelta(days=1))
    visit = visits.check_in(db, reception, _person(db, reception, "Fatou"), "Info")
    visits.take(db, counsellor, visit.id)
    visits.close(db, counsellor, visit.id)
    clock.freeze(MORNING)
    assert visits.visits_of_day(db, reception) == []
