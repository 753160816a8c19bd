"""Alembic set-up: the migration scripts ship inside the package.

Opening a file that is already up to date does not load Alembic (a third of the start-up
time): each script is named for its revision, numbered in order, so the file names tell
the known revisions and the head. A test holds the names to Alembic's own reading."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from cjeapp.core.errors import Inconsistent

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection
    from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> set[str]:
    return {path.stem for path in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py")}


def head_revision() -> str:
    known = known_revisions()
    if not known:
        raise Inconsistent("migration scripts")
    return max(known)


def is_managed_table(name: str | None) -> bool:
    """False for tables the models do not describe (the FTS5 index and its shadow tables)."""
    return not (name or "").startswith("client_search")


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    return type_ != "table" or is_managed_table(name)


@contextmanager
def schema_change(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction with foreign keys off, for running migrations.

    A migration that rebuilds a table (SQLite's way to change a column) drops the old one;
    with foreign keys on, that drop refuses — or, for ON DELETE CASCADE, silently deletes —
    the rows that refer to it. The caller checks ``broken_references`` before the end. The
    pragma only takes effect outside a transaction, so it is set before one begins."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                yield connection
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def broken_references(connection: Connection) -> list[Any]:
    """Rows that refer to a record that does not exist (table, rowid, parent, fk index)."""
    return list(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
