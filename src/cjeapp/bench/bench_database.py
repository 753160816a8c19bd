"""The database a benchmark measures: an existing one opened as a staff member, or a demo
one built (encrypted, as every database) in a temporary folder; or the office's server,
filled when its database is empty with that many people (through the spreadsheet import,
the way an office would bring its lists there)."""

from __future__ import annotations

import time
from pathlib import Path

from cjeapp.core.db.database import Database
from cjeapp.core.demo.generator import generate

Credentials = tuple[str, str]


def open_or_build(db_path: Path | str | None, credentials: Credentials | None, folder: Path,
                  *, clients: int, seed: int = 1) -> tuple[Database, float | None]:
    """The database, and how long building it took (None when it existed)."""
    if isinstance(db_path, str):
        return _server(db_path, credentials, folder, clients=clients, seed=seed)
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


def _server(url: str, credentials: Credentials | None, folder: Path, *, clients: int,
            seed: int) -> tuple[Database, float | None]:
    from cjeapp.bench.import_bench import write_list
    from cjeapp.core.db import server_logins
    from cjeapp.core.db.server import open_server
    from cjeapp.core.imports import runners
    from cjeapp.core.imports.mappings import proposed_mapping
    from cjeapp.core.imports.reading import read_sheet
    from cjeapp.core.staff import accounts

    db = open_server(url)
    try:
        if not accounts.needs_first_run(db):
            if credentials is None:
                raise ValueError("an existing database opens with a user name and password")
            accounts.sign_in(db, *credentials)
            return db, None
        started = time.perf_counter()
        admin = accounts.initialize(db, organization_name="Banc d'essai", office_name="Bureau",
                                    username="banc", full_name="Banc d'essai",
                                    password="banc-d-essai-1")
        listed = folder / "liste.csv"
        write_list(listed, clients, seed=seed)
        sheet = read_sheet(listed)
        runners.run_import(db, admin, sheet, proposed_mapping(sheet.headers),
                           leave_out_errors=True, choices={
                               number: "create" for number in range(2, clients + 2)})
        # Each seat its own login, as cjeapp server-init sets a new server up.
        server_logins.secure(db, {admin.username: "banc-d-essai-1"})
        return db, time.perf_counter() - started
    except BaseException:
        db.close()
        raise
