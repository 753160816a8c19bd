"""A laptop is backed up like the office's PC (issue 32): to a folder or USB key its
counsellor chooses, under a policy of its own that the office's (brought down by the
exchange) does not replace; a double booking on it does not stop its backup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from datetime import time
from pathlib import Path

import pytest

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.backups import automatic
from cjeapp.core.backups.automatic import BackupPolicy
from cjeapp.core.backups.rotation import Rotation
from cjeapp.core.calendar.business_days import BusinessCalendar
from cjeapp.core.db.database import Database
from cjeapp.core.db.maintenance import check_database
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.ids import ClientId
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from tests.core.exchange_world import Laptop
from tests.core.exchange_world import down
from tests.core.exchange_world import make_laptop
from tests.core.exchange_world import up

pytestmark = pytest.mark.sqlite_file("a laptop is a file, and so are its backups")


@pytest.fixture
def person(db: Database, staff: dict[str, Actor]) -> ClientId:
    return clients.create_client(db, staff["reception"], ClientForm(
        first_name="Hélène", last_name="Côté-Bélanger", phone="418 335-0802",
        assigned_counsellor_id=staff["counsellor"].user_id)).id


@pytest.fixture
def laptop(db: Database, staff: dict[str, Actor], person: ClientId,
           tmp_path: Path) -> Iterator[Laptop]:
    made = make_laptop(db, staff["coordinator"], staff["counsellor"], tmp_path)
    yield made
    made.db.close()


def test_the_laptop_keeps_its_own_backup_folder_and_backs_up_despite_a_finding(
        db: Database, admin: Actor, staff: dict[str, Actor], person: ClientId,
        laptop: Laptop, tmp_path: Path) -> None:
    office_folder = tmp_path / "serveur" / "sauvegardes"
    automatic.set_backup_policy(db, admin, BackupPolicy(office_folder, Rotation()))
    key_folder = tmp_path / "cle-usb" / "portable"
    automatic.set_backup_policy(laptop.db, laptop.actor,
                                BackupPolicy(key_folder, Rotation(daily=5)))
    with pytest.raises(PermissionDenied):
        automatic.set_backup_policy(db, staff["counsellor"],
                                    BackupPolicy(key_folder, Rotation()))

    day = BusinessCalendar.for_organization([]).add_business_days(clock.today(), 3)
    ten = datetime.combine(day, time(10, 0), tzinfo=clock.LOCAL_ZONE)
    assert staff["counsellor"].user_id is not None
    for side, actor in ((db, staff["reception"]), (laptop.db, laptop.actor)):
        appointments.book(side, actor, client_id=person,
                          counsellor_id=staff["counsellor"].user_id, kind="follow_up",
                          place="office", starts_at=ten, minutes=45)
    up(laptop, db, staff["coordinator"])
    down(laptop, db, staff["coordinator"])

    assert automatic.folder_of(laptop.db) == key_folder  # not the office's folder
    assert automatic.folder_of(db) == office_folder  # nor the laptop's at the office
    report = check_database(laptop.db.path, laptop.db.key or b"")
    assert report.sound and any(f.kind == "double_booking" for f in report.findings)
    made = automatic.make_backup(laptop.db, laptop.actor, "closing")
    assert made.path.parent == key_folder and made.path.exists()
    assert [b.path for b in automatic.list_backups(laptop.db, laptop.actor)] == [made.path]
    status = automatic.backup_status(laptop.db, laptop.actor)
    assert not status.stale
    assert automatic.make_backup(db, staff["reception"], "daily").path.parent == office_folder
