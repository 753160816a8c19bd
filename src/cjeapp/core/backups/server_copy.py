"""A backup of the office's server made by the program: the whole office copied from one
consistent snapshot of the server into a new cjeapp database file, encrypted as every
cjeapp file is (its key wrapped with the password of the administrator who made it, and
with a recovery key shown once), each table counted and checksummed against the server
before the file takes its name.

Why the program's own copy rather than ``pg_dump``: a seat (often a Windows PC) has no
PostgreSQL client tools of the server's exact version; ``pg_dump``'s output is not
encrypted, and a plain dump of every person's file on a USB key is what Law 25 warns
against; and the copy is a cjeapp file, so it opens in the program as it is (to read a
file from the day before), and goes back to a server with ``cjeapp migrate-store`` (into
an empty database, verified the same way). The server's administrator keeps running
PostgreSQL's own backups too (the README says how); this one is the office's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from cjeapp.core.db import work_files
from cjeapp.core.db.database import Database
from cjeapp.core.db.new_file import database_made_for
from cjeapp.core.db.new_file import refuse_existing
from cjeapp.core.db.store_move import MovedTable
from cjeapp.core.db.store_move import Progress
from cjeapp.core.db.store_move import copy_verified
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.staff import accounts
from cjeapp.core.unit_of_work import unit_of_work


@dataclass(frozen=True)
class ServerBackup:
    path: Path
    recovery_key: str  # shown once: it opens the copy without the administrator's password
    tables: list[MovedTable]

    @property
    def records(self) -> int:
        return sum(table.rows for table in self.tables)


def _owner(db: Database) -> str | None:
    """The role this connection runs as, when it is the server's owner (or a superuser)."""
    with db.engine.connect() as connection:
        owns = connection.execute(text("SELECT cjeapp_server.is_owner()")).scalar()
        return db.engine.url.username if owns else None


def back_up_server(db: Database, actor: Actor, password: str, destination: Path, *,
                   report: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ServerBackup:
    """Copy the server's whole office into the new file ``destination`` (and its key file
    beside it). ``password`` is the administrator's own, checked as at sign-in: it opens
    the copy. Nothing is left at ``destination`` when anything fails or is cancelled."""
    actor.require(Permission.SETTINGS_ADMIN)
    if not db.on_server:
        raise CjeError(msg(N_("This copy is made of the office's server; a database file is "
                              "backed up with its own backups.")))
    if db.personal_logins and db.engine.url.username != _owner(db):
        raise CjeError(msg(N_(
            "On this server each person connects as their own login, and nobody's login "
            "reads the whole office. The person who runs the server makes the copy with "
            "the owner's role: cjeapp backup --db postgresql://OWNER@SERVER/DATABASE --user "
            "ADMIN --to FILE (the README says how).")))
    destination = destination.expanduser().absolute()
    work_files.sweep(destination.parent)  # a key file left alone by a kill is taken back
    refuse_existing(destination)
    accounts.confirm_password(db, actor, password)
    with database_made_for(destination, N_("The backup could not be written to {folder}: "
                                           "{reason}")) as (copy, key, recovery):
        with copy.keyring_update() as ring:
            ring.set_password(key, actor.username, password)
        snapshot = db.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        # one snapshot of the server: seats keep working meanwhile
        with snapshot as reading, reading.begin(), copy.engine.begin() as writing:
            tables = copy_verified(reading, writing, report=report, cancelled=cancelled,
                                   what=msg(N_("the copy was not kept.")))
    with unit_of_work(db, actor) as uow:
        uow.audit("backup", "database", None, {
            "file": destination.name, "reason": "server copy",
            "records": sum(table.rows for table in tables)})
    return ServerBackup(destination, recovery, tables)
