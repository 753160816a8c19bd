"""A hub (the office's database) and laptops registered at it, for the exchange tests: files
written and imported as a USB key would carry them."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path

from cjeapp.core.db.database import Database
from cjeapp.core.exchange import packages
from cjeapp.core.exchange.replicas import create_replica
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import opening


@dataclass
class Laptop:
    db: Database
    actor: Actor
    replica_id: str


def make_laptop(hub: Database, coordinator: Actor, counsellor: Actor, folder: Path,
                name: str = "Portable de Disraeli") -> Laptop:
    made = create_replica(hub, coordinator, name=name,
                          counsellors=[str(counsellor.user_id)],
                          password=f"{counsellor.username}-password",
                          destination=folder / f"{name}.cjeapp")
    db, actor = opening.open_database(made.path, counsellor.username,
                                      f"{counsellor.username}-password")
    return Laptop(db, actor, made.replica_id)


def hub_id(laptop: Laptop) -> str:
    with laptop.db.read_session() as session:
        me = packages.own_replica(session)
        hub = next(peer for peer in session.query(type(me)).all() if peer.is_hub)
        return hub.id


def up(laptop: Laptop, hub: Database, hub_actor: Actor) -> packages.Imported:
    """The laptop's file, imported at the office."""
    written = packages.export_changes(laptop.db, laptop.actor, hub_id(laptop))
    return packages.import_changes(hub, hub_actor, written.data)


def down(laptop: Laptop, hub: Database, hub_actor: Actor) -> packages.Imported:
    """The office's file for the laptop, imported on it."""
    written = packages.export_changes(hub, hub_actor, laptop.replica_id)
    return packages.import_changes(laptop.db, laptop.actor, written.data)


def form_of(db: Database, actor: Actor, client_id: ClientId) -> tuple[ClientForm, int]:
    client, languages = clients.open_client(db, actor, client_id)
    names = {name: getattr(client, name) for name in ClientForm.__dataclass_fields__
             if hasattr(Client, name)}
    return replace(ClientForm(**names), languages=languages), client.version


def edit(db: Database, actor: Actor, client_id: ClientId, **changes: object) -> None:
    form, version = form_of(db, actor, client_id)
    clients.update_client(db, actor, client_id, replace(form, **changes), version)


def client_row(db: Database, client_id: str) -> Client:
    """The person's row as this database holds it (deleted or not)."""
    with db.read_session() as session:
        found = session.get(Client, client_id)
        assert found is not None
        session.expunge(found)
        return found
