"""Every committed unit of work tells what it changed — which kinds, for whom — to whoever
listens on the database, and nothing when it fails."""

from __future__ import annotations

from datetime import date

import pytest

from cjeapp.core.changes import TABLE_KINDS
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Record
from cjeapp.core.people import clients
from cjeapp.core.people import consents
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.reception import visits


@pytest.fixture
def heard(db: Database) -> list[Change]:
    told: list[Change] = []
    db.change_listeners.append(told.extend)
    return told


def _person(db: Database, actor: Actor) -> ClientId:
    return clients.create_client(db, actor, ClientForm(
        first_name="Amina", last_name="Diallo", birth_date=date(1990, 1, 1), sex="F",
        country_of_birth="SN", region_code="12")).id


def test_each_write_tells_its_kind_and_its_person(db: Database, staff: dict[str, Actor],
                                                  heard: list[Change]) -> None:
    desk = staff["reception"]
    amina = _person(db, desk)
    assert heard == [Change(ChangeKind.CLIENTS, amina)]
    heard.clear()
    consents.record_consent(db, desk, amina, purpose="service",
                            given_on=date(2026, 10, 1), method="verbal")
    assert heard == [Change(ChangeKind.CLIENTS, amina)]
    heard.clear()
    visits.check_in(db, desk, amina, "Renseignements")
    assert Change(ChangeKind.VISITS, amina) in heard


def test_a_refused_write_tells_nothing(db: Database, staff: dict[str, Actor],
                                       heard: list[Change]) -> None:
    with pytest.raises(CjeError):
        clients.create_client(db, staff["reception"], ClientForm(first_name="", last_name=""))
    assert heard == []


def test_reads_tell_nothing(db: Database, staff: dict[str, Actor],
                            heard: list[Change]) -> None:
    amina = _person(db, staff["reception"])
    heard.clear()
    clients.open_client(db, staff["reception"], amina)  # audited, yet no data changed
    assert heard == []


def test_every_table_a_screen_shows_has_its_kind() -> None:
    """A new table is either told to screens or named as bookkeeping here."""
    bookkeeping = {"audit_log", "change_log", "exchange_replicas", "exchange_bases",
                   "exchange_conflicts", "import_batches", "import_records", "key_holders",
                   "key_grants", "sign_in_throttle", "funder_packages", "destructions"}
    tables = {mapper.class_.__tablename__ for mapper in Record.registry.mappers}
    assert tables - bookkeeping - set(TABLE_KINDS) == set()
    assert set(TABLE_KINDS) <= tables


def test_a_plan_item_is_told_for_its_person(db: Database, staff: dict[str, Actor],
                                            heard: list[Change]) -> None:
    from cjeapp.core.casework import plans

    amina = _person(db, staff["reception"])
    heard.clear()
    plans.add_item(db, staff["counsellor"], amina, plans.ItemForm("installation", "RAMQ"))
    assert heard and all(change.client_id == amina for change in heard)


def test_a_listener_that_fails_never_fails_the_saved_work(db: Database,
                                                          staff: dict[str, Actor]) -> None:
    def broken(_changes: object) -> None:
        raise RuntimeError("a screen gone wrong")

    db.change_listeners.append(broken)
    amina = _person(db, staff["reception"])  # saved, and said so
    assert clients.open_client(db, staff["reception"], amina)[0].first_name == "Amina"
