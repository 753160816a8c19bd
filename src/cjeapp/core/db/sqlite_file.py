"""Low-level opening, checks and copies of the database file, through SQLCipher.

sqlcipher3 (the maintained DB-API binding of SQLCipher 4, with FTS5) reads and writes both
encrypted files and the plain SQLite files of earlier versions, so one driver serves every
case. The key is given raw (``x'…'``): it is random, and stretching it again with SQLCipher's
own PBKDF2 would only cost 0.3 s per connection.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32

dbapi = sqlcipher  # the DB-API module, for SQLAlchemy
DatabaseError = sqlcipher.DatabaseError
Connection = Any  # sqlcipher3 ships no type information


def driver(raw: Any) -> Connection:
    """The sqlcipher3 connection under a SQLAlchemy pool connection."""
    connection = raw.driver_connection
    if connection is None:  # pragma: no cover - only after the pool closed it
        raise RuntimeError("the database connection is closed")
    return connection


def key_pragma(key: bytes) -> str:
    """The PRAGMA that gives SQLCipher the raw database key."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path | str, key: bytes | None, *, readonly: bool = False) -> Connection:
    """A connection to ``path``; ``key`` None for a plain (not yet encrypted) file."""
    target = f"file:{path}?mode=ro" if readonly else str(path)
    connection = sqlcipher.connect(target, uri=readonly, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message
    if key is not None:
        connection.execute(key_pragma(key))
    return connection


def is_plain(path: Path) -> bool:
    """True for an unencrypted SQLite file (what versions before encryption wrote)."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def readable(connection: Connection) -> str | None:
    """None when the key opens the file; else why not (wrong key, or not a database)."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        return str(exc)
    return None


def quick_check(connection: Connection, *, full: bool = False) -> list[str]:
    """Problems found by SQLite's integrity check ("quick" form unless ``full``)."""
    pragma = "integrity_check" if full else "quick_check"
    rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def alembic_revision(connection: Connection) -> str | None:
    """The migration revision stamped in the file, or None when there is none."""
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def table_count(connection: Connection) -> int:
    row = connection.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
    return int(row[0])


def online_copy(source: Path, key: bytes | None, destination: Path) -> None:
    """Copy a live database with SQLite's online backup API (consistent even with WAL);
    the copy is encrypted with the same key, so it never exists in clear."""
    src = connect(source, key, readonly=True)
    try:
        dst = connect(destination, key)
        try:
            src.backup(dst)
            # A copy is one self-contained file: no write-ahead log beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def encrypted_copy(plain: Path, key: bytes, destination: Path) -> None:
    """Write an encrypted copy of a plain database (schema, search index and data), with
    SQLCipher's own export."""
    connection = connect(plain, None)
    try:
        connection.execute("ATTACH DATABASE ? AS encrypted KEY ?",
                           (str(destination), f"x'{key.hex()}'"))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()


# Work files the versions before ``work_files`` wrote beside a database or a copy (today
# the program makes its files in work folders): a killed creation, restore, backup or
# encryption left one. ``NAME.plain`` is the plain file an encryption holds under a second
# name while the encrypted one takes its place (``encryption._swap_in``: still today).
LEFTOVER_SUFFIXES = (".creating", ".restoring", ".partial", ".encrypting")
LEFTOVER_EXTRAS = ("", "-wal", "-shm", "-journal")
PLAIN_LEFTOVER = ".plain"


def leftover(name: str) -> tuple[str, str] | None:
    """(the file's name, the suffix) when ``name`` is a leftover of one of those works."""
    for suffix in LEFTOVER_SUFFIXES:
        for extra in LEFTOVER_EXTRAS:
            tail = suffix + extra
            if name.endswith(tail) and len(name) > len(tail):
                return name[:-len(tail)], suffix
    if name.endswith(PLAIN_LEFTOVER) and len(name) > len(PLAIN_LEFTOVER):
        return name[:-len(PLAIN_LEFTOVER)], PLAIN_LEFTOVER
    return None


def remove_leftovers(path: Path) -> None:
    """Remove what a killed creation, restore, backup or encryption of ``path`` left
    (each removal logged)."""
    for suffix in LEFTOVER_SUFFIXES:
        for extra in LEFTOVER_EXTRAS:
            work = Path(f"{path}{suffix}{extra}")
            if work.is_file():
                work.unlink(missing_ok=True)
                log.warning("removed the work file %s in %s, left by an interrupted run",
                            work.name, path.parent.name)
    remove_plain_leftover(path)


def remove_plain_leftover(path: Path) -> bool:
    """Remove ``path.plain`` if there is one; True when there was."""
    plain = Path(f"{path}{PLAIN_LEFTOVER}")
    if not plain.is_file():
        return False
    # The plain file kept under a second name while the encrypted one took its place:
    # when the swap did not happen, it is the live file itself (same inode), not a copy.
    if path.exists() and os.path.samefile(plain, path):
        plain.unlink()
        log.warning("removed %s in %s, a second name of %s left by an interrupted "
                    "encryption", plain.name, path.parent.name, path.name)
    else:
        shred(plain)
        log.warning("overwrote and removed %s in %s, the plain file left by an "
                    "interrupted encryption", plain.name, path.parent.name)
    return True


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it to disk, then remove it. (On SSDs and
    copy-on-write file systems the old blocks may survive; full-disk encryption is the
    answer there, and the README says so.)"""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            block = b"\0" * 65536
            for _ in range(0, size, len(block)):
                handle.write(block)
            handle.flush()
            os.fsync(handle.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


def checkpoint(path: Path, key: bytes | None) -> bool:
    """Move everything committed in the write-ahead log into the file itself and empty the
    log; False when another program holds the database (the log could not be emptied)."""
    connection = connect(path, key)
    try:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    wal = Path(f"{path}-wal")
    return not busy and (not wal.exists() or wal.stat().st_size == 0)
