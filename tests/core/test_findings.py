"""Damage and business findings (issue 32): a double booking or an activity over its
capacity is work for a person, never a reason to stop a backup; deciding it (an appointment
moved or cancelled, someone put on the waiting list) leaves no finding behind, at the office
and on the laptop after the next exchange."""

from __future__ import annotations

from datetime import datetime
from datetime import time
from pathlib import Path

import pytest
from sqlalchemy import select

from cjeapp.cli import main
from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.backups import automatic
from cjeapp.core.calendar.business_days import BusinessCalendar
from cjeapp.core.db.database import Database
from cjeapp.core.db.maintenance import check_database
from cjeapp.core.errors import CjeError
from cjeapp.core.exchange import packages
from cjeapp.core.exchange.conflicts import KEEP_OFFICE
from cjeapp.core.exchange.conflicts import list_conflicts
from cjeapp.core.exchange.conflicts import resolve_conflict
from cjeapp.core.findings.listing import list_findings
from cjeapp.core.groups import activities
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Activity
from cjeapp.core.models import Client
from cjeapp.core.models import Replica
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from cjeapp.core.staff import opening
from tests import databases


def _sign_in(db: Database, role: str) -> Actor:
    names = {"admin": ("admin", "demo-admin"), "coordinator": ("coordination", "demo-coord"),
             "reception": ("accueil", "demo-accueil"),
             "counsellor": ("conseillere", "demo-conseil")}
    return accounts.sign_in(db, *names[role])


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--lang", "fr", "check", "--db", str(path), "--user", "admin"])
    return code, capsys.readouterr().out


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-admin")


@pytest.mark.sqlite_file("the demo office is a file, its laptop beside it")
def test_the_demo_laptops_double_booking_is_decided_and_nothing_is_left(
        demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's demo: before and after the exchange a backup is made; the double
    booking is a finding (check exits 3), not damage; once one appointment is moved to a
    free time, the conflict closes by itself, check reports nothing, and the laptop has no
    finding left after the next exchange."""
    from cjeapp.core.demo.laptop import make_demo_laptop

    admin = _sign_in(demo_db, "admin")
    assert automatic.make_backup(demo_db, admin, "asked").path.exists()
    made = make_demo_laptop(demo_db, tmp_path / "portable.cjeapp")
    assert automatic.make_backup(demo_db, admin, "asked").path.exists()
    code, out = _check(demo_db.path, capsys)
    assert code == 3, out
    assert "À RÉGLER" in out and "deux rendez-vous en même temps" in out
    assert "saine" in out and "endommag" not in out.lower()
    report = check_database(demo_db.path, demo_db.key or b"")
    assert report.sound and not report.clear
    [finding] = report.findings
    assert finding.kind == "double_booking" and finding.other_id is not None

    coordinator = _sign_in(demo_db, "coordinator")
    [row] = list_findings(demo_db, coordinator)
    assert row.person  # the person's name, for the list and « Open the file »
    booking = next(c for c in list_conflicts(demo_db, coordinator) if c.kind == "booking")
    with pytest.raises(CjeError, match="toujours là"):
        resolve_conflict(demo_db, coordinator, booking.id, KEEP_OFFICE)

    pair = appointments.appointments_by_id(demo_db, coordinator,
                                           [finding.row_id, finding.other_id])
    assert len(pair) == 2 and pair[0].starts_at == pair[1].starts_at
    moving = pair[1]
    slots = appointments.free_slots(demo_db, coordinator, moving.counsellor_id,
                                    moving.starts_at.astimezone(clock.LOCAL_ZONE).date(),
                                    moving.minutes)
    assert slots
    appointments.reschedule(demo_db, coordinator, moving.id, starts_at=slots[0])
    assert all(c.kind != "booking" for c in list_conflicts(demo_db, coordinator))
    for conflict in list_conflicts(demo_db, coordinator):
        resolve_conflict(demo_db, coordinator, conflict.id, KEEP_OFFICE)
    assert list_findings(demo_db, coordinator) == []
    code, out = _check(demo_db.path, capsys)
    assert code == 0, out
    day = moving.starts_at.astimezone(clock.LOCAL_ZONE).date()
    same_slot = [row for row in appointments.agenda(demo_db, coordinator, day, 1,
                                                    moving.counsellor_id)
                 if row.starts_at == pair[0].starts_at and row.status == "booked"]
    assert len(same_slot) == 1

    laptop, counsellor = opening.open_database(made.path, "conseillere", "demo-conseil")
    try:
        assert not check_database(laptop.path, laptop.key or b"").clear  # before it hears
        assert automatic.make_backup(laptop, counsellor, "asked").path.exists()
        with laptop.read_session() as session:
            hub_id = session.scalar(select(Replica.id).where(Replica.is_hub.is_(True)))
        packages.import_changes(demo_db, coordinator, packages.export_changes(
            laptop, counsellor, str(hub_id)).data)
        packages.import_changes(laptop, counsellor, packages.export_changes(
            demo_db, coordinator, made.replica_id).data)
        report = check_database(laptop.path, laptop.key or b"")
        assert report.clear, [str(item) for item in report.findings + report.errors]
    finally:
        laptop.close()
    assert list_conflicts(demo_db, coordinator) == []


def test_a_cancelled_appointment_settles_the_double_booking(
        demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Made behind the program's back (as two sides of an exchange would): the backup is
    made anyway; cancelling one of the two leaves nothing to resolve."""
    coordinator = _sign_in(demo_db, "coordinator")
    counsellor = _sign_in(demo_db, "counsellor")
    with demo_db.read_session() as session:
        people = [ClientId(ident) for ident in session.scalars(
            select(Client.id).where(Client.deleted_at.is_(None)).limit(2))]
    day = BusinessCalendar.for_organization([]).add_business_days(clock.today(), 5)
    ten = datetime.combine(day, time(10, 0), tzinfo=clock.LOCAL_ZONE)
    assert counsellor.user_id is not None
    first = appointments.book(demo_db, coordinator, client_id=people[0],
                              counsellor_id=counsellor.user_id, kind="follow_up",
                              place="office", starts_at=ten, minutes=60)
    free = appointments.free_slots(demo_db, coordinator, counsellor.user_id, day, 60)
    second = appointments.book(demo_db, coordinator, client_id=people[1],
                               counsellor_id=counsellor.user_id, kind="follow_up",
                               place="office", starts_at=free[-1], minutes=60)
    demo_db.close()
    with databases.edit(demo_db.path) as connection:  # the clash, as an exchange brings it
        connection.execute("UPDATE appointments SET starts_at = (SELECT starts_at FROM "
                           "appointments WHERE id = ?), ends_at = (SELECT ends_at FROM "
                           "appointments WHERE id = ?) WHERE id = ?",
                           (first.id, first.id, second.id))
    db = Database.open(demo_db.path, demo_db.key)
    try:
        admin = _sign_in(db, "admin")
        assert automatic.make_backup(db, admin, "asked").path.exists()
        reception = _sign_in(db, "reception")
        [row] = [row for row in list_findings(db, reception)
                 if row.finding.kind == "double_booking"]
        assert {row.finding.row_id, row.finding.other_id} == {first.id, second.id}
        appointments.cancel(db, reception, second.id, "Double réservation, la personne "
                                                      "a été prévenue")
        assert [row for row in list_findings(db, reception)
                if row.finding.kind == "double_booking"] == []
    finally:
        db.close()


def test_an_activity_over_capacity_is_decided_by_the_waiting_list(demo_db: Database) -> None:
    coordinator = _sign_in(demo_db, "coordinator")
    with demo_db.read_session() as session:
        people = [ClientId(ident) for ident in session.scalars(
            select(Client.id).where(Client.deleted_at.is_(None)).limit(3))]
    activity = activities.create_activity(
        demo_db, coordinator, kind="intercultural", title="Atelier budget", capacity=2)
    enrolled = [activities.enrol(demo_db, coordinator, activity.id, person)
                for person in people]
    assert [e.status for e in enrolled] == ["enrolled", "enrolled", "waiting"]
    with pytest.raises(CjeError, match="not over its capacity"):
        activities.to_waiting_list(demo_db, coordinator, enrolled[0].id)
    demo_db.close()
    with databases.edit(demo_db.path) as connection:  # the third enrolled on a laptop
        connection.execute("UPDATE enrolments SET status = 'enrolled', waitlist_position = "
                           "NULL WHERE id = ?", (enrolled[2].id,))
    db = Database.open(demo_db.path, demo_db.key)
    try:
        admin = _sign_in(db, "admin")
        assert automatic.make_backup(db, admin, "asked").path.exists()
        report = check_database(db.path, db.key or b"")
        assert report.sound
        [finding] = [item for item in report.findings if item.kind == "over_capacity"]
        assert finding.row_id == activity.id and "Atelier budget" in str(finding)
        activities.to_waiting_list(db, coordinator, enrolled[1].id)
        assert [item for item in check_database(db.path, db.key or b"").findings
                if item.kind == "over_capacity"] == []
        by_id = {p.enrolment_id: p for p in activities.participants(db, coordinator,
                                                                      activity.id)}
        assert by_id[enrolled[1].id].status == "waiting"
        assert by_id[enrolled[1].id].waitlist_position == 1
        with db.read_session() as session:
            assert session.get(Activity, activity.id) is not None
    finally:
        db.close()


def test_damage_still_stops_a_backup(demo_db: Database, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A broken reference is damage: check exits 1 and says so, and the backup is
    refused in a sentence that says the file is damaged."""
    from cjeapp.core.errors import DamagedDatabase

    demo_db.close()
    with databases.edit(demo_db.path) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE visits SET client_id = 'nobody' "
                           "WHERE rowid = (SELECT min(rowid) FROM visits)")
    code, out = _check(demo_db.path, capsys)
    assert code == 1 and "endommagée" in out.lower()
    db = Database.open(demo_db.path, demo_db.key, verify=False)
    try:
        with pytest.raises(DamagedDatabase):
            automatic.make_backup(db, _sign_in(db, "admin"), "asked")
    finally:
        db.close()
