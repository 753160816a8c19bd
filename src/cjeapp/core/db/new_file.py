"""A new encrypted database file made beside where it goes, and given that name only once
it is whole: a copy of the office's server, a laptop's database. A failure, a cancel or a
full disk leaves nothing at the destination (and no half-made file beside it)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cjeapp.core.db import keyring
from cjeapp.core.db.database import Database
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg


def refuse_existing(destination: Path) -> None:
    if destination.exists() or keyring.keys_path(destination).exists():
        raise DatabaseOpenError(msg(N_("{path} already exists; choose a new file name."),
                                    path=str(destination)))


@contextmanager
def database_made_for(destination: Path,
                      cannot_write: str) -> Iterator[tuple[Database, bytes, str]]:
    """(the new database, its key, its recovery key), to fill inside the block; ``destination`` it
    becomes, with its key file, when the block ends without an error. ``cannot_write``: the
    sentence (a message id with {folder} and {reason}) for a folder that cannot be
    written."""
    refuse_existing(destination)

    def refused(exc: OSError) -> DatabaseOpenError:
        return DatabaseOpenError(msg(cannot_write, folder=str(destination.parent),
                                     reason=exc.strerror or type(exc).__name__))

    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".cjeapp-new-", dir=destination.parent))
    except OSError as exc:
        raise refused(exc) from exc
    try:
        made, recovery = Database.create(work / destination.name)
        try:
            if made.key is None:
                raise Inconsistent("a new database has its key")
            yield made, made.key, recovery
            with made.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            made.close()
        refuse_existing(destination)
        os.replace(keyring.keys_path(made.path), keyring.keys_path(destination))
        os.replace(made.path, destination)
    except OSError as exc:
        raise refused(exc) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
