"""The office's PostgreSQL server as a cjeapp database: every seat connects to it with a
URL (``postgresql://user@host/dbname``, ``?sslmode=require`` honoured by the driver), and
the first seat of a new version brings the schema up to date, the others waiting for it.

The store is not encrypted by the program on the server (that is the server's disk
encryption's work, see the README); passwords are checked against their Argon2id hashes as
on SQLite, without a key file. The audit chain stays one chain with several seats writing:
each transaction takes the chain's lock before it reads the chain's tip (``db.locks``)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
from sqlalchemy import Engine, ExceptionContext, create_engine, event, text
from sqlalchemy.exc import OperationalError

from cjeapp.core.db import migrate
from cjeapp.core.db.database import Database
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_, msg

# The server's advisory lock on upgrades (any number, the same on every seat).
UPGRADE_LOCK = 0x636A6501


def is_server_url(text_: str) -> bool:
    return urlsplit(text_).scheme in ("postgresql", "postgres", "postgresql+psycopg")


def engine_url(url: str) -> str:
    """The driver's URL of what a person writes (``postgresql://…``)."""
    scheme, _sep, rest = url.partition("://")
    if scheme not in ("postgresql", "postgres", "postgresql+psycopg"):
        raise DatabaseOpenError(msg(N_(
            "{url} is not the address of a PostgreSQL server: write it as "
            "postgresql://user@host/database."), url=url))
    return f"postgresql+psycopg://{rest}"


def seat_folder(url: str) -> Path:
    """This seat's own folder for what belongs to it, not to the server (named by the
    address without its password, so the same server is the same folder)."""
    from platformdirs import user_data_path

    parts = urlsplit(engine_url(url))
    where = f"{parts.hostname or 'local'}-{parts.port or 5432}{parts.path}"
    digest = hashlib.sha256(where.encode()).hexdigest()[:16]
    return user_data_path("cjeapp", appauthor=False) / "servers" / digest


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
        if current is not None and current not in migrate.known_revisions():
            raise DatabaseOpenError(msg(N_(
                "The server's database was made by a newer version of cjeapp ({revision}): "
                "update the program on this computer."), revision=current))
        command.upgrade(migrate.alembic_config(connection), "head")


class ServerUnreachable(DatabaseOpenError):
    """The server went away during work (network, server restarted): said in a sentence;
    the next action connects again by itself (the pool checks each connection first)."""


def _said_in_words(url: str) -> Callable[[ExceptionContext], None]:
    def said(context: ExceptionContext) -> None:
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
    engine = create_engine(engine_url(url), pool_pre_ping=True, pool_size=5,
                           max_overflow=5)
    try:
        _upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseOpenError(msg(N_(
            "The server {url} cannot be reached ({reason}). Check the network and the "
            "address, or ask the person who runs the server."),
            url=_without_password(url), reason=str(exc.orig).strip().splitlines()[0]
            if exc.orig else "?")) from exc
    except Exception:
        engine.dispose()
        raise
    event.listen(engine, "handle_error", _said_in_words(url))
    db = Database(seat_folder(url), engine, None)
    db.address = f"PostgreSQL — {shown_address(url)}"
    return db


def shown_address(url: str) -> str:
    """The server as a person reads it (host and database, never the password)."""
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}{parts.path}"


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return url.replace(f":{parts.password}@", ":***@", 1)
