"""The office's server decides every role itself (issue 33, item 3): each person connects as
their own login, the server's privileges follow the program's permission matrix, and
accounts, settings and the audit log are written only by the server's functions. Attacked
here in plain SQL through each role's own login — every attack refused, nothing changed —
and each role's ordinary day done through the services on its own connection."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from cjeapp.core.db.database import Database
from cjeapp.core.db.server import open_server
from cjeapp.core.db.server_logins import login_name
from cjeapp.core.db.server_logins import secure
from cjeapp.core.errors import AuthenticationError
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from cjeapp.core.staff.opening import open_server_as
from tests.pg_cluster import Cluster

ROLES = ("reception", "counsellor", "coordinator", "director", "administrator")


@dataclass
class Office:
    cluster: Cluster
    database: str
    owner: Database

    @property
    def address(self) -> str:
        return f"postgresql://127.0.0.1:{self.cluster.port}/{self.database}"

    def seat(self, username: str, password: str) -> tuple[Database, Actor]:
        return open_server_as(self.address, username, password)

    def sql(self, username: str, password: str) -> psycopg.Connection[tuple[object, ...]]:
        """A raw connection as this person's own login, as an attacker would open it."""
        return psycopg.connect(host="127.0.0.1", port=self.cluster.port, dbname=self.database,
                               user=login_name(self.database, username), password=password,
                               autocommit=True)


@pytest.fixture
def office(pg_cluster: Cluster) -> Iterator[Office]:
    database = f"logins_{uuid.uuid4().hex[:10]}"
    owner = open_server(pg_cluster.create_database(database))
    admin = accounts.initialize(owner, organization_name="Carrefour jeunesse-emploi",
                                office_name="Thetford Mines", username="admin",
                                full_name="Andréane Morin", password="admin-secret")
    secure(owner, {admin.username: "admin-secret"})
    made = Office(pg_cluster, database, owner)
    seat, admin = made.seat("admin", "admin-secret")
    try:
        for role in ROLES:
            if role == "administrator":
                continue
            accounts.create_staff(seat, admin, username=role, full_name=f"Test {role}",
                                  role=role, password=f"{role}-temporary",
                                  second=accounts.SecondPerson("admin", "admin-secret")
                                  if role == "director" else None)
    finally:
        seat.close()
    for role in ROLES:
        if role == "administrator":
            continue
        first_db, first = made.seat(role, f"{role}-temporary")
        try:
            accounts.change_own_password(first_db, first, f"{role}-temporary",
                                         f"{role}-password")
        finally:
            first_db.close()
    # The first who reads notes signs in again: each colleague gets what they are for.
    from cjeapp.core.custody import keeping

    again, counsellor = made.seat("counsellor", "counsellor-password")
    try:  # she vouches for each colleague, as « Remettre les clés » does
        for waiting in keeping.waiting_for_keys(again, counsellor):
            keeping.vouch_for(again, counsellor, waiting.holder_id)
    finally:
        again.close()
    again, _director = made.seat("director", "director-password")  # the pseudonyms' key
    again.close()
    yield made
    owner.close()


def test_each_person_signs_in_as_their_own_login(office: Office) -> None:
    db, actor = office.seat("reception", "reception-password")
    try:
        assert actor.role == "reception"
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT session_user").scalar() == \
                login_name(office.database, "reception")
    finally:
        db.close()
    with pytest.raises(AuthenticationError):
        office.seat("reception", "wrong-password")
    with pytest.raises(AuthenticationError):
        office.seat("nobody", "reception-password")
    # The administrator sees what the server refused (from the server's own log).
    import time

    from cjeapp.core.errors import PermissionDenied
    from cjeapp.core.staff.refused_sign_ins import refused_sign_ins

    db, admin = _as(office, "administrator")
    try:
        deadline = time.monotonic() + 10
        while {"reception", "nobody"} - {row.username for row in seen} if (
                seen := refused_sign_ins(db, admin)) is not None else True:
            assert time.monotonic() < deadline, seen
            time.sleep(0.2)
        assert all(row.at is not None for row in seen)
    finally:
        db.close()
    db, reception = _as(office, "reception")
    try:
        with pytest.raises(PermissionDenied):
            refused_sign_ins(db, reception)
    finally:
        db.close()


def _attack(connection: psycopg.Connection[tuple[object, ...]], statement: str) -> str | None:
    """The server's refusal (its SQLSTATE), or None when the statement went through."""
    try:
        with connection.transaction():
            connection.execute(statement.encode())
    except psycopg.Error as error:
        return error.sqlstate or "refused"
    connection.execute("RESET ROLE")
    return None


def _state(office: Office) -> tuple[object, ...]:
    """What the attacks must leave as it was: accounts and their roles, logins' groups,
    settings, the audit chain's length and the people's tombstones."""
    with psycopg.connect(host="127.0.0.1", port=office.cluster.port,
                         dbname=office.database, user="cjeapp_test") as connection:
        return tuple(connection.execute(statement).fetchall() for statement in (
            "SELECT username, role, active, privacy_officer, password_hash, "
            "must_change_password FROM users ORDER BY username",
            "SELECT r.rolname, g.rolname FROM pg_auth_members m "
            "JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE r.rolname LIKE '" + office.database + ".%' ORDER BY 1, 2",
            "SELECT r.rolname, r.rolcanlogin, r.rolpassword FROM pg_authid r "
            "WHERE r.rolname LIKE '" + office.database + "%' ORDER BY 1",
            "SELECT key, value FROM settings ORDER BY key, value",
            "SELECT count(*), max(seq) FROM audit_log",
            "SELECT id, deleted_at FROM clients ORDER BY id",
            "SELECT count(*) FROM confidential_notes"))


ATTACKS = [
    # Accounts and roles, written directly.
    "UPDATE users SET role = 'director' WHERE username = '{user}'",
    "UPDATE users SET role = 'reception' WHERE username = '{other}'",
    "UPDATE users SET password_hash = 'copied' WHERE username = '{other}'",
    "INSERT INTO users (id, username, full_name, role, password_hash, active, language, "
    "must_change_password, title_form, privacy_officer, created_at, updated_at, version) "
    "VALUES ('intrus', 'intrus', 'Intrus', 'director', 'x', true, 'fr', false, 'x', "
    "true, now(), now(), 1)",
    "UPDATE users SET privacy_officer = true WHERE username = '{user}'",
    # The server's own roles: groups, other logins, the owner.
    'SET ROLE "{db}:{other_role}"',
    'SET ROLE "{db}.{other}"',
    'GRANT "{db}:{other_role}" TO "{db}.{user}"',
    'GRANT "{db}:privacy_officer" TO "{db}.{user}"',
    "ALTER ROLE \"{db}.{other}\" PASSWORD 'taken-over'",
    'ALTER ROLE "{db}.{other}" NOLOGIN',
    "CREATE ROLE intruder LOGIN SUPERUSER",
    "SELECT cjeapp_server.sync_login('x', NULL)",
    "SELECT cjeapp_server.change_account((SELECT id FROM users WHERE username = '{user}'), "
    "'{{\"role\": \"director\"}}'::jsonb)",
    "SELECT cjeapp_server.set_password((SELECT id FROM users WHERE username = '{other}'), "
    "'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy', false)",
    "SELECT cjeapp_server.put_setting('x', 'retention.file_years', '99', NULL)",
    # The audit log: edited, erased, forged, locked.
    "UPDATE audit_log SET details = NULL",
    "UPDATE audit_log SET user_id = NULL WHERE seq = 1",
    "DELETE FROM audit_log",
    "INSERT INTO audit_log (seq, prev_hash, chain_hash, id, at, action, entity) "
    "VALUES (100000, 'x', 'y', 'forged', now(), 'delete', 'clients')",
    "LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE",
    "TRUNCATE audit_log",
    "ALTER TABLE audit_log DISABLE TRIGGER ALL",
    # Lockouts, settings, the schema's version, the schema itself.
    "DELETE FROM sign_in_throttle",
    "UPDATE settings SET value = '99' WHERE key = 'retention.file_years'",
    "INSERT INTO settings (id, key, value, created_at, updated_at, version) "
    "VALUES ('mine', 'session.lock_minutes', '999', now(), now(), 1)",
    "UPDATE alembic_version SET version_num = 'x'",
    "CREATE TABLE public.mine (x int)",
    "CREATE FUNCTION public.mine() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    "DROP TRIGGER cjeapp_require_audit ON clients",
    "DELETE FROM clients",
    # A temporary table standing in for a real one inside the server's functions.
    "CREATE TEMP TABLE pg_roles (rolname name, rolsuper boolean)",
    "CREATE TEMP TABLE users (id varchar, role text)",
    # A person tombstoned, a file changed, without an audit entry.
    "UPDATE clients SET deleted_at = now()",
    "UPDATE clients SET phone = '418 000-0000'",
]


@pytest.mark.parametrize("role", ROLES)
def test_each_roles_own_login_cannot_rewrite_accounts_roles_settings_or_the_log(
        office: Office, role: str) -> None:
    """Every attack the evidence lists, by each role's own login in plain SQL: refused by
    the server, and nothing changed (the accounts, the logins' groups and passwords, the
    settings, the log, the people)."""
    from cjeapp.core.people import clients
    from cjeapp.core.people.clients import ClientForm

    username = "admin" if role == "administrator" else role
    password = "admin-secret" if role == "administrator" else f"{role}-password"
    seat, actor = office.seat(username, password)
    try:
        clients.create_client(seat, actor, ClientForm(first_name="Hélène", last_name="Côté"))
    finally:
        seat.close()
    before = _state(office)
    other = "director" if username != "director" else "admin"
    other_role = "director" if role != "director" else "administrator"
    with office.sql(username, password) as connection:
        answers = {statement: _attack(connection, statement.format(
            db=office.database, user=username, other=other, other_role=other_role))
            for statement in ATTACKS}
    # Each refused for want of the right (SQLSTATE 42501), not by accident.
    assert {statement: answer for statement, answer in answers.items()
            if answer != "42501"} == {}
    assert _state(office) == before


def test_only_the_roles_that_read_case_notes_read_them_on_the_server(office: Office) -> None:
    """Reception's and the administrator's logins cannot read confidential notes at all,
    and no login reads an Argon2 hash or the audit log it has no right to."""
    from cjeapp.core.custody import notes_text
    from cjeapp.core.people import clients
    from cjeapp.core.people import notes
    from cjeapp.core.people.clients import ClientForm

    seat, counsellor = office.seat("counsellor", "counsellor-password")
    try:
        person = clients.create_client(seat, counsellor,
                                       ClientForm(first_name="Amina", last_name="Diallo"))
        notes.add_note(seat, counsellor, person.id, "Suivi psychosocial : confidentiel.")
    finally:
        seat.close()
    readers = {"counsellor", "coordinator", "director"}
    for role in ROLES:
        username = "admin" if role == "administrator" else role
        password = "admin-secret" if role == "administrator" else f"{role}-password"
        with office.sql(username, password) as connection:
            read = _attack(connection, "SELECT body FROM confidential_notes")
            assert (read is None) == (role in readers), role
            assert _attack(connection, "SELECT * FROM sign_in_throttle") is not None
            hashes = connection.execute("SELECT DISTINCT password_hash FROM users").fetchall()
            assert hashes == [("server login",)]
            audit = _attack(connection, "SELECT details FROM audit_log")
            assert (audit is None) == (role in {"director", "administrator"}), role
            # The office's exchange keys: for whom exchanges; a laptop's keys, whom registers.
            keys = _attack(connection, "SELECT sign_private, box_private FROM exchange_replicas")
            assert (keys is None) == (role in readers), role
            assert _attack(connection, "SELECT id, number_prefix FROM exchange_replicas") is None
            forged = _attack(connection, "UPDATE exchange_replicas SET sign_public = 'forged' "
                                         "WHERE false")
            assert (forged is None) == (role in {"coordinator", "director"}), role
            # Whom notes are for reads them sealed: the server never holds their key.
            if role in readers:
                bodies = connection.execute("SELECT body FROM confidential_notes").fetchall()
                assert bodies and all(notes_text.is_sealed(str(body)) for (body,) in bodies)
            # The organization's signing key: sealed to whom signs, never in the settings;
            # its public half, everyone.
            signing = connection.execute("SELECT count(*) FROM settings WHERE key = "
                                         "'reporting.signing_key' AND value <> ''").fetchone()
            assert signing == (0,), role
            public = connection.execute("SELECT count(*) FROM settings WHERE key = "
                                        "'reporting.public_key'").fetchone()
            assert public == (1,), role
            if role in ("reception", "administrator"):
                # A key pair planted in a reader's name, or a secret handed on: refused.
                planted = _attack(connection, (
                    "INSERT INTO key_holders (id, user_id, public_key, private_sealed, "
                    "created_at, updated_at, version) SELECT 'planted', id, 'AAAA', '', "
                    "now(), now(), 1 FROM users WHERE username = 'counsellor'"))
                assert planted == "42501", role
                handed = _attack(connection, (
                    "INSERT INTO key_grants (id, holder_id, secret, generation, key_id, "
                    "sealed, created_at, updated_at, version) SELECT 'handed', id, 'notes', "
                    "99, 'x', 'x', now(), now(), 1 FROM key_holders LIMIT 1"))
                assert handed == "42501", role



def _as(office: Office, role: str) -> tuple[Database, Actor]:
    if role == "administrator":
        return office.seat("admin", "admin-secret")
    return office.seat(role, f"{role}-password")


def test_each_roles_ordinary_day_works_on_its_own_login(office: Office) -> None:
    """The day of each role, through the program's services on that person's own
    connection: nothing the server refuses, every change in one intact audit chain, each
    entry in the name of whom did it (whatever a caller claims)."""
    from datetime import timedelta

    from cjeapp.core import clock
    from cjeapp.core.agenda import appointments
    from cjeapp.core.casework import partners
    from cjeapp.core.casework import service_records
    from cjeapp.core.casework.partners import PartnerForm
    from cjeapp.core.casework.service_records import ServiceForm
    from cjeapp.core.db.server_check import check_server
    from cjeapp.core.documents import issuing
    from cjeapp.core.org import settings
    from cjeapp.core.people import clients
    from cjeapp.core.people import notes
    from cjeapp.core.people.clients import ClientForm
    from cjeapp.core.privacy import audit_viewer
    from cjeapp.core.privacy import retention
    from cjeapp.core.reception import visits
    from cjeapp.core.search.finder import search_clients
    from cjeapp.core.transport_housing import transport
    from cjeapp.core.transport_housing.transport import RuleForm

    desk, reception = _as(office, "reception")
    try:
        person = clients.create_client(desk, reception, ClientForm(
            first_name="Hélène", last_name="Côté", phone="418 555-0101"))
        assert [row.id for row in search_clients(desk, reception, "hele cot")] == \
            [person.id]
        visits.check_in(desk, reception, person.id, "Carte RAMQ")
        counsellors = [a for a in accounts.list_counsellors(desk, reception)
                       if a.username == "counsellor"]
        day = clock.today() + timedelta(days=1)
        while not (slots := appointments.free_slots(desk, reception, counsellors[0].id,
                                                    day, 45)):
            day += timedelta(days=1)
        appointments.book(desk, reception, client_id=person.id,
                          counsellor_id=counsellors[0].id, kind="follow_up", place="office",
                          starts_at=slots[0], minutes=45)
    finally:
        desk.close()

    office_pc, counsellor = _as(office, "counsellor")
    try:
        notes.add_note(office_pc, counsellor, person.id, "Suivi : logement trouvé.")
        service_records.record_service(office_pc, counsellor, person.id, ServiceForm(
            service_type="housing_search", delivered_on=clock.today(), duration_minutes=45))
        issuing.issue_collection_notice(office_pc, counsellor, person.id)
        partners.save_partner(office_pc, counsellor, PartnerForm(name="Aide juridique",
                                                                 kind="legal"))
        # A caller claiming to be someone else in the log is written as themselves.
        with office_pc.engine.begin() as connection:
            from sqlalchemy import text

            connection.execute(text("SELECT cjeapp_server.audit('claimed', 'view', "
                                    "'clients', :id, NULL, :director)"),
                               {"id": person.id, "director": "somebody-else"})
            claimed = connection.execute(text(
                "SELECT cjeapp_server.caller()")).scalar()
    finally:
        office_pc.close()

    coordination, coordinator = _as(office, "coordinator")
    try:
        transport.save_rule(coordination, coordinator, RuleForm(
            name="Premier rendez-vous médical", decision="approve",
            first_request_only=True))
    finally:
        coordination.close()

    direction, director = _as(office, "director")
    try:
        retention.set_retention_years(direction, director, 7)
        assert audit_viewer.browse(direction, director).rows
        gone = clients.create_client(direction, director, ClientForm(
            first_name="Ancien", last_name="Dossier", phone="418 555-0188"))
        notes.add_note(direction, director, gone.id, "Note sur un ancien dossier.")
        retention.destroy(direction, director, [gone.id],
                          today=clock.today() + timedelta(days=366 * 8))
    finally:
        direction.close()

    administration, admin = _as(office, "administrator")
    try:
        settings.set_lock_minutes(administration, admin, 20)
        helper = accounts.create_staff(administration, admin, username="stagiaire",
                                       full_name="Léa Tremblay", role="reception",
                                       password="stagiaire-temporaire")
        director_confirms = accounts.SecondPerson("director", "director-password")
        accounts.change_staff_role(administration, admin, helper.id, "counsellor",
                                   second=director_confirms)
        accounts.reset_password(administration, admin, helper.id, "encore-temporaire",
                                second=director_confirms)
        accounts.set_staff_active(administration, admin, helper.id, False)
        with pytest.raises(AuthenticationError) as deactivated:  # no connection
            office.seat("stagiaire", "encore-temporaire")
        assert "deactivated" in deactivated.value.message.render("en")
        with pytest.raises(AuthenticationError) as wrong:  # said only after the password
            office.seat("stagiaire", "not-the-password")
        assert "wrong password" in wrong.value.message.render("en")
        accounts.set_staff_active(administration, admin, helper.id, True)
        again, first = office.seat("stagiaire", "encore-temporaire")
        try:
            assert first.must_change_password and first.role == "counsellor"
        finally:
            again.close()
        verdict = check_server(office.owner, accounts.sign_in(office.owner, "admin",
                                                               "admin-secret"))
    finally:
        administration.close()
    assert verdict.errors == []
    with psycopg.connect(host="127.0.0.1", port=office.cluster.port, dbname=office.database,
                         user="cjeapp_test") as connection:
        claimed_row = connection.execute(
            "SELECT user_id FROM audit_log WHERE id = 'claimed'").fetchone()
        assert claimed_row == (claimed,)
        assert connection.execute(
            "SELECT value FROM settings WHERE key = 'session.lock_minutes'").fetchone() == \
            ("20",)
        # The destroyed file: erased, and what the log wrote about it too (chain intact).
        assert connection.execute(
            "SELECT first_name, phone, destroyed_on IS NOT NULL FROM clients "
            "WHERE last_name = '' AND destroyed_on IS NOT NULL").fetchall() == [("", None, True)]
        assert connection.execute(
            "SELECT count(*) FROM audit_log WHERE strpos(details, 'Ancien') > 0 "
            "OR strpos(details, '0188') > 0").fetchone() == (0,)


def test_an_office_on_the_shared_seat_role_moves_to_personal_logins(
        pg_cluster: Cluster, capsys: pytest.CaptureFixture[str]) -> None:
    """``cjeapp server-secure``, run once with the owner's role: every account gets its
    login and a one-time password (printed for the administrator to hand out), the shared
    role is dropped — its password on the desks opens nothing — and every record, account
    and audit entry is still there, the chain intact. The desks keep their address."""
    from cjeapp.cli import main
    from cjeapp.core.db.server_check import check_server
    from cjeapp.core.people import clients
    from cjeapp.core.people.clients import ClientForm
    from cjeapp.core.resources import resource_path

    name = f"moving_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"host=127.0.0.1 port={pg_cluster.port} user=cjeapp_test "
                         "dbname=postgres", autocommit=True) as connection:
        for role in ("cjeapp_owner", "cjeapp_seat"):
            connection.execute(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; "
                               "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        connection.execute("ALTER ROLE cjeapp_owner CREATEROLE")  # makes each login
        connection.execute(f'CREATE DATABASE "{name}" OWNER cjeapp_owner')
    owner_url = f"postgresql://cjeapp_owner@127.0.0.1:{pg_cluster.port}/{name}"
    desk_url = f"postgresql://cjeapp_seat@127.0.0.1:{pg_cluster.port}/{name}"
    owner = open_server(owner_url)
    try:
        accounts.initialize(owner, organization_name="CJE", office_name="Bureau",
                            username="admin", full_name="Andréane Morin",
                            password="admin-secret")
        with owner.engine.begin() as connection:
            connection.exec_driver_sql(
                resource_path("server", "seat-role.sql").read_text(encoding="utf-8"))
    finally:
        owner.close()
    desk, admin = open_server_as(desk_url, "admin", "admin-secret")  # the shared role
    try:
        assert not desk.personal_logins
        accounts.create_staff(desk, admin, username="accueil", full_name="Julie Roy",
                              role="reception", password="accueil-temporaire")
        person = clients.create_client(desk, admin, ClientForm(first_name="Hélène",
                                                               last_name="Côté"))
    finally:
        desk.close()

    assert main(["--lang", "fr", "server-secure", "--db", owner_url]) == 0
    out = capsys.readouterr().out
    handed = dict(line.strip().split("\t")[::2] for line in out.splitlines()
                  if line.startswith("  "))
    assert set(handed) == {"admin", "accueil"} and "cjeapp_seat" in out
    with pytest.raises(psycopg.OperationalError):  # the desks' shared password: nothing
        psycopg.connect(desk_url).close()

    desk, first = open_server_as(desk_url, "accueil", handed["accueil"])  # same address
    try:
        assert desk.personal_logins and first.must_change_password
        reception = accounts.change_own_password(desk, first, handed["accueil"],
                                                 "accueil-secret")
        assert not reception.must_change_password
        found, _languages = clients.open_client(desk, reception, person.id)
        assert found.last_name == "Côté"
    finally:
        desk.close()
    with pytest.raises(AuthenticationError):
        open_server_as(desk_url, "accueil", handed["accueil"])  # one time only
    desk, reception = open_server_as(desk_url, "accueil", "accueil-secret")
    desk.close()
    desk, first = open_server_as(desk_url, "admin", handed["admin"])
    try:
        accounts.change_own_password(desk, first, handed["admin"], "admin-secret-2")
    finally:
        desk.close()
    owner = open_server(owner_url)
    try:
        report = check_server(owner, accounts.sign_in(owner, "admin", "admin-secret-2"))
        assert report.errors == [] and report.sound
    finally:
        owner.close()


def test_a_laptop_exchanges_with_an_office_of_personal_logins(
        office: Office, tmp_path: object) -> None:
    """A counsellor's laptop registered by the coordinator on their own login, and its
    exchanges both ways through the coordinator's connection: the counsellor opens the
    laptop with their own password, their work reaches the office, the office's the laptop."""
    from pathlib import Path

    from cjeapp.core.people import clients
    from cjeapp.core.people import notes
    from cjeapp.core.people.clients import ClientForm
    from tests.core.exchange_world import down
    from tests.core.exchange_world import edit
    from tests.core.exchange_world import make_laptop
    from tests.core.exchange_world import up

    folder = Path(str(tmp_path))
    hub, coordinator = _as(office, "coordinator")
    counsellor_db, counsellor = _as(office, "counsellor")
    try:
        person = clients.create_client(counsellor_db, counsellor, ClientForm(
            first_name="Amina", last_name="Diallo", assigned_counsellor_id=counsellor.user_id))
        laptop = make_laptop(hub, coordinator, counsellor, folder)
        try:
            edit(laptop.db, laptop.actor, person.id, phone="819 555-0199")
            notes.add_note(laptop.db, laptop.actor, person.id, "Vu à Disraeli.")
            laptop.actor = accounts.change_own_password(laptop.db, laptop.actor,
                                                        "counsellor-password",
                                                        "portable-secret")
            imported = up(laptop, hub, coordinator)
            # The password chosen on the laptop stays there: the office's is the login.
            assert imported.refused == 1 and imported.applied >= 2
            found, _languages = clients.open_client(counsellor_db, counsellor, person.id)
            assert found.phone == "819 555-0199"
            edit(counsellor_db, counsellor, person.id, email="amina@example.org")
            told = down(laptop, hub, coordinator)
            there, _languages = clients.open_client(laptop.db, laptop.actor, person.id)
            assert there.email == "amina@example.org"
            assert any("login" in said.render("en") for said in told.refusals)
            # The counsellor exchanges directly, on their own login at the office.
            from cjeapp.core.exchange.direct import exchange_directly

            edit(laptop.db, laptop.actor, person.id, municipality="Disraeli")
            exchange_directly(laptop.db, laptop.actor, counsellor_db, counsellor)
            found, _languages = clients.open_client(counsellor_db, counsellor, person.id)
            assert found.municipality == "Disraeli"
        finally:
            laptop.db.close()
    finally:
        hub.close()
        counsellor_db.close()


def test_long_accented_names_and_passwords_sign_in_as_their_login(office: Office) -> None:
    """A user name past PostgreSQL's 63 bytes (accents count twice) gets the digest login
    the server computes the same way; an accented password, decomposed or not, is the same
    password to the server (SASLprep)."""
    from sqlalchemy import text

    name = "marie-ève.côté-bélanger." + "é" * 30
    assert len(login_name(office.database, name).encode()) <= 63
    seat, admin = _as(office, "administrator")
    try:
        accounts.create_staff(seat, admin, username=name, full_name="Marie-Ève Côté-Bélanger",
                              role="reception", password="Été-2026-temporaire")
        with office.owner.engine.connect() as connection:
            assert connection.execute(text("SELECT cjeapp_server.login_name(:n)"),
                                      {"n": name}).scalar() == login_name(office.database, name)
    finally:
        seat.close()
    decomposed = "E\u0301te\u0301-2026-temporaire"  # É and é as letter + accent
    db, first = office.seat(name.upper(), decomposed)
    try:
        assert first.username == name and first.must_change_password
    finally:
        db.close()


def test_power_takes_two_people_on_the_server_too(office: Office) -> None:
    """The administrator's own login, in plain SQL, cannot make someone director, reset the
    director's password or designate the person in charge of personal information alone;
    the director's confirmation, made on the director's own connection, allows that one act
    once, for that account only."""
    with office.sql("admin", "admin-secret") as admin:
        reception = admin.execute("SELECT id FROM users WHERE username = 'reception'"
                                  ).fetchone()
        director = admin.execute("SELECT id FROM users WHERE username = 'director'"
                                 ).fetchone()
        assert reception is not None and director is not None
        promote = ("SELECT cjeapp_server.change_account(%s, "
                   "'{\"role\": \"director\"}'::jsonb)")
        verifier = "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy"
        for statement, params in (
                (promote, reception),
                ("SELECT cjeapp_server.set_password(%s, %s, false)",
                 (director[0], verifier)),
                ("SELECT cjeapp_server.change_account(%s, "
                 "'{\"privacy_officer\": true}'::jsonb)", reception),
                ("SELECT cjeapp_server.create_account('{\"id\": \"x\", \"username\": "
                 "\"intrus\", \"full_name\": \"I\", \"role\": \"director\"}'::jsonb, %s)",
                 (verifier,)),
                ("SELECT cjeapp_server.confirm('role', %s, 'director')", reception)):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), admin.transaction():
                admin.execute(statement, params)
        with pytest.raises(psycopg.errors.InvalidParameterValue), admin.transaction():
            admin.execute("SELECT cjeapp_server.create_account('{\"id\": \"y\", "
                          "\"username\": \"intruse\", \"full_name\": \"I\", "
                          "\"role\": \"privacy_officer\"}'::jsonb, %s)", (verifier,))
        with office.sql("director", "director-password") as confirming:
            confirming.execute("SELECT cjeapp_server.confirm('role', %s, 'director')",
                               reception)
        with pytest.raises(psycopg.errors.InsufficientPrivilege), \
                admin.transaction():  # another account: no
            admin.execute("SELECT cjeapp_server.change_account(%s, "
                          "'{\"role\": \"director\"}'::jsonb)", director)
        audited = ("SELECT cjeapp_server.audit(gen_random_uuid()::text, 'update', 'users', "
                   "%s, NULL, NULL)")  # a change commits only with its audit entry
        with admin.transaction():
            admin.execute(promote, reception)
            admin.execute(audited, reception)
        with admin.transaction():  # back to reception: needs nobody
            admin.execute("SELECT cjeapp_server.change_account(%s, "
                          "'{\"role\": \"reception\"}'::jsonb)", reception)
            admin.execute(audited, reception)
        with pytest.raises(psycopg.errors.InsufficientPrivilege), \
                admin.transaction():  # used once
            admin.execute(promote, reception)


def test_the_server_never_holds_a_note_or_a_key_in_clear(office: Office) -> None:
    """Notes are sealed on the desk: read as the server's own superuser, no table holds the
    note's text, the case-notes key, the signing key or the pseudonym key (issue 34)."""
    import base64

    from cjeapp.core.custody.held import Secret
    from cjeapp.core.people import clients
    from cjeapp.core.people import notes
    from cjeapp.core.people.clients import ClientForm

    text = "Suivi psychosocial : elle craint pour son frère resté à Bukavu."
    seat, counsellor = office.seat("counsellor", "counsellor-password")
    try:
        person = clients.create_client(seat, counsellor,
                                       ClientForm(first_name="Amina", last_name="Diallo"))
        notes.add_note(seat, counsellor, person.id, text)
        assert [note.body for note in notes.list_notes(seat, counsellor, person.id)] == [text]
    finally:
        seat.close()
    director_db, director = office.seat("director", "director-password")
    director_db.close()
    assert counsellor.keys is not None and director.keys is not None
    secrets = [held[2] for held in (counsellor.keys.newest(Secret.NOTES),
                                    counsellor.keys.newest(Secret.SIGNING),
                                    director.keys.newest(Secret.PSEUDONYM)) if held]
    assert len(secrets) == 3
    needles = [text, "craint pour son frère"] + [form for secret in secrets for form in (
        base64.b64encode(secret).decode(), secret.hex())]
    with psycopg.connect(host="127.0.0.1", port=office.cluster.port, dbname=office.database,
                         user="cjeapp_test") as connection:
        tables = connection.execute(
            "SELECT schemaname, tablename FROM pg_tables "
            "WHERE schemaname IN ('public', 'cjeapp_server')").fetchall()
        for schema, name in tables:
            dump = connection.execute(
                f'SELECT coalesce(string_agg(t::text, chr(10)), \'\') FROM "{schema}"."{name}" t'
            ).fetchone()
            assert dump is not None
            found = [needle for needle in needles if needle in str(dump[0])]
            assert found == [], name
