"""Open a cjeapp database: check it, copy it aside, migrate it, and hand out sessions.

SQLite runs with foreign keys on, WAL and ``synchronous=FULL`` so a crash or a power cut
never leaves a half-written record.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from cjeapp.core import clock
from cjeapp.core.db import migrate, sqlite_file
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_, msg


def backups_dir(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.stem}-backups")


def latest_backup(db_path: Path) -> Path | None:
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime)
    return candidates[-1] if candidates else None


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _inspect_file(path: Path) -> str | None:
    """Refuse files that are not sound cjeapp databases; return their stamped revision."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    if not sqlite_file.looks_like_sqlite(path):
        raise DatabaseOpenError(msg(N_("{path} is not a SQLite database file."), path=str(path)))
    try:
        connection = sqlite3.connect(path)
    except sqlite3.Error as exc:  # pragma: no cover - OS-level failures
        raise DatabaseOpenError(msg(N_("{path} cannot be opened: {reason}"), path=str(path),
                                    reason=str(exc))) from exc
    try:
        try:
            problems = sqlite_file.quick_check(connection)
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        if problems:
            backup = latest_backup(path)
            hint = (msg(N_("The latest backup is {backup}."), backup=str(backup)) if backup
                    else msg(N_("No backup was found next to the file.")))
            raise DatabaseOpenError(msg(
                N_("The database {path} is damaged ({problem}). {hint} "
                   "Restore it with: cjeapp restore --from BACKUP --db {path}"),
                path=str(path), problem=problems[0], hint=hint))
        revision = sqlite_file.alembic_revision(connection)
        if revision is None and sqlite_file.table_count(connection) > 0:
            raise DatabaseOpenError(msg(
                N_("{path} is a SQLite file but not a cjeapp database."), path=str(path)))
    finally:
        connection.close()
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseOpenError(msg(
            N_("The database {path} was written by a newer version of cjeapp "
               "(schema {revision}). Install the newer version to open it."),
            path=str(path), revision=revision))
    return revision


def _create(path: Path) -> None:
    """A new database is built beside its place and renamed into it once complete, so a
    kill while the schema is made leaves no half-made file (only a work file, removed at
    the next start)."""
    work = path.with_name(path.name + ".creating")
    engine = make_engine(work)
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), "head")
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    os.replace(work, path)


def _refuse_foreign_schema(path: Path, engine: Engine) -> None:
    """A file whose tables, indexes or triggers are not exactly cjeapp's is not opened: a
    missing index or a foreign trigger (one that deletes audit rows, say) is named."""
    from cjeapp.core.db import schema

    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        problems = schema.differences(connection) if isinstance(
            connection, sqlite3.Connection) else []
    finally:
        raw.close()
    if problems:
        engine.dispose()
        raise DatabaseOpenError(msg(N_("{path} is not a sound cjeapp database: {reason}"),
                                    path=str(path), reason=problems[0]))


def _copy_aside(path: Path, revision: str) -> Path:
    folder = backups_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-before-upgrade-{revision}-{stamp}.sqlite3"
    sqlite_file.online_copy(path, target)
    return target


class Database:
    """An open database file. Services receive it and open sessions from it."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path | str) -> Database:
        """Open (and create or upgrade) the database at ``path``."""
        db_path = Path(path).expanduser().resolve()
        db_path.parent.mkdir(parents=True, exist_ok=True)
        sqlite_file.remove_leftovers(db_path)
        if not db_path.exists() or db_path.stat().st_size == 0:
            _create(db_path)
        revision = _inspect_file(db_path)
        head = migrate.head_revision()
        if revision is not None and revision != head:
            _copy_aside(db_path, revision)
        engine = make_engine(db_path)
        if revision != head:
            with engine.begin() as connection:
                command.upgrade(migrate.alembic_config(connection), "head")
        _refuse_foreign_schema(db_path, engine)
        return cls(db_path, engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def read_session(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()
