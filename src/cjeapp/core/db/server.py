"""The office's PostgreSQL server as a cjeapp database: every seat connects to it with a
URL (``postgresql://user@host/dbname``, ``?sslmode=require`` honoured by the driver), and
the first seat of a new version brings the schema up to date, the others waiting for it.

The store is not encrypted by the program on the server (that is the server's disk
encryption's work, see the README); passwords are checked against their Argon2id hashes as
on SQLite, without a key file. The audit chain stays one chain with several seats writing:
each transaction takes the chain's lock before it reads the chain's tip (``db.locks``)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection
from sqlalchemy import Engine
from sqlalchemy import ExceptionContext
from sqlalchemy import create_engine
from sqlalchemy import event
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import ProgrammingError

from cjeapp.core.db import migrate
from cjeapp.core.db import server_logins
from cjeapp.core.db.address import engine_url
from cjeapp.core.db.address import seat_folder
from cjeapp.core.db.address import shown_address
from cjeapp.core.db.address import without_password
from cjeapp.core.db.database import Database
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg

# The server's advisory lock on upgrades (any number, the same on every seat).
UPGRADE_LOCK = 0x636A6501
# A server that does not answer is said after this long, not after the system's TCP timeout.
CONNECT_SECONDS = 10
INSUFFICIENT_PRIVILEGE = "42501"


def _upgrade(engine: Engine) -> None:
    """Bring the schema to this version; one seat at a time (the lock is the server's)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:lock)"),
                           {"lock": UPGRADE_LOCK})
        current = MigrationContext.configure(connection).get_current_revision()
        if current == migrate.head_revision():
            return
        if current is None:
            _refuse_foreign_tables(connection)
        if current is not None and current not in migrate.known_revisions():
            raise DatabaseOpenError(msg(N_(
                "The server's database was made by a newer version of cjeapp ({revision}): "
                "update the program on this computer."), revision=current))
        try:
            command.upgrade(migrate.alembic_config(connection), "head")
            if server_logins.is_secured(connection):
                server_logins.install(connection)  # new tables get their rights
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
                raise
            raise DatabaseOpenError(msg(N_(
                "The server's database is at an earlier version of cjeapp, and this seat's "
                "role may not change its tables: the person who runs the server connects "
                "once with this version and the owner's role (the README says how), then "
                "every seat works."))) from exc


def _refuse_foreign_tables(connection: Connection) -> None:
    """A database without cjeapp's schema version but with tables of its own is another
    program's: cjeapp does not build its tables among them."""
    found = connection.execute(text(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = current_schema() ORDER BY table_name LIMIT 3")).scalars().all()
    if found:
        raise DatabaseOpenError(msg(N_(
            "The server's database already holds tables that are not cjeapp's ({tables}): "
            "give cjeapp an empty database of its own (the README says how: \"The office's "
            "server\")."), tables=", ".join(found)))


class ServerUnreachable(DatabaseOpenError):
    """The server went away during work (network, server restarted): said in a sentence;
    the next action connects again by itself (the pool checks each connection first)."""


def said_in_words(url: str) -> Callable[[ExceptionContext], None]:
    def said(context: ExceptionContext) -> None:
        import psycopg  # loaded already: this engine's driver

        if context.is_disconnect or isinstance(context.original_exception,
                                               psycopg.OperationalError):
            raise ServerUnreachable(msg(N_(
                "The connection with the server {address} was lost: nothing of this action "
                "was saved. What you typed is still here; try again in a moment (the program "
                "connects again by itself), or ask the person who runs the server."),
                address=shown_address(url))) from context.original_exception
    return said


def open_server(url: str) -> Database:
    """Connect to the server at ``url`` (upgrading its schema when this version is newer);
    refused in a sentence when it cannot be reached or is not cjeapp's."""
    from cjeapp.core.db.seat_setup import password_file

    connect_args: dict[str, object] = {"connect_timeout": CONNECT_SECONDS}
    kept = password_file(url)
    if kept.is_file():  # this seat's own password file (chosen at first run or Paramètres)
        connect_args["passfile"] = str(kept)
    engine = create_engine(engine_url(url), pool_pre_ping=True, pool_size=5,
                           max_overflow=5, connect_args=connect_args)
    try:
        _upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseOpenError(msg(N_(
            "The server {url} cannot be reached ({reason}). Check the network and the "
            "address, or ask the person who runs the server."),
            url=without_password(url), reason=str(exc.orig).strip().splitlines()[0]
            if exc.orig else "?")) from exc
    except Exception:
        engine.dispose()
        raise
    event.listen(engine, "handle_error", said_in_words(url))
    db = Database(seat_folder(url), engine, None)
    db.address = f"PostgreSQL — {shown_address(url)}"
    with engine.connect() as connection:
        db.personal_logins = server_logins.is_secured(connection)
    return db
