"""The demo's laptop: the demo counsellor's laptop registered at the demo office, then a
day apart — the office and the laptop change the same people (different fields, and the
same ones), the laptop books a slot the office also filled — one exchange both ways, and
the next morning's work not yet sent; so « Échanges » at the office has real conflicts to
decide and the laptop's status bar a history and a change waiting."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from datetime import time
from pathlib import Path

from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.calendar.business_days import BusinessCalendar
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.casework.service_records import record_service
from cjeapp.core.db.database import Database
from cjeapp.core.demo.generator import DEMO_ACCOUNTS
from cjeapp.core.exchange import packages
from cjeapp.core.exchange.replicas import LaptopMade
from cjeapp.core.exchange.replicas import create_replica
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import Replica
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from cjeapp.core.staff import opening

TOWNS = ("Disraeli", "Saint-Joseph-de-Coleraine", "Adstock")


def _edit(db: Database, actor: Actor, client_id: ClientId, **changes: object) -> None:
    client, languages = clients.open_client(db, actor, client_id)
    names = {name: getattr(client, name) for name in ClientForm.__dataclass_fields__
             if hasattr(Client, name)}
    form = replace(ClientForm(**names), languages=languages, **changes)  # type: ignore[arg-type]
    clients.update_client(db, actor, client_id, form, client.version)


def make_demo_laptop(office: Database, destination: Path) -> LaptopMade:
    """Register the demo counsellor's laptop at ``office``, write it to ``destination``,
    make the day apart and exchange once, both ways."""
    def account(role: str) -> tuple[str, str]:
        found = next(item for item in DEMO_ACCOUNTS if item.role == role)
        return found.username, found.password

    coordinator = accounts.sign_in(office, *account("coordinator"))
    reception = accounts.sign_in(office, *account("reception"))
    username, password = account("counsellor")
    counsellor = accounts.sign_in(office, username, password)
    made = create_replica(office, coordinator, name="Portable — point de service de Disraeli",
                          counsellors=[str(counsellor.user_id)], password=password,
                          destination=destination)
    laptop, on_laptop = opening.open_database(made.path, username, password)
    try:
        with laptop.read_session() as session:
            people = [ClientId(person) for person in session.scalars(
                select(Client.id).where(Client.deleted_at.is_(None)).order_by(Client.sort_key)
                .limit(6))]
            hub_id = session.scalar(select(Replica.id).where(Replica.is_hub.is_(True)))
        for number, person in enumerate(people[:3]):  # different fields: both kept
            _edit(laptop, on_laptop, person, municipality=TOWNS[number])
            _edit(office, reception, person, phone=f"418 555-01{number:02d}")
        for number, person in enumerate(people[3:6]):  # the same field: conflicts
            _edit(laptop, on_laptop, person, phone=f"819 555-02{number:02d}")
            _edit(office, reception, person, phone=f"418 555-03{number:02d}")
        day = BusinessCalendar.for_organization([]).add_business_days(clock.today(), 3)
        if people and counsellor.user_id is not None:
            # the same time booked on both sides: a conflict for the coordinator; a time the
            # counsellor has free on both (the demo's agenda depends on the day it is made)
            free = set(appointments.free_slots(laptop, on_laptop, counsellor.user_id, day, 45))
            both = sorted(free.intersection(appointments.free_slots(
                office, reception, counsellor.user_id, day, 45)))
            ten = datetime.combine(day, time(10, 0), tzinfo=clock.LOCAL_ZONE)
            for starts_at in [ten] if ten in both else both[:1]:
                for side, actor in ((office, reception), (laptop, on_laptop)):
                    appointments.book(side, actor, client_id=people[0],
                                      counsellor_id=counsellor.user_id, kind="follow_up",
                                      place="office", starts_at=starts_at, minutes=45)
        packages.import_changes(office, coordinator, packages.export_changes(
            laptop, on_laptop, str(hub_id)).data)
        packages.import_changes(laptop, on_laptop, packages.export_changes(
            office, coordinator, made.replica_id).data)
        if people:  # and the work of the next morning, not yet sent
            record_service(laptop, on_laptop, people[-1], ServiceForm("housing_search"))
    finally:
        laptop.close()
    return made
