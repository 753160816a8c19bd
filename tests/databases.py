"""Encrypted test databases: each file's key is remembered, so a test can copy a database
with its key file, open it, or reach its raw SQL (to damage it on purpose)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cjeapp.core.db import sqlite_file
from cjeapp.core.db.database import Database
from cjeapp.core.db.keyring import keys_path
from cjeapp.core.db.sqlite_file import Connection
from cjeapp.core.staff.second_person import SecondPerson

# Who confirms a powerful act in the tests (issue 34's two-person rule): the staffed
# template's director, the demo's.
DIRECTOR = SecondPerson("director", "director-password")
DEMO_DIRECTOR = SecondPerson("direction", "demo-direction")

_KEYS: dict[Path, bytes] = {}
_RECOVERY: dict[Path, str] = {}


def create(path: Path) -> tuple[Database, str]:
    """A new encrypted database (its key and recovery key remembered, the secrets sealed to
    the recovery key too, as the first-run set-up does)."""
    from cjeapp.core.custody.taking_up import escrow_to_recovery

    db, recovery = Database.create(path)
    if db.key is None:
        raise AssertionError("a new database is encrypted")
    _KEYS[db.path] = db.key
    _RECOVERY[db.path] = recovery
    escrow_to_recovery(db, recovery)
    return db, recovery


def recovery_of(path: Path) -> str:
    """The recovery key of the template ``path`` was copied from (copies keep it)."""
    return _RECOVERY[path.resolve()]


def key_of(path: Path) -> bytes:
    return _KEYS[path.resolve()]


def copy(source: Path, target: Path) -> bytes:
    """Copy a closed database and its key file; the copy opens with the same key."""
    shutil.copy(source, target)
    shutil.copy(keys_path(source), keys_path(target))
    key = key_of(source)
    _KEYS[target.resolve()] = key
    if source.resolve() in _RECOVERY:
        _RECOVERY[target.resolve()] = _RECOVERY[source.resolve()]
    return key


def open_copy(source: Path, target: Path) -> Database:
    return Database.open(target, copy(source, target))


def raw(path: Path) -> Connection:
    """A SQL connection to the file with its key (the caller commits and closes)."""
    return sqlite_file.connect(path, key_of(path))


@contextmanager
def edit(path: Path) -> Iterator[Connection]:
    """Change the file's SQL directly, as someone holding the key could; committed at the
    end of the block."""
    connection = raw(path)
    try:
        yield connection
        connection.commit()
    finally:
        connection.close()


def build_plain_database(path: Path) -> None:
    """A database as versions before encryption wrote it: plain SQLite, one administrator
    (admin / admin-secret) and one person, Huguette Charest."""
    from alembic import command

    from cjeapp.core.db import migrate
    from cjeapp.core.db.database import make_engine
    from cjeapp.core.people import clients
    from cjeapp.core.people.clients import ClientForm
    from cjeapp.core.staff import accounts

    engine = make_engine(path, None)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "head")
    engine.dispose()
    db = Database.open(path, None)
    try:
        admin = accounts.initialize(db, organization_name="CJE", office_name="Bureau",
                                    username="admin", full_name="Admin",
                                    password="admin-secret")
        clients.create_client(db, admin, ClientForm(first_name="Huguette",
                                                    last_name="Charest"))
    finally:
        db.close()
