"""Personal logins on the office's server: each staff member connects as a PostgreSQL login
of their own (SCRAM, their own password), member of the group role of their cjeapp role, and
the server decides what each may read and write (``server_rights``; the functions of
``resources/server/personal-logins.sql``). No credential is shared between seats.

``secure`` sets it up (``cjeapp server-init``; ``cjeapp server-secure`` for an office moving
from the shared seat role) and keeps it in step at each upgrade. ``sign_in`` opens the
server as a person: the server itself checks the password (slowed after failures by its
``auth_delay``), and the account comes from the server's record of which login is whom."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote
from urllib.parse import urlsplit

from sqlalchemy import Connection
from sqlalchemy import Engine
from sqlalchemy import create_engine
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from cjeapp.core.db import migrate
from cjeapp.core.db import server_rights as rights
from cjeapp.core.db.address import engine_url
from cjeapp.core.db.address import seat_folder
from cjeapp.core.db.address import shown_address
from cjeapp.core.db.database import Database
from cjeapp.core.errors import AuthenticationError
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import new_id
from cjeapp.core.permissions import Permission
from cjeapp.core.permissions import Role
from cjeapp.core.resources import resource_path

# What the server keeps in place of a password hash: the password is its login's (SCRAM).
SERVER_LOGIN = "server login"
MAX_NAME_BYTES = 63  # PostgreSQL's longest role name
SCRAM_ITERATIONS = 4096
# What the server answers a wrong password, an unknown login or one not allowed to connect.
AUTHENTICATION_FAILED = {"28P01", "28000"}


def login_name(database: str, username: str) -> str:
    """The login of ``username`` on ``database`` ("<database>.<user name>"; past 63 bytes a
    digest, as the server's ``cjeapp_server.login_name`` computes it)."""
    whole = f"{database}.{username}"
    if len(whole.encode("utf-8")) <= MAX_NAME_BYTES:
        return whole
    digest = hashlib.sha256(whole.encode("utf-8")).hexdigest()[:24]
    return f"{database[:20]}.{digest}"


def group_name(database: str, role: str) -> str:
    return f"{database}:{role}"


# SASLprep (RFC 4013) as PostgreSQL and libpq apply it to a password: spaces of other kinds
# become spaces, the characters "mapped to nothing" go, and the result is NFKC-normalized.
_MAPPED_TO_NOTHING = dict.fromkeys(map(ord, "\u00ad\u034f\u1806\u180b\u180c\u180d\u200b"
                                            "\u200c\u200d\u2060\ufe00\ufe01\ufe02\ufe03"
                                            "\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a"
                                            "\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff"))
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009" \
          "\u200a\u200b\u202f\u205f\u3000"


def _saslprep(password: str) -> str:
    if password.isascii():
        return password
    mapped = "".join(" " if ch in _SPACES else ch for ch in password)
    return unicodedata.normalize("NFKC", mapped.translate(_MAPPED_TO_NOTHING))


def scram_verifier(password: str) -> str:
    """What the server keeps of a password (SCRAM-SHA-256, RFC 5802/7677), computed here so
    that the password itself never travels to the server in a statement or its log."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", _saslprep(password).encode("utf-8"), salt,
                                 SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return (f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt)}$"
            f"{b64(hashlib.sha256(client_key).digest())}:{b64(server_key)}")


def is_secured(connection: Connection) -> bool:
    return bool(connection.execute(text(
        "SELECT to_regnamespace('cjeapp_server') IS NOT NULL")).scalar())


def _ident(connection: Connection, name: str) -> str:
    quoted = connection.exec_driver_sql("SELECT quote_ident(%(name)s)", {"name": name})
    return str(quoted.scalar())


@dataclass(frozen=True)
class OneTimePassword:
    username: str
    full_name: str
    password: str


def secure(db: Database, passwords: dict[str, str] | None = None) -> list[OneTimePassword]:
    """Set up (or bring in step) personal logins on the server, as its owner. Accounts
    without a login get one: with the password given in ``passwords`` (server-init, the
    demo), else a one-time password returned here, to be changed at the first sign-in. The
    Argon2id hashes the seats used to check leave the server."""
    made: list[OneTimePassword] = []
    with db.engine.begin() as connection:
        install(connection)
        for user_id, username, full_name, known in connection.execute(text(
                "SELECT u.id, u.username, u.full_name, l.login IS NOT NULL FROM users u "
                "LEFT JOIN cjeapp_server.logins l ON l.user_id = u.id "
                "WHERE u.deleted_at IS NULL ORDER BY u.username")).all():
            if known:
                connection.execute(text("SELECT cjeapp_server.sync_login(:id, NULL)"),
                                   {"id": user_id})
                continue
            given = (passwords or {}).get(username)
            password = given or secrets.token_urlsafe(12)
            connection.execute(text("SELECT cjeapp_server.sync_login(:id, :verifier)"),
                               {"id": user_id, "verifier": scram_verifier(password)})
            connection.execute(text("UPDATE users SET must_change_password = :must "
                                    "WHERE id = :id"), {"must": given is None, "id": user_id})
            connection.execute(text(  # in the log: the server's owner gave this login
                "SELECT cjeapp_server.audit(:id, 'server_login', 'users', :user, :details, "
                "NULL)"), {"id": new_id(), "user": user_id, "details": json.dumps(
                    {"one_time_password": given is None}, sort_keys=True)})
            if given is None:
                made.append(OneTimePassword(username, full_name, password))
        connection.execute(text("UPDATE users SET password_hash = :kept "
                                "WHERE password_hash <> :kept"), {"kept": SERVER_LOGIN})
    db.personal_logins = True
    return made


def install(connection: Connection) -> None:
    """The server's functions and every group's rights, as this version has them (again
    after each upgrade: a table a migration made or remade gets its rights and trigger)."""
    script = resource_path("server", "personal-logins.sql").read_text(encoding="utf-8")
    connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%(lock)s)", {"lock": 0x636A6502})
    cursor = connection.connection.cursor()  # no parameters: every '%' is the script's
    try:
        cursor.execute(script)
    finally:
        cursor.close()
    _grant(connection)


def _grant(connection: Connection) -> None:
    """The group roles and what each may, from the program's matrix (``server_rights``)."""
    database = str(connection.execute(text("SELECT current_database()")).scalar())
    groups = rights.group_permissions()
    ident = {name: _ident(connection, group_name(database, name))
             for name in [*groups, rights.STAFF_GROUP]}
    existing = set(connection.execute(text("SELECT rolname FROM pg_roles")).scalars())
    for name in ident:
        if group_name(database, name) not in existing:
            connection.exec_driver_sql(f"CREATE ROLE {ident[name]} NOLOGIN")
    connection.execute(text("DELETE FROM cjeapp_server.grants"))
    for group, held in groups.items():
        for permission in sorted(held):
            connection.execute(text("INSERT INTO cjeapp_server.grants VALUES (:r, :p)"),
                               {"r": group, "p": permission})
    connection.execute(text("DELETE FROM cjeapp_server.setting_rights"))
    for prefix, permission in rights.SETTING_RIGHTS.items():
        connection.execute(text("INSERT INTO cjeapp_server.setting_rights VALUES (:k, :p)"),
                           {"k": prefix, "p": permission})
    from cjeapp.core.staff.second_person import powerful

    connection.execute(text("DELETE FROM cjeapp_server.powerful_roles"))
    for role in Role:
        if powerful(role):
            connection.execute(text("INSERT INTO cjeapp_server.powerful_roles VALUES (:r)"),
                               {"r": role.value})
    staff = ident[rights.STAFF_GROUP]
    every = ", ".join(ident.values())
    db_ident = _ident(connection, database)
    connection.exec_driver_sql(f"REVOKE ALL ON DATABASE {db_ident} FROM PUBLIC")
    # No TEMPORARY: a login's temporary table could otherwise stand in for a real one.
    connection.exec_driver_sql(f"GRANT CONNECT ON DATABASE {db_ident} TO {staff}")
    # The change log's trigger (migration 0020) runs as the owner: pg_temp named last.
    connection.exec_driver_sql(
        "DO $$ BEGIN IF to_regprocedure('public.cjeapp_log_change()') IS NOT NULL THEN "
        "ALTER FUNCTION public.cjeapp_log_change() SET search_path = public, pg_temp; "
        "END IF; END $$")
    connection.exec_driver_sql("REVOKE ALL ON SCHEMA public FROM PUBLIC")
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public, cjeapp_server TO {staff}")
    for function in ("audit(varchar, text, text, varchar, text, varchar)",
                     "create_account(jsonb, text)", "change_account(varchar, jsonb)",
                     "set_password(varchar, text, boolean)", "signed_in()",
                     "put_setting(varchar, text, text, date)", "may(text)", "caller()",
                     "is_owner()", "erase_details(varchar, varchar[])",
                     "renumber(text, varchar[])", "confirm(text, text, text)",
                     "refused_sign_ins(integer)", "chain_head()"):
        connection.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION cjeapp_server.{function} "
                                   f"TO {staff}")
    tables = list(connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).scalars())
    connection.exec_driver_sql(
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {every}")
    connection.exec_driver_sql(
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {staff}")
    for table in tables:
        quoted = _ident(connection, table)
        if table in rights.UNREAD:
            continue
        readers = rights.READ_WITH.get(table)
        hidden, full_readers = rights.COLUMNS_READ_WITH.get(table, ((), ()))
        if hidden:
            shown = ", ".join(_ident(connection, column) for column in connection.execute(
                text("SELECT column_name FROM information_schema.columns WHERE "
                     "table_schema = 'public' AND table_name = :t ORDER BY ordinal_position"),
                {"t": table}).scalars() if column not in hidden)
            connection.exec_driver_sql(f"GRANT SELECT ({shown}) ON {quoted} TO {staff}")
            readers = full_readers
        elif readers is None:
            connection.exec_driver_sql(f"GRANT SELECT ON {quoted} TO {staff}")
        for group in rights.groups_with(readers or ()):
            connection.exec_driver_sql(f"GRANT SELECT ON {quoted} TO {ident[group]}")
        if table in rights.MAINTAINED_BY_TRIGGERS:
            connection.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {quoted} TO {staff}")
        for group in rights.groups_with(rights.WRITTEN_WITH.get(table, ())):
            connection.exec_driver_sql(f"GRANT INSERT, UPDATE ON {quoted} TO {ident[group]}")
        columns, writers = rights.COLUMNS_WRITTEN_WITH.get(table, ((), ()))
        for group in rights.groups_with(writers):
            listed = ", ".join(_ident(connection, column) for column in columns)
            connection.exec_driver_sql(f"GRANT UPDATE ({listed}) ON {quoted} "
                                       f"TO {ident[group]}")
        for group in rights.groups_with(rights.DELETED_WITH.get(table, ())):
            connection.exec_driver_sql(f"GRANT DELETE ON {quoted} TO {ident[group]}")
        if table not in rights.NOT_AUDITED:
            connection.exec_driver_sql(
                f"DROP TRIGGER IF EXISTS cjeapp_require_audit ON {quoted}")
            connection.exec_driver_sql(
                f"CREATE CONSTRAINT TRIGGER cjeapp_require_audit AFTER INSERT OR UPDATE "
                f"ON {quoted} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                "EXECUTE FUNCTION cjeapp_server.require_audit()")
    _grant_destruction(connection, ident)
    # What the program reads of the schema's version (every login), never writes.
    connection.exec_driver_sql(f"GRANT SELECT ON alembic_version TO {staff}")


def _grant_destruction(connection: Connection, ident: dict[str, str]) -> None:
    """Whom the matrix lets destroy a file (Law 25) erases every row of it, also in tables
    their role does not read: they may update those rows, finding them by their ids only
    (the columns named ``id`` or ``…_id``), not read them."""
    from cjeapp.core.privacy.export_fields import SECTIONS

    tables = {section.name for section in SECTIONS} | {"clients", "households",
                                                        "household_members"}
    for group in rights.groups_with([Permission.PRIVACY_ADMIN]):
        for table in sorted(tables):
            keys = [str(column) for column in connection.execute(text(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                "'public' AND table_name = :t AND (column_name = 'id' OR column_name LIKE "
                "'%\\_id') ORDER BY ordinal_position"), {"t": table}).scalars()]
            quoted = _ident(connection, table)
            columns = ", ".join(_ident(connection, key) for key in keys)
            connection.exec_driver_sql(f"GRANT UPDATE ON {quoted} TO {ident[group]}")
            connection.exec_driver_sql(f"GRANT SELECT ({columns}) ON {quoted} "
                                       f"TO {ident[group]}")
        connection.exec_driver_sql(f"GRANT UPDATE ON exchange_bases TO {ident[group]}")
        connection.exec_driver_sql(f"GRANT SELECT (row_id) ON exchange_bases "
                                   f"TO {ident[group]}")


def _login_url(url: str, username: str, password: str) -> URL:
    parts = urlsplit(engine_url(url))
    database = unquote(parts.path.lstrip("/"))
    query = dict(pair.split("=", 1) for pair in parts.query.split("&") if "=" in pair)
    return URL.create("postgresql+psycopg", username=login_name(database, username),
                      password=password, host=parts.hostname, port=parts.port,
                      database=database, query=query)


def refused_by_name(error: DatabaseOpenError) -> bool:
    """Whether a server that could not be opened refused the role it was asked for (no
    such role, or not its password) — it answers, and is asking for someone's login."""
    cause = error.__cause__
    return isinstance(cause, OperationalError) and (
        authentication_failed(cause) or "does not exist" in str(cause.orig))


def authentication_failed(exc: OperationalError) -> bool:
    state = getattr(exc.orig, "sqlstate", None)
    said = str(exc.orig or "")
    return state in AUTHENTICATION_FAILED or "authentication failed" in said \
        or "no password supplied" in said or "not permitted to log in" in said


def connect_as(url: str, username: str, password: str) -> Database:
    """The server opened with this person's own login; refused in a sentence for a wrong
    name or password (the same sentence for both), an unreachable server or an earlier
    schema (which only the owner brings up to date)."""
    login = username.strip().lower()[:60]
    engine = _engine(_login_url(url, login, password), said=False)
    try:
        with engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            if revision.scalar() != migrate.head_revision():
                raise DatabaseOpenError(msg(N_(
                    "The server's database is not at this version of cjeapp: the person "
                    "who runs the server connects once with this version and the owner's "
                    "role (the README says how), then every seat works.")))
    except OperationalError as exc:
        engine.dispose()
        if "not permitted to log in" in str(exc.orig or ""):  # said after the password held
            raise AuthenticationError(msg(N_(
                "This account is deactivated. Ask the administrator to reactivate it."))) \
                from exc
        if authentication_failed(exc):
            raise AuthenticationError(msg(N_("Unknown user name or wrong password."))) from exc
        raise DatabaseOpenError(msg(N_(
            "The server {url} cannot be reached ({reason}). Check the network and the "
            "address, or ask the person who runs the server."), url=shown_address(url),
            reason=str(exc.orig).strip().splitlines()[0] if exc.orig else "?")) from exc
    except BaseException:
        engine.dispose()
        raise
    _say_in_words(engine)  # from now on, a lost connection is said in a sentence
    db = Database(seat_folder(url), engine, None)
    db.address = f"PostgreSQL — {shown_address(url)}"
    db.personal_logins = True
    return db


def password_holds(db: Database, username: str, password: str) -> bool:
    """Whether ``password`` is this person's, as the server itself judges it (a connection
    made and closed at once)."""
    return password_holds_at(db.engine.url, username, password)


def password_holds_at(url: URL, username: str, password: str) -> bool:
    return _as_person(url, username, password, None)


def _as_person(url: URL, username: str, password: str,
               statement: tuple[str, dict[str, str]] | None) -> bool:
    """Connect once as this person's own login (then close), running ``statement`` there
    when given; False when the server refuses the name or the password."""
    probe = create_engine(URL.create(
        "postgresql+psycopg", username=login_name(url.database or "", username),
        password=password, host=url.host, port=url.port, database=url.database,
        query=url.query), poolclass=NullPool)
    try:
        with probe.begin() as connection:
            if statement is not None:
                connection.execute(text(statement[0]), statement[1])
        return True
    except OperationalError as exc:
        if authentication_failed(exc):
            return False
        raise
    finally:
        probe.dispose()


def _engine(url: URL, *, said: bool = True) -> Engine:
    from cjeapp.core.db.server import CONNECT_SECONDS

    engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5,
                           connect_args={"connect_timeout": CONNECT_SECONDS})
    if said:
        _say_in_words(engine)
    return engine


def _say_in_words(engine: Engine) -> None:
    from sqlalchemy import event

    from cjeapp.core.db.server import said_in_words

    url = engine.url
    event.listen(engine, "handle_error", said_in_words(
        f"postgresql://{url.host}:{url.port or 5432}/{url.database}"))


def follow_new_password(db: Database, username: str, password: str) -> None:
    """After a person changed their own password on their own connection: the connections
    opened from now on use the new one (those open keep working)."""
    url = db.engine.url
    if url.username != login_name(url.database or "", username):
        return  # the owner's connection (the server's tools), not this person's
    db.replace_engine(_engine(url.set(password=password)))


def drop_shared_role(db: Database, role: str) -> bool:
    """The shared seat role loses every right on this database and is dropped (left unable
    to connect when it still has rights elsewhere on the cluster). False when absent."""
    with db.engine.begin() as connection:
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                              {"r": role}).first() is None:
            return False
        quoted = _ident(connection, role)
        database = _ident(connection, str(connection.execute(
            text("SELECT current_database()")).scalar()))
        for statement in (
                f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {quoted}",
                f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {quoted}",
                f"REVOKE ALL ON SCHEMA public FROM {quoted}",
                f"ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES "
                f"FROM {quoted}",
                f"REVOKE ALL ON DATABASE {database} FROM {quoted}",
                f"ALTER ROLE {quoted} NOLOGIN"):
            connection.exec_driver_sql(statement)
    try:
        with db.engine.begin() as connection:
            connection.exec_driver_sql(f"DROP ROLE {quoted}")
    except DBAPIError:
        pass  # rights in another database of the cluster: it stays, unable to connect
    return True


def confirm_as(db: Database, username: str, password: str,
               act: tuple[str, str, str]) -> bool:
    """A second person's confirmation of ``act`` (what, on whom, to what), made on their own
    connection — the password they typed is judged by the server as at sign-in. False for a
    wrong name or password."""
    return _as_person(db.engine.url, username, password, (
        "SELECT cjeapp_server.confirm(:act, :target, :value)",
        {"act": act[0], "target": act[1], "value": act[2]}))
