"""Convergence, checked on generated histories (Hypothesis): an office and two laptops make
random real changes (edits of the same fields on several sides, services recorded,
appointments booked and enrolments in a small activity on several sides, people created,
deleted, reassigned from one laptop's counsellor to the other's, files destroyed at the
office under Law 25) and exchange files at random — files imported twice, out of order, or
never. After a last round of exchanges, every laptop holds exactly its share as the office
has it, nothing a side acknowledged is missing, each conflict is listed once, and nothing
a laptop did to a destroyed file came back."""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from sqlalchemy import select

from cjeapp.core.agenda import appointments
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.casework.service_records import record_service
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.exchange import packages
from cjeapp.core.exchange.replicas import _share_rows
from cjeapp.core.exchange.rows import EXCHANGED
from cjeapp.core.exchange.rows import read_rows
from cjeapp.core.exchange.rows import table
from cjeapp.core.exchange.sealing import BadExchangeFile
from cjeapp.core.exchange.share import share_ids
from cjeapp.core.groups import activities
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import ExchangeBase
from cjeapp.core.models import ExchangeConflict
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.privacy import retention
from cjeapp.core.staff import accounts
from tests import databases
from tests.core.exchange_world import Laptop
from tests.core.exchange_world import edit
from tests.core.exchange_world import hub_id
from tests.core.exchange_world import make_laptop

pytestmark = pytest.mark.sqlite_file("the laptops are files; the office's side is the same")
COUNSELLORS = ("counsellor", "coordinator")  # one laptop each
PHONES = ("418 555-0101", "418 555-0102", "819 555-0103")
TOWNS = ("Disraeli", "Thetford Mines", "Black Lake")
SLOTS = tuple(datetime(2027, 1, 12, hour, 0, tzinfo=ZoneInfo("America/Toronto"))
              for hour in (10, 11))


@dataclass
class World:
    hub: Database
    office: Actor  # the coordinator, at the office
    actors: dict[str, Actor]
    laptops: list[Laptop]
    people: list[ClientId]
    activity: str
    to_hub: list[bytes] = field(default_factory=list)
    to_laptop: list[list[bytes]] = field(default_factory=lambda: [[], []])
    # (side, person, field, value) of each edit that changed something, in order
    edits: list[tuple[int, ClientId, str, str]] = field(default_factory=list)
    moved: set[ClientId] = field(default_factory=set)  # deleted, reassigned or destroyed
    # a file destroyed at the office -> its rows there just after: nothing may change them
    destroyed: dict[ClientId, dict[str, dict[str, object]]] = field(default_factory=dict)

    def side(self, number: int) -> tuple[Database, Actor]:
        if number == 2:
            return self.hub, self.office
        return self.laptops[number].db, self.laptops[number].actor

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.db.close()
        self.hub.close()


def _world(template: Path, folder: Path) -> World:
    hub = databases.open_copy(template, folder / "office.cjeapp")
    actors = {name: accounts.sign_in(hub, name, f"{name}-password")
              for name in ("reception", "counsellor", "coordinator", "director")}
    people = [clients.create_client(hub, actors["reception"], ClientForm(
        first_name=first, last_name="Côté", phone=PHONES[0], municipality=TOWNS[1],
        assigned_counsellor_id=actors[COUNSELLORS[number % 2]].user_id)).id
        for number, first in enumerate(("Hélène", "Omar", "Aïcha", "Luis"))]
    activity = activities.create_activity(hub, actors["coordinator"], kind="school_workshop",
                                          title="Atelier", capacity=2).id
    laptops = [make_laptop(hub, actors["coordinator"], actors[name], folder, f"Portable {name}")
               for name in COUNSELLORS]
    return World(hub, actors["coordinator"], actors, laptops, people, activity)


def _present(db: Database, client_id: ClientId) -> bool:
    with db.read_session() as session:
        person = session.get(Client, client_id)
        return person is not None and person.deleted_at is None


def _do(world: World, step: tuple[object, ...]) -> None:
    kind = step[0]
    if kind == "edit":
        _kind, side, person, field_name, value = step
        db, actor = world.side(int(side))  # type: ignore[call-overload]
        client_id = world.people[int(person) % len(world.people)]  # type: ignore[call-overload]
        if _present(db, client_id):
            with db.read_session() as session:
                before = getattr(session.get(Client, client_id), str(field_name))
            if before != value:
                edit(db, actor, client_id, **{str(field_name): value})
                world.edits.append((int(side), client_id, str(field_name), str(value)))  # type: ignore[call-overload]
    elif kind == "service":
        _kind, side, person = step
        db, actor = world.side(int(side))  # type: ignore[call-overload]
        client_id = world.people[int(person) % len(world.people)]  # type: ignore[call-overload]
        if _present(db, client_id):
            record_service(db, actor, client_id, ServiceForm(
                "housing_search", delivered_on=date(2026, 11, 20)))
    elif kind in ("book", "enrol"):
        side, person = int(step[1]), int(step[2])  # type: ignore[call-overload]
        db, actor = world.side(side)
        client_id = world.people[person % len(world.people)]
        if not _present(db, client_id):
            return
        with contextlib.suppress(CjeError):  # a slot taken, already enrolled: refused here
            if kind == "enrol":
                activities.enrol(db, actor, world.activity, client_id)
            else:
                with db.read_session() as session:
                    counsellor = session.get(Client, client_id).assigned_counsellor_id  # type: ignore[union-attr]
                if counsellor is not None:
                    appointments.book(db, actor, client_id=client_id, counsellor_id=counsellor,
                                      kind="follow_up", place="office",
                                      starts_at=SLOTS[int(step[3]) % len(SLOTS)],  # type: ignore[call-overload]
                                      minutes=45)
    elif kind == "create":
        _kind, side = step
        db, actor = world.side(int(side))  # type: ignore[call-overload]
        counsellor = actor if int(side) < 2 else world.actors["counsellor"]  # type: ignore[call-overload]
        world.people.append(clients.create_client(db, actor, ClientForm(
            first_name="Nouvelle", last_name="Personne",
            assigned_counsellor_id=counsellor.user_id)).id)
    elif kind == "delete":
        _kind, person = step
        client_id = world.people[int(person) % len(world.people)]  # type: ignore[call-overload]
        if _present(world.hub, client_id):
            clients.delete_client(world.hub, world.office, client_id)
            world.moved.add(client_id)
    elif kind == "destroy":  # under Law 25, years later; the laptops may not have heard
        _kind, person = step
        client_id = world.people[int(person) % len(world.people)]  # type: ignore[call-overload]
        due = {row.client_id for row in retention.due_files(
            world.hub, world.actors["director"], date(2040, 1, 2)) if not row.blocked}
        if client_id in due:  # at the office, and not deleted there first
            retention.destroy(world.hub, world.actors["director"], [client_id],
                              today=date(2040, 1, 2))
            world.moved.add(client_id)
            world.destroyed[client_id] = _rows_of(world.hub, client_id)
    elif kind == "reassign":
        _kind, person, to = step
        client_id = world.people[int(person) % len(world.people)]  # type: ignore[call-overload]
        if _present(world.hub, client_id):
            world.moved.add(client_id)
            edit(world.hub, world.office, client_id,
                 assigned_counsellor_id=world.actors[COUNSELLORS[int(to)]].user_id)  # type: ignore[call-overload]
    elif kind == "write":
        _kind, number, upward = step
        laptop = world.laptops[int(number)]  # type: ignore[call-overload]
        if upward:
            world.to_hub.append(packages.export_changes(laptop.db, laptop.actor,
                                                        hub_id(laptop)).data)
        else:
            world.to_laptop[int(number)].append(packages.export_changes(  # type: ignore[call-overload]
                world.hub, world.office, laptop.replica_id).data)
    elif kind == "read":
        _kind, number, upward, pick = step
        box = world.to_hub if upward else world.to_laptop[int(number)]  # type: ignore[call-overload]
        if box:
            data = box[int(pick) % len(box)]  # type: ignore[call-overload]
            db, actor = (world.hub, world.office) if upward else world.side(int(number))  # type: ignore[call-overload]
            # refused when already imported or an earlier one is missing: nothing changed
            with contextlib.suppress(BadExchangeFile):
                packages.import_changes(db, actor, data)


steps = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 9),
              st.just("phone"), st.sampled_from(PHONES)),
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 9),
              st.just("municipality"), st.sampled_from(TOWNS)),
    st.tuples(st.just("service"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("create"), st.integers(0, 2)),
    st.tuples(st.just("book"), st.integers(0, 2), st.integers(0, 9), st.integers(0, 1)),
    st.tuples(st.just("enrol"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("delete"), st.integers(0, 9)),
    st.tuples(st.just("reassign"), st.integers(0, 9), st.integers(0, 1)),
    st.tuples(st.just("destroy"), st.integers(0, 9)),
    st.tuples(st.just("write"), st.integers(0, 1), st.booleans()),
    st.tuples(st.just("read"), st.integers(0, 1), st.booleans(), st.integers(0, 9)),
)


def _last_round(world: World) -> None:
    for laptop in world.laptops:
        packages.import_changes(world.hub, world.office, packages.export_changes(
            laptop.db, laptop.actor, hub_id(laptop)).data)
    for laptop in world.laptops:
        packages.import_changes(laptop.db, laptop.actor, packages.export_changes(
            world.hub, world.office, laptop.replica_id).data)


def _rows_of(db: Database, client_id: ClientId) -> dict[str, dict[str, object]]:
    """Every row of the person's (their file, rows naming them, conflicts about them)."""
    with db.engine.connect() as connection:
        found: dict[str, dict[str, object]] = {}
        for name in EXCHANGED:
            rows = table(name)
            column = rows.c.id if name == "clients" else rows.c.get("client_id")
            if column is not None:
                found[name] = read_rows(connection, name, list(connection.scalars(
                    select(rows.c.id).where(column == client_id))))
        return found


def _laptop_rows(laptop: Laptop) -> dict[str, dict[str, object]]:
    with laptop.db.engine.connect() as connection:
        return {name: read_rows(connection, name, list(connection.scalars(
            select(table(name).c.id)))) for name in EXCHANGED if name != "exchange_conflicts"}


@given(st.lists(steps, min_size=5, max_size=30))
@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
def test_every_laptop_ends_with_its_share_as_the_office_has_it(
        staffed_template: Path, tmp_path_factory: pytest.TempPathFactory,
        history: list[tuple[object, ...]]) -> None:
    world = _world(staffed_template, tmp_path_factory.mktemp("exchange"))
    try:
        for step in history:
            _do(world, step)
        _last_round(world)
        with world.hub.engine.connect() as connection:
            for laptop, name in zip(world.laptops, COUNSELLORS, strict=True):
                counsellor = str(world.actors[name].user_id)
                wanted = _share_rows(connection, [counsellor])
                wanted.pop("exchange_conflicts", None)
                held = _laptop_rows(laptop)
                for table_name in wanted:
                    assert held[table_name] == wanted[table_name], (name, table_name, [
                        (row_id, field, row.get(field), wanted[table_name].get(row_id, {})
                         .get(field)) for row_id, row in held[table_name].items()
                        for field in row
                        if row.get(field) != wanted[table_name].get(row_id, {}).get(field)])
        for laptop, name in zip(world.laptops, COUNSELLORS, strict=True):
            # one more round trip: the office forgets its copy of whoever left the laptop
            # (it waits while the laptop's file still carries something outside its share,
            # or a conflict of its own)
            for _way in range(2):
                packages.import_changes(world.hub, world.office, packages.export_changes(
                    laptop.db, laptop.actor, hub_id(laptop)).data)
                packages.import_changes(laptop.db, laptop.actor, packages.export_changes(
                    world.hub, world.office, laptop.replica_id).data)
            packages.import_changes(world.hub, world.office, packages.export_changes(
                laptop.db, laptop.actor, hub_id(laptop)).data)
            with world.hub.engine.connect() as connection:
                share = share_ids(connection, [str(world.actors[name].user_id)])
            with world.hub.read_session() as session:
                kept = [(base.table_name, base.row_id) for base in session.scalars(
                    select(ExchangeBase).where(ExchangeBase.peer_id == laptop.replica_id))
                    if base.table_name != "exchange_conflicts"
                    and base.row_id not in share.get(base.table_name, set())]
            assert kept == [], (name, kept)
        for person, then in world.destroyed.items():  # Law 25: nothing came back
            assert _rows_of(world.hub, person) == then, person
            for laptop in world.laptops:
                assert not any(_rows_of(laptop.db, person).values()), person
        with world.hub.read_session() as session:
            listed = Counter((c.table_name, c.row_id, c.field, c.hub_value, c.other_value)
                             for c in session.scalars(select(ExchangeConflict)))
            assert all(count == 1 for count in listed.values())
            kept = {(row_id, name, json.loads(other)) for _t, row_id, name, _hub, other
                    in listed}
            last = {(person, name): (side, value) for side, person, name, value in world.edits}
            for (person, name), (side, value) in last.items():
                if person in world.moved:
                    continue
                now = getattr(session.get(Client, person), name)
                if side == 2:  # the office's last word stands
                    assert now == value, (person, name)
                else:  # a laptop's is there, or kept in a conflict: never lost
                    assert now == value or (person, name, value) in kept, (person, name)
    finally:
        world.close()
