"""cjeapp on the office's PostgreSQL server, through the same services as on a PC's file:
the organization set up, staff signed in by their Argon2id hashes, files created and
searched as reception searches them (accents, prefixes, phone, birth date, MIFI number),
likely duplicates, the conflict message when two seats save one file, and one audit chain
that holds while several seats write at once."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cjeapp.core.db.database import Database
from cjeapp.core.db.server import open_server
from cjeapp.core.errors import AuthenticationError
from cjeapp.core.errors import ConflictError
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.ids import ClientId
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.privacy.audit_viewer import INTACT
from cjeapp.core.privacy.audit_viewer import chain_verdict
from cjeapp.core.search.finder import likely_duplicates
from cjeapp.core.search.finder import search_clients
from cjeapp.core.staff import accounts
from tests.pg_cluster import Cluster


@pytest.fixture
def server(pg_cluster: Cluster) -> Iterator[Database]:
    url = pg_cluster.create_database(f"office_{uuid.uuid4().hex[:12]}")
    db = open_server(url.replace("postgresql+psycopg://", "postgresql://"))
    yield db
    db.close()


@pytest.fixture
def office(server: Database) -> dict[str, Actor]:
    admin = accounts.initialize(server, organization_name="Carrefour jeunesse-emploi",
                                office_name="Thetford Mines", username="admin",
                                full_name="Andréane Morin", password="admin-secret")
    accounts.create_staff(server, admin, username="accueil", full_name="Julie Roy",
                          role="reception", password="accueil-temporaire")
    first = accounts.sign_in(server, "accueil", "accueil-temporaire")
    accounts.change_own_password(server, first, "accueil-temporaire", "accueil-secret")
    return {"admin": accounts.sign_in(server, "admin", "admin-secret"),
            "reception": accounts.sign_in(server, "accueil", "accueil-secret")}


def _person(db: Database, actor: Actor, first: str, last: str, **more: object) -> str:
    return clients.create_client(db, actor, ClientForm(
        first_name=first, last_name=last, **more)).id  # type: ignore[arg-type]


def test_reception_finds_files_on_the_server_as_on_a_file(
        server: Database, office: dict[str, Actor]) -> None:
    reception = office["reception"]
    helene = _person(server, reception, "Hélène", "Côté-Bélanger", birth_date=date(1988, 3, 14),
                     phone="418 555-0123", mifi_client_number="12345678")
    khadija = _person(server, reception, "Khadija", "Benali", phone="(418) 555-0456",
                      email="khadija.benali@courriel.example")
    _person(server, reception, "Nour", "نور الهدى")

    def names(query: str) -> list[str]:
        return [hit.id for hit in search_clients(server, reception, query)]

    assert names("hel cote") == [helene] and names("HÉLÈNE") == [helene]
    assert names("cotebelanger") == [helene]  # the name without its hyphen
    assert names("418 555-0123") == [helene] and names("5550456") == [khadija]
    assert names("14/03/1988") == [helene] and names("12345678") == [helene]
    assert names("khadija.ben") == [khadija]
    assert len(names("نور")) == 1
    assert names("benali khadija zzz") == []
    hits = search_clients(server, reception, "hélène")
    assert hits[0].birth_date == date(1988, 3, 14) and hits[0].phone == "418 555-0123"
    twins = likely_duplicates(server, reception, first_name="Helene",
                              last_name="COTE-BELANGER", birth_date=date(1988, 3, 14))
    assert [hit.id for hit in twins] == [helene]
    by_phone = likely_duplicates(server, reception, first_name="Khadidja",
                                 last_name="Ben Ali", phone="418-555-0456")
    assert [(hit.id, hit.reason) for hit in by_phone] == [(khadija, "phone")]


def test_two_seats_saving_one_file_get_the_conflict_message(
        server: Database, office: dict[str, Actor]) -> None:
    reception = office["reception"]
    ident = ClientId(_person(server, reception, "Omar", "Haddad"))
    first, _missing = clients.open_client(server, reception, ident)
    second, _missing = clients.open_client(server, reception, ident)
    clients.update_client(server, reception, ident, ClientForm(
        first_name="Omar", last_name="Haddad", municipality="Disraeli"), first.version)
    with pytest.raises(ConflictError):
        clients.update_client(server, reception, ident, ClientForm(
            first_name="Omar", last_name="Haddad", municipality="Adstock"), second.version)
    saved, _missing = clients.open_client(server, reception, ident)
    assert saved.municipality == "Disraeli"


def test_one_audit_chain_holds_while_seats_write_at_once(
        server: Database, office: dict[str, Actor]) -> None:
    reception = office["reception"]
    failures: list[BaseException] = []

    def seat(number: int) -> None:
        try:
            for person in range(15):
                _person(server, reception, f"Personne{person}", f"Poste{number}")
        except BaseException as error:  # reported by the assertion below
            failures.append(error)

    seats = [threading.Thread(target=seat, args=(number,)) for number in range(6)]
    for thread in seats:
        thread.start()
    for thread in seats:
        thread.join(120)
    assert failures == []
    assert len(search_clients(server, reception, "poste", limit=200)) == 90
    verdict = chain_verdict(server, office["admin"])
    assert verdict.msgid == INTACT, verdict.render("fr")


def test_two_seats_booking_one_slot_at_once_book_it_once(
        server: Database, office: dict[str, Actor]) -> None:
    from datetime import UTC
    from datetime import datetime

    from cjeapp.core import clock
    from cjeapp.core.agenda import appointments
    from cjeapp.core.calendar.office_hours import LOCAL_ZONE
    from cjeapp.core.errors import ValidationError

    clock.freeze(datetime(2026, 11, 20, 14, 0, tzinfo=UTC))
    reception = office["reception"]
    counsellor = accounts.create_staff(server, office["admin"], username="conseil",
                                       full_name="Marie-Ève Tremblay", role="counsellor",
                                       password="conseil-temporaire").id
    people = [_person(server, reception, "Personne", f"Numéro{number}") for number in range(2)]
    def at_once(start: datetime) -> list[str]:
        together = threading.Barrier(2)
        outcomes: list[str] = []

        def seat(person: str) -> None:
            together.wait(10)
            try:
                appointments.book(server, reception, client_id=ClientId(person),
                                  counsellor_id=counsellor, kind="follow_up", place="office",
                                  starts_at=start, minutes=45)
                outcomes.append("booked")
            except ValidationError as refused:
                outcomes.append(refused.errors[0].render("fr"))

        seats = [threading.Thread(target=seat, args=(person,)) for person in people]
        for thread in seats:
            thread.start()
        for thread in seats:
            thread.join(60)
        return outcomes

    for hour in (9, 10, 11, 13, 14):
        outcomes = at_once(datetime(2026, 11, 23, hour, 0, tzinfo=LOCAL_ZONE))
        assert outcomes.count("booked") == 1 and len(outcomes) == 2, outcomes
        assert "a déjà un rendez-vous" in next(said for said in outcomes if said != "booked")


def test_document_numbers_stay_unique_and_gapless_when_seats_issue_at_once(
        server: Database, office: dict[str, Actor]) -> None:
    from sqlalchemy import select

    from cjeapp.core import clock
    from cjeapp.core.documents import issuing
    from cjeapp.core.models import IssuedDocument

    reception = office["reception"]
    people = [_person(server, reception, "Personne", f"Avis{number}") for number in range(4)]
    issuing.issue_collection_notice(server, reception, ClientId(people[0]))  # the key made
    together = threading.Barrier(4)
    failures: list[BaseException] = []

    def seat(person: str) -> None:
        together.wait(10)
        try:
            for _copy in range(3):
                issuing.issue_collection_notice(server, reception, ClientId(person))
        except BaseException as error:  # reported by the assertion below
            failures.append(error)

    seats = [threading.Thread(target=seat, args=(person,)) for person in people]
    for thread in seats:
        thread.start()
    for thread in seats:
        thread.join(120)
    assert failures == []
    year = clock.today().year
    with server.read_session() as session:
        numbers = sorted(session.scalars(select(IssuedDocument.number)))
    assert numbers == [f"{year}-{number:06d}" for number in range(1, 14)]


def test_the_commands_take_the_servers_address(
        server: Database, office: dict[str, Actor], pg_cluster: Cluster,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    from cjeapp.cli import main

    helene = _person(server, office["reception"], "Hélène", "Côté-Bélanger",
                     birth_date=date(1988, 3, 14))
    database = str(server.engine.url.database)
    url = f"postgresql://cjeapp_test@127.0.0.1:{pg_cluster.port}/{database}"
    monkeypatch.setenv("CJEAPP_PASSWORD", "accueil-secret")
    assert main(["--lang", "fr", "find", "--db", url, "--user", "accueil", "helene cote"]) == 0
    assert capsys.readouterr().out.startswith(f"{helene}\tCôté-Bélanger, Hélène\t14 mars 1988")
    monkeypatch.setenv("CJEAPP_PASSWORD", "wrong")
    assert main(["--lang", "fr", "find", "--db", url, "--user", "accueil", "helene"]) == 1
    assert "mot de passe" in capsys.readouterr().err
    monkeypatch.setenv("CJEAPP_PASSWORD", "admin-secret")
    assert main(["--lang", "fr", "check", "--db", url, "--user", "admin"]) == 0
    assert "  clients: 1\n" in capsys.readouterr().out
    assert main(["--lang", "fr", "encrypt", "--db", url, "--user", "admin"]) == 1
    assert "chiffrement" in capsys.readouterr().err
    copy = tmp_path / "bureau.cjeapp"
    assert main(["--lang", "fr", "backup", "--db", url, "--user", "admin", "--to",
                 str(copy)]) == 0
    said = capsys.readouterr().out
    assert str(copy) in said and "Clé de récupération" in said and copy.is_file()


def test_a_server_that_cannot_be_reached_is_said_in_a_sentence(pg_cluster: Cluster) -> None:
    with pytest.raises(DatabaseOpenError) as refused:
        open_server(f"postgresql://cjeapp_test:secret@127.0.0.1:{pg_cluster.port + 1}/x")
    said = refused.value.message.render("fr")
    assert "***" in said and "secret" not in said
    with pytest.raises(DatabaseOpenError):
        open_server("mysql://someone@host/db")


def test_a_dropped_connection_is_said_and_the_next_action_reconnects() -> None:
    """The server goes away mid-work (its own throwaway cluster, stopped then started):
    the action is refused in a sentence, nothing half-saved; once it is back, the same
    open database works again without restarting the program."""
    from cjeapp.core.db.server import ServerUnreachable
    from tests.pg_cluster import running_cluster

    with running_cluster() as cluster:
        url = cluster.create_database("office").replace("postgresql+psycopg://",
                                                         "postgresql://")
        db = open_server(url)
        try:
            admin = accounts.initialize(db, organization_name="CJE", office_name="Bureau",
                                        username="admin", full_name="Andréane Morin",
                                        password="admin-secret")
            _person(db, admin, "Avant", "Coupure")
            cluster.stop()
            with pytest.raises(ServerUnreachable) as cut:
                _person(db, admin, "Pendant", "Coupure")
            assert "connexion avec le serveur" in cut.value.message.render("fr")
            with pytest.raises(ServerUnreachable):
                search_clients(db, admin, "coupure")
            cluster.start()
            _person(db, admin, "Après", "Coupure")
            assert sorted(hit.first_name for hit in search_clients(db, admin, "coupure")) \
                == ["Après", "Avant"]
        finally:
            db.close()


def test_a_seat_connects_with_a_role_that_can_neither_rewrite_the_log_nor_delete(
        pg_cluster: Cluster) -> None:
    """The documented role (resources/server/seat-role.sql): every day's work, and none
    of what would let a seat rewrite history."""
    import psycopg
    from alembic import command
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from cjeapp.core.db import migrate
    from cjeapp.core.documents import issuing
    from cjeapp.core.resources import resource_path

    name = f"office_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"host=127.0.0.1 port={pg_cluster.port} user=cjeapp_test "
                         "dbname=postgres", autocommit=True) as admin_connection:
        for role in ("cjeapp_owner", "cjeapp_seat"):
            admin_connection.execute(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; "
                                     "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        admin_connection.execute(f'CREATE DATABASE "{name}" OWNER cjeapp_owner')
    base = f"postgresql://{{role}}@127.0.0.1:{pg_cluster.port}/{name}"
    owner = open_server(base.format(role="cjeapp_owner"))  # the schema, made by its owner
    try:
        accounts.initialize(owner, organization_name="CJE", office_name="Bureau",
                            username="admin", full_name="Andréane Morin",
                            password="admin-secret")
        with owner.engine.begin() as connection:
            connection.exec_driver_sql(
                resource_path("server", "seat-role.sql").read_text(encoding="utf-8"))
    finally:
        owner.close()
    seat = open_server(base.format(role="cjeapp_seat"))
    try:
        admin = accounts.sign_in(seat, "admin", "admin-secret")
        person = _person(seat, admin, "Hélène", "Côté-Bélanger")
        assert [hit.id for hit in search_clients(seat, admin, "hel cote")] == [person]
        clients.update_client(seat, admin, ClientId(person), ClientForm(
            first_name="Hélène", last_name="Côté"), 1)
        issuing.issue_collection_notice(seat, admin, ClientId(person))
        assert chain_verdict(seat, admin).msgid == INTACT
        for statement in ("DROP TRIGGER audit_log_no_update ON audit_log",
                          "ALTER TABLE audit_log DISABLE TRIGGER ALL",
                          "DELETE FROM clients", "DELETE FROM audit_log",
                          "UPDATE audit_log SET action = 'read'",
                          "UPDATE alembic_version SET version_num = '0001_initial'",
                          "CREATE TABLE elsewhere (x int)"):
            with pytest.raises(DBAPIError), seat.engine.begin() as connection:
                connection.execute(text(statement))
    finally:
        seat.close()
    owner = open_server(base.format(role="cjeapp_owner"))  # as if a version behind
    try:
        with owner.engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0018_server_search")
    finally:
        owner.close()
    with pytest.raises(DatabaseOpenError) as behind:  # a seat cannot upgrade: said so
        open_server(base.format(role="cjeapp_seat"))
    assert "version antérieure" in behind.value.message.render("fr")
    open_server(base.format(role="cjeapp_owner")).close()  # the owner's role can
    open_server(base.format(role="cjeapp_seat")).close()


def test_a_copy_of_the_server_is_an_encrypted_file_that_goes_back_to_a_server(
        server: Database, office: dict[str, Actor], pg_cluster: Cluster,
        tmp_path: Path) -> None:
    """The office's backup of the server: a cjeapp file (encrypted, opened with the
    administrator's password or the recovery key shown once) holding every record and an
    intact audit chain; migrate-store puts it back into an empty server database."""
    from cjeapp.core.backups.server_copy import back_up_server
    from cjeapp.core.db import keyring
    from cjeapp.core.db.sqlite_file import is_plain
    from cjeapp.core.db.store_move import move_to_server
    from cjeapp.core.staff import opening

    for first in ("Hélène", "Éloïse"):
        _person(server, office["reception"], first, "Côté-Bélanger")
    admin = office["admin"]
    with pytest.raises(AuthenticationError):
        back_up_server(server, admin, "not-the-password", tmp_path / "copy.cjeapp")
    with pytest.raises(PermissionDenied):
        back_up_server(server, office["reception"], "accueil-secret", tmp_path / "x.cjeapp")
    made = back_up_server(server, admin, "admin-secret", tmp_path / "copy.cjeapp")
    assert made.path.is_file() and not is_plain(made.path)
    assert keyring.keys_path(made.path).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.cjeapp", "copy.cjeapp.keys"]
    assert "Bélanger".encode() not in made.path.read_bytes()
    copy, as_admin = opening.open_database(made.path, "admin", "admin-secret")
    try:
        found = search_clients(copy, as_admin, "cote belanger")
        assert sorted(hit.first_name for hit in found) == ["Hélène", "Éloïse"]
        assert chain_verdict(copy, as_admin).msgid == INTACT
        url = pg_cluster.create_database(f"restored_{uuid.uuid4().hex[:12]}")
        moved = move_to_server(copy, as_admin, url)
    finally:
        copy.close()
    rows = {table.name: table.rows for table in made.tables}
    assert rows["clients"] == 2 and rows["users"] == 2
    rows["audit_log"] += 1  # the copy opened: its own sign-in, recorded in it
    assert {table.name: table.rows for table in moved} == rows
    assert keyring.load(keyring.keys_path(made.path)).unwrap_recovery(made.recovery_key)
    with pytest.raises(DatabaseOpenError):  # never over an existing file
        back_up_server(server, admin, "admin-secret", made.path)


def test_a_cancelled_copy_of_the_server_leaves_nothing(
        server: Database, office: dict[str, Actor], tmp_path: Path) -> None:
    from cjeapp.core.backups.server_copy import back_up_server
    from cjeapp.core.errors import Cancelled

    _person(server, office["reception"], "Hélène", "Côté")
    seen: list[str] = []
    with pytest.raises(Cancelled):
        back_up_server(server, office["admin"], "admin-secret", tmp_path / "copy.cjeapp",
                       report=lambda table, done, count: seen.append(table),
                       cancelled=lambda: len(seen) > 5)
    assert list(tmp_path.iterdir()) == []


def test_a_database_of_another_program_is_refused_in_a_sentence(pg_cluster: Cluster) -> None:
    import psycopg

    url = pg_cluster.create_database(f"other_{uuid.uuid4().hex[:12]}")
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"),
                         autocommit=True) as connection:
        connection.execute("CREATE TABLE invoices (id integer primary key)")
    with pytest.raises(DatabaseOpenError) as refused:
        open_server(url)
    said = refused.value.message.render("fr")
    assert "invoices" in said and "cjeapp" in said
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        tables = connection.execute("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_schema = 'public'").fetchall()
    assert tables == [("invoices",)]


def test_bench_seats_works_several_seats_at_once_and_counts_what_they_saved(
        pg_cluster: Cluster, capsys: pytest.CaptureFixture[str]) -> None:
    """Seats in processes of their own search, open, save, book and issue on one server;
    the figures are printed in French, nothing is an error and nothing they were told was
    saved is missing from the database."""
    from cjeapp.cli import main

    url = pg_cluster.create_database(f"seats_{uuid.uuid4().hex[:12]}").replace(
        "postgresql+psycopg://", "postgresql://")
    assert main(["--lang", "fr", "bench", "seats", "--db", url, "--seats", "4", "--minutes",
                 "0.15", "--clients", "300"]) == 0
    out = capsys.readouterr().out
    assert "4 sièges" in out and "300 personnes" in out
    for action in ("recherche à la frappe", "ouvrir un dossier", "enregistrer un dossier",
                   "prendre un rendez-vous"):
        assert f"  {action} : " in out
    assert "erreurs : 0" in out and "écritures perdues" in out and out.rstrip().endswith(" : 0")
    assert main(["--lang", "fr", "bench", "seats", "--seats", "2"]) == 1
    assert "postgresql://" in capsys.readouterr().err


def test_the_seats_bench_finds_a_write_the_database_does_not_have(
        server: Database, office: dict[str, Actor]) -> None:
    """The count at the end is a real check: a save, a booking or a document a seat was
    told about that the database lacks is reported."""
    from collections import Counter

    from cjeapp.bench.seats_bench import SeatTally
    from cjeapp.bench.seats_bench import _lost_writes

    person = _person(server, office["reception"], "Hélène", "Côté")
    honest = _lost_writes(server, [SeatTally()], {person: 1}, 0, 0)
    assert honest == []
    claimed = SeatTally(saves=Counter({person: 1}), booked=1, issued=1)
    lost = _lost_writes(server, [claimed], {person: 1}, 0, 0)
    assert len(lost) == 3 and lost[0].startswith(f"file {person}: version 1, expected 2")


def test_a_seat_keeps_the_servers_password_as_postgresql_does_not_in_its_settings(
        pg_cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Connecting a PC to the server: the address is tried first (an empty server is
    refused in a sentence that names server-init); the role's password goes to a pgpass
    file of this account only, the address kept in the PC's settings has none, and the
    next connection finds the password there."""
    import psycopg

    from cjeapp.core.db import seat_setup
    from tests.pg_cluster import PASSWORD_ROLE

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    secret = "siège: secret\\/1"
    name = f"seat_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_cluster.url().replace("postgresql+psycopg://", "postgresql://"),
                         autocommit=True) as connection:
        connection.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")
        connection.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD "
                           f"'{secret.replace(chr(39), chr(39) * 2)}'")
        connection.execute(f'CREATE DATABASE "{name}" OWNER {PASSWORD_ROLE}')
    address = f"postgresql://{PASSWORD_ROLE}@127.0.0.1:{pg_cluster.port}/{name}"
    with pytest.raises(DatabaseOpenError):  # no password given, none kept yet
        seat_setup.try_server(address)
    url = seat_setup.with_password(address, secret)
    assert seat_setup.address_to_keep(url) == address
    with pytest.raises(DatabaseOpenError) as empty:
        seat_setup.try_server(url)
    assert "server-init" in empty.value.message.render("fr")
    seat_setup.remember_password(url)
    kept = seat_setup.password_file(url)
    assert kept.stat().st_mode & 0o777 == 0o600
    assert kept.is_relative_to(tmp_path)
    db = open_server(address)  # the password comes from the seat's file
    try:
        accounts.initialize(db, organization_name="CJE", office_name="Bureau",
                            username="admin", full_name="Andréane Morin",
                            password="admin-secret")
    finally:
        db.close()
    seat_setup.try_server(address)


def test_after_an_import_the_search_index_holds_every_new_person_at_once(
        pg_cluster: Cluster, tmp_path: Path) -> None:
    """The server's search index is written through (no GIN pending list): right after an
    import of thousands of people, the planner prices it right and searches use it rather
    than reading the whole list (40 ms instead of 17 on 100,000 people, until autovacuum)."""
    import psycopg

    from cjeapp.bench.bench_database import open_or_build

    url = pg_cluster.create_database(f"filled_{uuid.uuid4().hex[:12]}")
    db, _seconds = open_or_build(url.replace("postgresql+psycopg://", "postgresql://"), None,
                                 tmp_path, clients=2_000)
    db.close()
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"),
                         autocommit=True) as connection:
        connection.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")
        pending = connection.execute("SELECT pending_pages, pending_tuples FROM "
                                     "pgstatginindex('client_search_document')").fetchone()
        searched = connection.execute("SELECT count(*) FROM client_search").fetchone()
    assert pending == (0, 0)
    assert searched == (2_000,)


def test_check_on_the_server_finds_a_rewritten_log(
        server: Database, office: dict[str, Actor]) -> None:
    """What someone with the server's superuser could do behind the program's back is
    found by ``check`` there: an audit entry rewritten (its trigger disabled for it). The
    other checks are the file's own, shared (codes, times, double bookings)."""
    from cjeapp.core.db.server_check import check_server

    admin = office["admin"]
    _person(server, office["reception"], "Hélène", "Côté")
    assert check_server(server, admin).sound
    with pytest.raises(PermissionDenied):
        check_server(server, office["reception"])
    with server.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
        connection.exec_driver_sql("UPDATE audit_log SET action = 'read' WHERE seq = "
                                   "(SELECT max(seq) FROM audit_log)")
        connection.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER USER")
    report = check_server(server, admin)
    assert not report.sound
    said = [error.render("fr") for error in report.errors]
    assert any("entrée" in line for line in said), said


def test_demo_data_on_the_server(pg_cluster: Cluster,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """``cjeapp demo --db postgresql://…`` fills an empty server database (made as on a PC,
    moved there verified); the demo accounts sign in there; a second time is refused."""
    from cjeapp.cli import main

    url = pg_cluster.create_database(f"demo_{uuid.uuid4().hex[:12]}").replace(
        "postgresql+psycopg://", "postgresql://")
    assert main(["--lang", "fr", "demo", "--db", url, "--clients", "80"]) == 0
    out = capsys.readouterr().out
    assert "Données de démonstration" in out and "demo-accueil" in out
    from sqlalchemy import func
    from sqlalchemy import select
    from sqlalchemy.exc import ProgrammingError

    from cjeapp.core.models import Client
    from cjeapp.core.models import ConfidentialNote
    from cjeapp.core.staff.opening import open_server_as

    seat = url.replace("cjeapp_test@", "")  # each demo account is its own login
    db, reception = open_server_as(seat, "accueil", "demo-accueil")
    try:
        with db.read_session() as session:
            assert session.scalar(select(func.count()).select_from(Client)) == 80
            with pytest.raises(ProgrammingError):  # reception's login reads no case note
                session.scalar(select(func.count()).select_from(ConfidentialNote))
        assert search_clients(db, reception, "a")
    finally:
        db.close()
    db, admin = open_server_as(seat, "admin", "demo-admin")
    try:
        assert chain_verdict(db, admin).msgid == INTACT
    finally:
        db.close()
    assert main(["--lang", "fr", "demo", "--db", url, "--clients", "80"]) == 1
    assert "déjà" in capsys.readouterr().err
