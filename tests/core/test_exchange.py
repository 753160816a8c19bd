"""The exchange between the office and a counsellor's laptop, by file: changes, merges,
conflicts, the share, and files refused (replayed, altered, for someone else)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.casework.service_records import record_service
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.db.database import Database
from cjeapp.core.db.maintenance import check_database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.exchange import packages
from cjeapp.core.exchange.conflicts import list_conflicts
from cjeapp.core.exchange.sealing import BadExchangeFile
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import ExchangeConflict
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.privacy import retention
from cjeapp.core.staff import opening
from tests.core.exchange_world import Laptop
from tests.core.exchange_world import client_row
from tests.core.exchange_world import down
from tests.core.exchange_world import edit
from tests.core.exchange_world import hub_id
from tests.core.exchange_world import make_laptop
from tests.core.exchange_world import up


@pytest.fixture
def helene(db: Database, staff: dict[str, Actor]) -> ClientId:
    return clients.create_client(db, staff["reception"], ClientForm(
        first_name="Hélène", last_name="Côté-Bélanger", phone="418 335-0802",
        municipality="Thetford Mines", assigned_counsellor_id=staff["counsellor"].user_id)).id


@pytest.fixture
def laptop(db: Database, staff: dict[str, Actor], helene: ClientId,
           tmp_path: Path) -> Laptop:
    made = make_laptop(db, staff["coordinator"], staff["counsellor"], tmp_path)
    yield made
    made.db.close()


def test_the_laptop_carries_its_counsellors_people_only(
        db: Database, staff: dict[str, Actor], helene: ClientId, tmp_path: Path) -> None:
    other = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Omar", last_name="Haddad")).id
    made = make_laptop(db, staff["coordinator"], staff["counsellor"], tmp_path)
    try:
        with made.db.read_session() as session:
            assert set(session.scalars(select(Client.id))) == {helene}
        assert client_row(made.db, helene).phone == "418 335-0802"
        assert other
    finally:
        made.db.close()


def test_changes_to_different_fields_on_both_sides_are_both_kept(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop) -> None:
    edit(db, staff["reception"], helene, phone="418 555-0101")
    edit(laptop.db, laptop.actor, helene, municipality="Disraeli")
    told: dict[str, list[Change]] = {"office": [], "laptop": []}
    db.change_listeners.append(told["office"].extend)
    laptop.db.change_listeners.append(told["laptop"].extend)
    assert up(laptop, db, staff["coordinator"]).conflicts == 0
    down(laptop, db, staff["coordinator"])
    # written in plain SQL, and told to each side's screens all the same
    assert Change(ChangeKind.CLIENTS) in told["office"]
    assert Change(ChangeKind.CLIENTS) in told["laptop"]
    for side in (db, laptop.db):
        person = client_row(side, helene)
        assert (person.phone, person.municipality) == ("418 555-0101", "Disraeli")


def test_the_same_field_changed_on_both_sides_is_one_conflict_and_loses_nothing(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop) -> None:
    edit(db, staff["reception"], helene, phone="418 555-0101")
    edit(laptop.db, laptop.actor, helene, phone="819 555-0202")
    down(laptop, db, staff["coordinator"])  # crossed: the office's file arrives first
    up(laptop, db, staff["coordinator"])
    down(laptop, db, staff["coordinator"])
    for side in (db, laptop.db):
        assert client_row(side, helene).phone == "418 555-0101"  # the office's, until decided
    with db.read_session() as session:
        listed = list(session.scalars(select(ExchangeConflict)))
    assert [(c.field, c.hub_value, c.other_value) for c in listed] == [
        ("phone", '"418 555-0101"', '"819 555-0202"')]


def test_a_file_imported_twice_or_altered_or_for_another_changes_nothing(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop) -> None:
    edit(laptop.db, laptop.actor, helene, municipality="Disraeli")
    written = packages.export_changes(laptop.db, laptop.actor, hub_id(laptop))
    altered = bytearray(written.data)
    altered[len(altered) // 2] ^= 1
    with pytest.raises(BadExchangeFile, match="altered"):
        packages.import_changes(db, staff["coordinator"], bytes(altered))
    assert client_row(db, helene).municipality == "Thetford Mines"
    with pytest.raises(BadExchangeFile, match="another database"):
        packages.import_changes(laptop.db, laptop.actor, written.data)
    packages.import_changes(db, staff["coordinator"], written.data)
    with pytest.raises(BadExchangeFile, match="already imported"):
        packages.import_changes(db, staff["coordinator"], written.data)
    assert client_row(db, helene).municipality == "Disraeli"


def _bases_about(db: Database, laptop: Laptop, client_id: str) -> int:
    from cjeapp.core.models import ExchangeBase
    from cjeapp.core.privacy.person_records import record_ids

    with db.read_session() as session:
        return len(session.scalars(select(ExchangeBase).where(
            ExchangeBase.peer_id == laptop.replica_id,
            ExchangeBase.row_id.in_(record_ids(client_id)))).all())


def test_a_person_reassigned_away_leaves_the_laptop(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop) -> None:
    edit(db, staff["coordinator"], helene, assigned_counsellor_id=staff["director"].user_id)
    told: list[Change] = []
    laptop.db.change_listeners.append(told.extend)
    assert down(laptop, db, staff["coordinator"]).removed >= 1
    assert Change(ChangeKind.CLIENTS) in told  # the laptop's screens let her go too
    with laptop.db.read_session() as session:
        assert session.get(Client, helene) is None
        from cjeapp.core.models import AuditEntry

        said = session.scalars(select(AuditEntry.action).where(  # each erasure audited
            AuditEntry.entity_id == helene, AuditEntry.action == "erase_details")).all()
        assert said == ["erase_details"]


def test_the_office_forgets_its_copy_of_a_person_once_the_laptop_let_them_go(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop) -> None:
    """What the office last agreed with the laptop about Hélène is an old copy of her
    file: kept while the laptop still holds her (here, with a change of its own not yet
    sent), forgotten once it has let her go; she comes back whole if reassigned back."""
    record_service(laptop.db, laptop.actor, helene, ServiceForm(
        "housing_search", delivered_on=date(2026, 11, 20)))
    edit(db, staff["coordinator"], helene, assigned_counsellor_id=staff["director"].user_id)
    assert down(laptop, db, staff["coordinator"]).removed == 0  # her service is not sent yet
    assert up(laptop, db, staff["coordinator"]).applied == 1
    assert _bases_about(db, laptop, helene) >= 2  # the laptop still holds her
    assert down(laptop, db, staff["coordinator"]).removed >= 2
    up(laptop, db, staff["coordinator"])
    assert _bases_about(db, laptop, helene) == 0
    edit(db, staff["reception"], helene, phone="418 555-0199")  # not for this laptop
    assert down(laptop, db, staff["coordinator"]).applied == 0
    edit(db, staff["coordinator"], helene, assigned_counsellor_id=staff["counsellor"].user_id)
    down(laptop, db, staff["coordinator"])
    assert client_row(laptop.db, helene).phone == "418 555-0199"
    with laptop.db.read_session() as session:
        from cjeapp.core.models import ServiceRecord

        assert len(session.scalars(select(ServiceRecord).where(
            ServiceRecord.client_id == helene)).all()) == 1
    edit(laptop.db, laptop.actor, helene, municipality="Disraeli")
    assert up(laptop, db, staff["coordinator"]).conflicts == 0
    assert client_row(db, helene).municipality == "Disraeli"


def test_a_change_against_a_deletion_is_a_conflict_not_a_resurrection(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop) -> None:
    clients.delete_client(db, staff["coordinator"], helene)
    edit(laptop.db, laptop.actor, helene, phone="819 555-0202")
    up(laptop, db, staff["coordinator"])
    down(laptop, db, staff["coordinator"])
    for side in (db, laptop.db):
        assert client_row(side, helene).deleted_at is not None
    with db.read_session() as session:
        kinds = [c.kind for c in session.scalars(select(ExchangeConflict))]
    assert kinds == ["deletion"]


@pytest.mark.sqlite_file("the commands are shown on files; the server takes the same words")
def test_the_commands_register_a_laptop_and_exchange_directly_and_by_file(
        db: Database, staff: dict[str, Actor], helene: ClientId, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from cjeapp.cli import main

    hub_file, laptop_file = str(db.path), str(tmp_path / "portable.cjeapp")
    db.close()
    monkeypatch.setenv("CJEAPP_PASSWORD", "coordinator-password")
    monkeypatch.setenv("CJEAPP_LAPTOP_PASSWORD", "wrong")
    create = ["--lang", "fr", "replica", "create", "--db", hub_file, "--user", "coordinator",
              "--counsellor", "counsellor", "--name", "Portable de Disraeli", "--out",
              laptop_file]
    assert main(create) == 1 and "mot de passe" in capsys.readouterr().err
    assert not Path(laptop_file).exists()
    monkeypatch.setenv("CJEAPP_LAPTOP_PASSWORD", "counsellor-password")
    assert main(create) == 0
    assert "Clé de récupération" in capsys.readouterr().out
    laptop, counsellor = opening.open_database(Path(laptop_file), "counsellor",
                                               "counsellor-password")
    try:
        edit(laptop, counsellor, helene, municipality="Disraeli")
    finally:
        laptop.close()
    monkeypatch.setenv("CJEAPP_PASSWORD", "counsellor-password")
    assert main(["exchange", "--db", laptop_file, "--user", "counsellor",
                 "--hub", hub_file]) == 0
    office, coordinator = opening.open_database(Path(hub_file), "coordinator",
                                                "coordinator-password")
    try:
        assert client_row(office, helene).municipality == "Disraeli"
        edit(office, coordinator, helene, phone="418 555-0199")
    finally:
        office.close()
    monkeypatch.setenv("CJEAPP_PASSWORD", "coordinator-password")
    down_file = str(tmp_path / "vers-portable.cjex")
    assert main(["exchange", "export", "--db", hub_file, "--user", "coordinator",
                 "--for", "Portable de Disraeli", "--out", down_file]) == 0
    monkeypatch.setenv("CJEAPP_PASSWORD", "counsellor-password")
    assert main(["exchange", "import", "--db", laptop_file, "--user", "counsellor",
                 down_file]) == 0
    assert main(["--lang", "fr", "exchange", "import", "--db", laptop_file, "--user",
                 "counsellor", down_file]) == 1
    assert "déjà été importé" in capsys.readouterr().err
    laptop, counsellor = opening.open_database(Path(laptop_file), "counsellor",
                                               "counsellor-password")
    try:
        assert client_row(laptop, helene).phone == "418 555-0199"
    finally:
        laptop.close()
    monkeypatch.setenv("CJEAPP_PASSWORD", "coordinator-password")
    retire = ["--lang", "fr", "replica", "retire", "--db", hub_file, "--user", "coordinator"]
    assert main([*retire, "Portable de Gatineau"]) == 1
    assert "Portable de Gatineau" in capsys.readouterr().err
    assert main([*retire, "Portable de Disraeli"]) == 0
    assert "Test counsellor" in capsys.readouterr().out  # whose password to change
    monkeypatch.setenv("CJEAPP_PASSWORD", "counsellor-password")
    assert main(["--lang", "fr", "exchange", "--db", laptop_file, "--user", "counsellor",
                 "--hub", hub_file]) == 1
    assert "retiré" in capsys.readouterr().err


def test_a_retired_laptop_is_refused_and_the_office_keeps_its_conflicts_only(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop,
        tmp_path: Path) -> None:
    """A laptop lost or stolen: the office refuses its files (its key may be someone
    else's now) and writes none for it, erases what it kept of the laptop's copy, and
    keeps the conflicts it brought until they are decided; the next laptop of the same
    counsellor numbers its documents in a new series."""
    from cjeapp.core.exchange.replicas import list_replicas
    from cjeapp.core.exchange.replicas import retire_replica
    from cjeapp.core.models import ExchangeBase
    from cjeapp.core.models import Replica

    edit(db, staff["reception"], helene, phone="418 555-0101")
    edit(laptop.db, laptop.actor, helene, phone="819 555-0202")
    up(laptop, db, staff["coordinator"])
    edit(laptop.db, laptop.actor, helene, municipality="Disraeli")
    late = packages.export_changes(laptop.db, laptop.actor, hub_id(laptop)).data
    with pytest.raises(PermissionDenied):
        retire_replica(db, staff["counsellor"], laptop.replica_id)
    done = retire_replica(db, staff["coordinator"], laptop.replica_id)
    assert (done.name, done.counsellors, done.open_conflicts) == (
        "Portable de Disraeli", ["Test counsellor"], 1)
    with pytest.raises(BadExchangeFile, match="retired"):
        packages.import_changes(db, staff["coordinator"], late)
    assert client_row(db, helene).municipality != "Disraeli"
    with pytest.raises(CjeError):
        packages.export_changes(db, staff["coordinator"], laptop.replica_id)
    with pytest.raises(CjeError):
        retire_replica(db, staff["coordinator"], laptop.replica_id)
    with db.read_session() as session:
        assert session.scalars(select(ExchangeBase).where(
            ExchangeBase.peer_id == laptop.replica_id)).all() == []
    assert [c.laptop_value for c in list_conflicts(db, staff["coordinator"])] == [
        "819 555-0202"]
    assert list_replicas(db, staff["coordinator"]) == []
    again = make_laptop(db, staff["coordinator"], staff["counsellor"], tmp_path,
                        name="Portable de Disraeli 2")
    try:
        with db.read_session() as session:
            assert session.get(Replica, again.replica_id).number_prefix == "L2"
    finally:
        again.db.close()


def test_the_coordinator_takes_the_laptops_value_and_the_laptop_gets_it(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop) -> None:
    from cjeapp.core.exchange.conflicts import TAKE_LAPTOP
    from cjeapp.core.exchange.conflicts import list_conflicts
    from cjeapp.core.exchange.conflicts import resolve_conflict
    from cjeapp.core.search.finder import search_clients

    edit(db, staff["reception"], helene, phone="418 555-0101")
    edit(laptop.db, laptop.actor, helene, phone="819 555-0202")
    up(laptop, db, staff["coordinator"])
    [conflict] = list_conflicts(db, staff["coordinator"])
    assert (conflict.person, conflict.field, conflict.office_value, conflict.laptop_value,
            conflict.laptop_by) == ("Hélène Côté-Bélanger", "phone", "418 555-0101",
                                    "819 555-0202", "Test counsellor")
    with pytest.raises(PermissionDenied):
        resolve_conflict(db, staff["counsellor"], conflict.id, TAKE_LAPTOP)
    down(laptop, db, staff["coordinator"])  # meanwhile the laptop shows the office's value
    assert client_row(laptop.db, helene).phone == "418 555-0101"
    resolve_conflict(db, staff["coordinator"], conflict.id, TAKE_LAPTOP)
    assert list_conflicts(db, staff["coordinator"]) == []
    assert [hit.id for hit in search_clients(db, staff["reception"], "819 555 0202")] \
        == [helene]  # the search keys follow the value taken
    down(laptop, db, staff["coordinator"])
    assert client_row(laptop.db, helene).phone == "819 555-0202"


KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
from cjeapp.core.exchange import packages
from cjeapp.core.staff import opening

original = packages._apply_table
def apply_then_die(*args, **kwargs):
    result = original(*args, **kwargs)
    if args[3] == "service_records":  # rows written, the transaction still open
        os.kill(os.getpid(), signal.SIGKILL)
    return result
packages._apply_table = apply_then_die
db, actor = opening.open_database(Path(sys.argv[1]), "coordinator", "coordinator-password")
packages.import_changes(db, actor, Path(sys.argv[2]).read_bytes())
"""


@pytest.mark.sqlite_file("a process killed while it writes the office's file")
def test_an_import_killed_midway_leaves_the_office_as_before_then_imports_cleanly(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop,
        tmp_path: Path) -> None:
    import subprocess
    import sys

    from cjeapp.core.casework.service_records import ServiceForm
    from cjeapp.core.casework.service_records import record_service
    from cjeapp.core.models import ServiceRecord

    edit(laptop.db, laptop.actor, helene, municipality="Disraeli")
    for _ in range(3):
        record_service(laptop.db, laptop.actor, helene, ServiceForm("housing_search"))
    written = packages.export_changes(laptop.db, laptop.actor, hub_id(laptop))
    (tmp_path / "up.cjex").write_bytes(written.data)
    hub_file = db.path
    db.close()
    child = subprocess.run([sys.executable, "-c", KILLED_IMPORT, str(hub_file),
                            str(tmp_path / "up.cjex")], capture_output=True, timeout=120)
    assert child.returncode == -9, child.stderr.decode()
    office, coordinator = opening.open_database(hub_file, "coordinator", "coordinator-password")
    try:
        with office.read_session() as session:
            assert session.scalars(select(ServiceRecord)).all() == []
        assert client_row(office, helene).municipality == "Thetford Mines"
        done = packages.import_changes(office, coordinator, written.data)
        assert done.applied == 4
        assert client_row(office, helene).municipality == "Disraeli"
    finally:
        office.close()


def test_a_laptop_numbers_its_documents_in_its_own_series(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop) -> None:
    from cjeapp.core import clock
    from cjeapp.core.documents import issuing

    year = clock.today().year
    on_laptop = issuing.issue_collection_notice(laptop.db, laptop.actor, helene)
    assert on_laptop.document.number == f"{year}-L1-000001"
    at_office = issuing.issue_collection_notice(db, staff["counsellor"], helene)
    copy = issuing.reprint(db, staff["counsellor"], at_office.document.id)
    up(laptop, db, staff["coordinator"])  # the laptop's number arrives: no clash
    again = issuing.issue_collection_notice(db, staff["counsellor"], helene)
    assert (at_office.document.number, copy.document.number, again.document.number) == (
        f"{year}-000001", f"{year}-000001-C1", f"{year}-000002")  # no gap after a copy
    assert issuing.verify(db, on_laptop.pdf).genuine  # the office knows the laptop's


def test_what_no_side_can_check_alone_is_found_when_the_files_meet(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop) -> None:
    """A slot booked on both sides, an activity past its capacity, the same person
    enrolled on both sides under two records."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from cjeapp.core.agenda import appointments
    from cjeapp.core.exchange.conflicts import KEEP_OFFICE
    from cjeapp.core.exchange.conflicts import TAKE_LAPTOP
    from cjeapp.core.exchange.conflicts import list_conflicts
    from cjeapp.core.exchange.conflicts import resolve_conflict
    from cjeapp.core.findings.listing import list_findings
    from cjeapp.core.groups import activities
    from cjeapp.core.models import Enrolment

    workshop = activities.create_activity(db, staff["coordinator"], kind="school_workshop",
                                          title="Atelier", capacity=1)
    other = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Omar", last_name="Haddad",
        assigned_counsellor_id=staff["counsellor"].user_id)).id
    down(laptop, db, staff["coordinator"])
    counsellor = staff["counsellor"].user_id
    assert counsellor
    ten = datetime(2027, 1, 12, 10, 0, tzinfo=ZoneInfo("America/Toronto"))
    for side, actor in ((db, staff["reception"]), (laptop.db, laptop.actor)):
        appointments.book(side, actor, client_id=helene, counsellor_id=counsellor,
                          kind="follow_up", place="office", starts_at=ten, minutes=45)
    activities.enrol(db, staff["counsellor"], workshop.id, helene)
    activities.enrol(laptop.db, laptop.actor, workshop.id, other)  # the last place, twice
    activities.enrol(laptop.db, laptop.actor, workshop.id, helene)  # once more, on the laptop
    up(laptop, db, staff["coordinator"])
    down(laptop, db, staff["coordinator"])
    up(laptop, db, staff["coordinator"])
    kinds = sorted(conflict.kind for conflict in list_conflicts(db, staff["coordinator"]))
    assert kinds == ["booking", "capacity"]  # each once, whichever side found it
    for side in (db, laptop.db):  # Hélène's enrolment: one record, the office's
        with side.read_session() as session:
            assert len(session.scalars(select(Enrolment).where(
                Enrolment.client_id == helene)).all()) == 1
    booking = next(c for c in list_conflicts(db, staff["coordinator"]) if c.kind == "booking")
    for choice in (TAKE_LAPTOP, KEEP_OFFICE):  # nothing is decided while both stand
        with pytest.raises(CjeError, match="still there"):
            resolve_conflict(db, staff["coordinator"], booking.id, choice)
    # Decided for real: the laptop's appointment cancelled (the person told), and one of
    # the two enrolled on the laptop back on the waiting list; both conflicts close.
    laptops_own = next(row for row in appointments.agenda(db, staff["coordinator"],
                                                          ten.date(), 1, counsellor)
                       if row.id == booking.row_id)
    appointments.cancel(db, staff["coordinator"], laptops_own.id, "Réservé deux fois")
    enrolled = [p for p in activities.participants(db, staff["coordinator"], workshop.id)
                if p.status == "enrolled" and p.client_id == other]
    activities.to_waiting_list(db, staff["coordinator"], enrolled[0].enrolment_id)
    assert list_conflicts(db, staff["coordinator"]) == []
    down(laptop, db, staff["coordinator"])
    assert list_findings(db, staff["coordinator"]) == []
    assert list_findings(laptop.db, laptop.actor) == []


def test_a_file_destroyed_at_the_office_leaves_the_laptop_and_the_offices_memory_of_it(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop) -> None:
    from datetime import date

    from cjeapp.core.models import ExchangeBase
    from cjeapp.core.privacy import retention

    retention.destroy(db, staff["director"], [helene], today=date(2040, 1, 2))
    with db.read_session() as session:  # nothing of her values in what the office kept
        assert all("Hélène" not in (base.agreed or "") + (base.sent or "")
                   for base in session.scalars(select(ExchangeBase)))
    down(laptop, db, staff["coordinator"])
    with laptop.db.read_session() as session:
        assert session.get(Client, helene) is None


def _holds(db: Database, words: tuple[str, ...]) -> list[str]:
    """Where any of ``words`` is still written in ``db``: every text column of every
    table (search indexes included), as 'table.column'."""
    from sqlalchemy import inspect
    from sqlalchemy import text

    found: list[str] = []
    with db.engine.connect() as connection:
        for name in inspect(connection).get_table_names():
            for column in inspect(connection).get_columns(name):
                quoted = f'"{column["name"]}"'
                for word in words:
                    if connection.scalar(text(
                            f'SELECT count(*) FROM "{name}" '
                            f"WHERE CAST({quoted} AS TEXT) LIKE :word"), {"word": f"%{word}%"}):
                        found.append(f"{name}.{column['name']}")
    return found


@pytest.mark.parametrize("first", ["laptop", "office"])
def test_a_laptops_work_on_a_file_the_office_destroyed_meanwhile_is_kept_nowhere(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop,
        first: str) -> None:
    """Law 25: a destroyed file does not come back. The laptop changed her phone and wrote
    a service with a note while the office destroyed her file: the office keeps neither
    (not as a conflict either) and says how many changes it let go; the laptop, once it
    has sent them, keeps nothing of her — whichever file crossed first."""
    edit(laptop.db, laptop.actor, helene, phone="819 555-7731")
    record_service(laptop.db, laptop.actor, helene, ServiceForm(
        "housing_search", delivered_on=date(2026, 11, 20), notes="Visite rue Notre-Dame"))
    retention.destroy(db, staff["director"], [helene], today=date(2040, 1, 2))
    if first == "office":
        down(laptop, db, staff["coordinator"])
    done = up(laptop, db, staff["coordinator"])
    assert (done.discarded >= 2, done.conflicts) == (True, 0)
    for _round in range(2):
        down(laptop, db, staff["coordinator"])
        up(laptop, db, staff["coordinator"])
    assert list_conflicts(db, staff["coordinator"]) == []
    secrets = ("819 555-7731", "8195557731", "Notre-Dame", "Hélène", "335-0802")
    assert _holds(db, secrets) == []
    assert _holds(laptop.db, secrets) == []
    for side in (laptop.db, *(() if db.on_server else (db,))):  # both audit chains hold
        report = check_database(side.path, side.key)
        assert report.sound, report.errors


def test_every_exchanged_table_numbers_its_changes_and_no_other(db: Database) -> None:
    """Migration 0020 lists the tables by hand (a migration never imports today's code):
    the triggers it made are the ones the exchange reads, one for each table."""
    from sqlalchemy import text

    from cjeapp.core.exchange.rows import EXCHANGED

    with db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            names = connection.scalars(text(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'change_log_%'"))
        else:
            names = connection.scalars(text(
                "SELECT event_object_table FROM information_schema.triggers "
                "WHERE trigger_name LIKE 'change_log_%'"))
        assert set(names) == set(EXCHANGED)


@pytest.mark.sqlite_file("the office's file copied, as a registration killed before it committed")
def test_registering_again_after_a_killed_registration_replaces_the_orphan_laptop_file(
        db: Database, staff: dict[str, Actor], helene: ClientId, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    """A registration killed after the laptop's file took its name but before the office
    committed leaves a file the office never registered: registering again works (the
    orphan opened with the counsellor's password, then replaced); another file stays."""
    from cjeapp.core.exchange.replicas import create_replica
    from tests import databases

    elsewhere = databases.open_copy(db.path, tmp_path / "copie.sqlite3")
    destination = tmp_path / "portable.cjeapp"
    try:
        create_replica(elsewhere, staff["coordinator"], name="Portable",
                       counsellors=[str(staff["counsellor"].user_id)],
                       password="counsellor-password", destination=destination)
    finally:
        elsewhere.close()
    with pytest.raises(CjeError, match="already exists"):  # another's password: it stays
        create_replica(db, staff["coordinator"], name="Portable",
                       counsellors=[str(staff["director"].user_id)],
                       password="director-password", destination=destination)
    made = create_replica(db, staff["coordinator"], name="Portable",
                          counsellors=[str(staff["counsellor"].user_id)],
                          password="counsellor-password", destination=destination)
    assert "never registered" in caplog.text
    laptop, _counsellor = opening.open_database(made.path, "counsellor",
                                                "counsellor-password")
    try:
        with laptop.read_session() as session:
            assert packages.own_replica(session).id == made.replica_id
    finally:
        laptop.close()
