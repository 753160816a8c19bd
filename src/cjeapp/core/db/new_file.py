"""A new encrypted database file made in a work folder beside where it goes, and given that
name (after its key file) only once it is whole: the demo, a first run's database, a copy
of the office's server, a laptop's database. A failure, a cancel, a full disk or a kill
leaves nothing at the destination; what a kill leaves in the work folder is removed at the
next start (``work_files.sweep``)."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cjeapp.core.db import keyring
from cjeapp.core.db import work_files
from cjeapp.core.db.database import Database
from cjeapp.core.db.database import build
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg


def _taken(destination: Path) -> DatabaseOpenError:
    return DatabaseOpenError(msg(N_("{path} already exists; choose a new file name."),
                                 path=str(destination)))


def refuse_existing(destination: Path) -> None:
    """A copy or a laptop's file never replaces a file, nor a key file alone."""
    if destination.exists() or keyring.keys_path(destination).exists():
        raise _taken(destination)


def refuse_database(destination: Path) -> None:
    """A new database (the demo, a first run) takes the place of nothing but an empty file
    (what first-run set-up counts as no database), and of a key file left without its
    database."""
    if destination.exists() and destination.stat().st_size > 0:
        raise _taken(destination)


@contextmanager
def database_made_for(destination: Path, cannot_write: str, *,
                      refuse: Callable[[Path], None] = refuse_existing,
                      ) -> Iterator[tuple[Database, bytes, str]]:
    """(the new database, its key, its recovery key), to fill inside the block; ``destination`` it
    becomes, with its key file, when the block ends without an error. ``cannot_write``: the
    sentence (a message id with {folder} and {reason}) for a folder that cannot be
    written. ``refuse`` raises when something already at ``destination`` must stay."""
    def refused(exc: OSError) -> DatabaseOpenError:
        return DatabaseOpenError(msg(cannot_write, folder=str(destination.parent),
                                     reason=exc.strerror or type(exc).__name__))

    work_files.sweep(destination.parent)  # a killed run's work folder, its names undone
    refuse(destination)
    try:
        with work_files.work_dir(destination.parent) as work:
            path = work.path / destination.name
            key, recovery = build(path)
            made = Database.open(path, key)
            try:
                yield made, key, recovery
                with made.engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                made.close()
            refuse(destination)
            work.give_names(keyring.keys_path(path).name, destination.name)
    except OSError as exc:
        raise refused(exc) from exc
