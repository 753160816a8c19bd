"""Moving an office from its SQLite file to the office's PostgreSQL server: every record
copied as it is (ids, versions, history, tombstones, the audit chain), table by table in
the order their references need, in one transaction on the server; then each table counted
and checksummed on both sides before that transaction commits. Any difference, any error,
a stop: the server keeps nothing. A server that already holds an office is refused.

The checksum of a table is the SHA-256 of its rows' own digests, sorted (the two engines
may order text differently), each row read through the program's column types so that a
time, a date or an amount compares as the same value on both sides."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import Table
from sqlalchemy import func
from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.models import Base
from cjeapp.core.models import ChangeMark
from cjeapp.core.models import User
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission

CHUNK = 2_000
Progress = Callable[[str, int, int], None]  # table, tables done, tables in all


@dataclass(frozen=True)
class MovedTable:
    name: str
    rows: int
    checksum: str


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value.normalize())
    if isinstance(value, bytes):
        return value.hex()
    return value


def _checksum(rows: Iterable[Any]) -> tuple[int, str]:
    digests = sorted(hashlib.sha256(json.dumps([_plain(value) for value in row],
                                               ensure_ascii=False, default=str).encode()
                                    ).hexdigest() for row in rows)
    whole = hashlib.sha256("".join(digests).encode()).hexdigest()
    return len(digests), whole


def _tables() -> list[Table]:
    """In the order they are written: parents first, and the change log last, as the
    original numbered it (the rows written before it numbered it anew)."""
    tables = [table for table in Base.metadata.sorted_tables
              if not table.name.startswith("client_search")]
    return sorted(tables, key=lambda table: table.name == ChangeMark.__tablename__)


def _read(connection: Connection, table: Table) -> Iterable[Any]:
    return connection.execute(select(*table.columns),
                              execution_options={"stream_results": True, "yield_per": CHUNK})


def copy_verified(reading: Connection, writing: Connection, *, report: Progress | None,
                   cancelled: Callable[[], bool] | None, what: Message) -> list[MovedTable]:
    """Every table of ``reading`` inserted into ``writing`` (the caller's transaction),
    then counted and checksummed on both sides; any difference raises (and so undoes)."""
    tables = _tables()
    moved: list[MovedTable] = []
    for number, table in enumerate(tables):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if report is not None:
            report(table.name, number, len(tables))
        if table.name == ChangeMark.__tablename__:
            writing.execute(table.delete())  # numbered anew by the copy's own inserts
        batch: list[dict[str, Any]] = []
        for row in _read(reading, table):
            batch.append(dict(row._mapping))
            if len(batch) >= CHUNK:
                writing.execute(table.insert(), batch)
                batch = []
        if batch:
            writing.execute(table.insert(), batch)
    if writing.dialect.name == "postgresql":  # the server's count goes on from the copy's
        writing.exec_driver_sql("SELECT setval('change_seq', "
                                "(SELECT COALESCE(MAX(seq), 0) + 1 FROM change_log), false)")
    for table in tables:  # verified before the writing transaction commits
        copied = _checksum(_read(writing, table))
        original = _checksum(_read(reading, table))
        if copied != original:
            raise CjeError(msg(N_(
                "The copy of {table} differs from the original ({copied} rows against "
                "{original}): {what}"), table=table.name, copied=copied[0],
                original=original[0], what=what))
        moved.append(MovedTable(table.name, copied[0], copied[1]))
    if report is not None:
        report("", len(tables), len(tables))
    return moved


def move_store(source: Database, actor: Actor, target: Database, *,
               report: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[MovedTable]:
    """Copy ``source`` (a file) into ``target`` (an empty server database) and verify."""
    actor.require(Permission.SETTINGS_ADMIN)
    if source.on_server or not target.on_server:
        raise CjeError(msg(N_("The move goes from a database file to the office's server.")))
    with source.engine.connect() as reading, target.engine.begin() as writing:
        if writing.execute(select(func.count()).select_from(User)).scalar_one():
            raise CjeError(msg(N_(
                "The server's database already holds an office (its staff accounts): the "
                "move goes into an empty database only. Nothing was copied.")))
        moved = copy_verified(reading, writing, report=report, cancelled=cancelled,
                               what=msg(N_("nothing was kept on the server.")))
        writing.exec_driver_sql("ANALYZE")  # the server plans from fresh statistics
    return moved


def move_to_server(source: Database, actor: Actor, url: str) -> list[MovedTable]:
    """``move_store`` into the empty server database at ``url``, whose connections are
    closed after, whatever happened."""
    from cjeapp.core.db.server import open_server  # its driver only for a server

    target = open_server(url)
    try:
        return move_store(source, actor, target)
    finally:
        target.close()
