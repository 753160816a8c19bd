"""``cjeapp bench exchange``: an office (a demo database) and the laptop of its demo
counsellor; ``changes`` services recorded on the laptop go to the office, then as many
recorded at the office for the laptop's people come back. For each way: the time to write
the file, its size, and the time to import and apply it (merge, audit and all)."""

from __future__ import annotations

import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.demo.generator import DEMO_ACCOUNTS
from cjeapp.core.demo.generator import generate
from cjeapp.core.exchange import packages
from cjeapp.core.exchange.replicas import create_replica
from cjeapp.core.exchange.rows import table
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from cjeapp.core.staff import opening


@dataclass(frozen=True)
class Way:
    changes: int
    write_seconds: float
    file_bytes: int
    import_seconds: float
    applied: int


@dataclass(frozen=True)
class ExchangeBench:
    up: Way  # laptop -> office
    down: Way  # office -> laptop


def _record_services(db: Database, actor: Actor, count: int) -> None:
    """``count`` services for the people of ``actor`` (one transaction, as an import)."""
    with db.engine.begin() as connection:
        clients = table("clients")
        people = list(connection.scalars(select(clients.c.id).where(
            clients.c.assigned_counsellor_id == actor.user_id)))
        now = datetime.now(UTC)
        connection.execute(table("service_records").insert(), [{
            "id": str(uuid.uuid4()), "client_id": people[number % len(people)],
            "service_type": "housing_search", "volet": "2",
            "delivered_on": date(2026, 11, 2), "duration_minutes": 30,
            "staff_id": actor.user_id, "mode": "individual", "language": "fr",
            "created_at": now, "updated_at": now, "updated_by": actor.user_id, "version": 1,
        } for number in range(count)])


def _way(source: Database, source_actor: Actor, target: Database, target_actor: Actor,
         peer_id: str, changes: int) -> Way:
    started = time.perf_counter()
    written = packages.export_changes(source, source_actor, peer_id)
    wrote = time.perf_counter() - started
    started = time.perf_counter()
    done = packages.import_changes(target, target_actor, written.data)
    return Way(written.rows, wrote, len(written.data), time.perf_counter() - started,
               done.applied)


def run(changes: int = 10_000, clients: int = 300) -> ExchangeBench:
    counsellor = next(account for account in DEMO_ACCOUNTS if account.role == "counsellor")
    coordinator = next(account for account in DEMO_ACCOUNTS if account.role == "coordinator")
    with tempfile.TemporaryDirectory() as folder:
        office, _recovery = Database.create(Path(folder) / "bureau.cjeapp")
        try:
            generate(office, clients=clients, seed=7)
            at_office = accounts.sign_in(office, coordinator.username, coordinator.password)
            own = accounts.sign_in(office, counsellor.username, counsellor.password)
            made = create_replica(office, at_office, name="Portable de banc d'essai",
                                  counsellors=[str(own.user_id)],
                                  password=counsellor.password,
                                  destination=Path(folder) / "portable.cjeapp")
            laptop, on_laptop = opening.open_database(made.path, counsellor.username,
                                                      counsellor.password)
            try:
                with laptop.read_session() as session:
                    me = packages.own_replica(session)
                    hub_id = next(peer.id for peer in session.scalars(
                        select(type(me)).where(type(me).is_hub.is_(True))))
                _record_services(laptop, on_laptop, changes)
                up = _way(laptop, on_laptop, office, at_office, hub_id, changes)
                _record_services(office, own, changes)
                down = _way(office, at_office, laptop, on_laptop, made.replica_id, changes)
            finally:
                laptop.close()
        finally:
            office.close()
    return ExchangeBench(up, down)
