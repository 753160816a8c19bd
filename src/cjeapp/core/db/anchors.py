"""The audit chain held against copies kept elsewhere: a backup carries the chain as it was
when it was made, so its last entry (its *head*: position and hash) is a witness the live
file cannot rewrite. Someone with the key who cuts the log's tail, deletes, inserts, edits
or back-dates an entry and then re-hashes everything after it leaves a chain that verifies
on its own — but not against a backup made before: at the backup's head, the live chain
holds another hash, or no entry at all (``cjeapp check --against BACKUP``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cjeapp.core.db import sqlite_file
from cjeapp.core.db.sqlite_file import Connection
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    source: str  # where it was read (a backup's file name)


def head_of(connection: Connection, source: str) -> Anchor | None:
    """The last entry of a chain (None for an empty log)."""
    row = connection.execute(
        "SELECT seq, chain_hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else Anchor(int(row[0]), str(row[1]), source)


def backup_anchor(path: Path, key: bytes) -> Anchor | None:
    """The head of a backup's chain; refused in a sentence when the key does not open it."""
    if not path.is_file():
        raise DatabaseOpenError(msg(N_("{path} does not exist."), path=str(path)))
    try:
        connection = sqlite_file.connect(path, key, readonly=True)
        try:
            return head_of(connection, path.name)
        finally:
            connection.close()
    except sqlite_file.DatabaseError as exc:
        raise DatabaseOpenError(msg(N_(
            "{path} cannot be read with this database's key: it is not one of its backups."),
            path=str(path))) from exc


def contradiction(connection: Connection, anchor: Anchor) -> Message | None:
    """How the live chain contradicts ``anchor`` (None when it holds the same entry)."""
    row = connection.execute("SELECT chain_hash FROM audit_log WHERE seq = ?",
                             (anchor.seq,)).fetchone()
    if row is None:
        last = connection.execute("SELECT max(seq) FROM audit_log").fetchone()[0] or 0
        return msg(N_(
            "Audit log: it ends at entry {last}, but {source} holds entry {seq}: entries "
            "were cut from the log since."), last=last, source=anchor.source, seq=anchor.seq)
    if str(row[0]) != anchor.hash:
        return msg(N_(
            "Audit log: at entry {seq} it differs from {source}: the log was rewritten at or "
            "before that entry (an entry edited, inserted, deleted or back-dated, then the "
            "chain computed again)."), seq=anchor.seq, source=anchor.source)
    return None
