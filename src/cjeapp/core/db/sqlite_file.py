"""Low-level checks and copies of SQLite files, with the standard library only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def quick_check(connection: sqlite3.Connection, *, full: bool = False) -> list[str]:
    """Problems found by SQLite's integrity check ("quick" form unless ``full``)."""
    pragma = "integrity_check" if full else "quick_check"
    rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def alembic_revision(connection: sqlite3.Connection) -> str | None:
    """The migration revision stamped in the file, or None when there is none."""
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def table_count(connection: sqlite3.Connection) -> int:
    row = connection.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
    return int(row[0])


def online_copy(source: Path, destination: Path) -> None:
    """Copy a live database with SQLite's online backup API (consistent even with WAL)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


# Work files next to a database or a copy: a killed creation, restore or backup leaves one.
LEFTOVER_SUFFIXES = (".creating", ".restoring", ".partial")


def remove_leftovers(path: Path) -> None:
    """Remove what a killed creation, restore or backup of ``path`` left beside it."""
    for suffix in LEFTOVER_SUFFIXES:
        for extra in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}{extra}").unlink(missing_ok=True)


def checkpoint(path: Path) -> bool:
    """Move everything committed in the write-ahead log into the file itself and empty the
    log; False when another program holds the database (the log could not be emptied)."""
    connection = sqlite3.connect(path)
    try:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    wal = Path(f"{path}-wal")
    return not busy and (not wal.exists() or wal.stat().st_size == 0)
