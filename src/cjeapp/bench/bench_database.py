"""The database a benchmark measures: an existing one opened as a staff member, or a demo
one built (encrypted, as every database) in a temporary folder."""

from __future__ import annotations

import time
from pathlib import Path

from cjeapp.core.db.database import Database
from cjeapp.core.demo.generator import generate

Credentials = tuple[str, str]


def open_or_build(db_path: Path | None, credentials: Credentials | None, folder: Path, *,
                  clients: int, seed: int = 1) -> tuple[Database, float | None]:
    """The database, and how long building it took (None when it existed)."""
    if db_path is not None:
        from cjeapp.core.staff.opening import open_database

        if credentials is None:
            raise ValueError("an existing database opens with a user name and password")
        db, _actor = open_database(db_path, *credentials)
        return db, None
    started = time.perf_counter()
    db, _recovery = Database.create(folder / "bench.sqlite3")
    generate(db, clients=clients, seed=seed)
    return db, time.perf_counter() - started
