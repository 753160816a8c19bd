"""Open a cjeapp database: check it, copy it aside, migrate it, and hand out sessions.

SQLite runs with foreign keys on, WAL and ``synchronous=FULL`` so a crash or a power cut
never leaves a half-written record.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy import create_engine
from sqlalchemy import event
from sqlalchemy.orm import Session
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from cjeapp.core import clock
from cjeapp.core.db import interrupt
from cjeapp.core.db import keyring
from cjeapp.core.db import migrate
from cjeapp.core.db import sqlite_file
from cjeapp.core.db import work_files
from cjeapp.core.db.keyring import Keyring
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg


def backups_dir(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.stem}-backups")


def latest_backup(db_path: Path) -> Path | None:
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime)
    return candidates[-1] if candidates else None


CACHE_KIB = 65536


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Pages are decrypted when they enter SQLite's cache: a cache that holds the search
    # index keeps typing fast (p95 per keystroke on 100,000 people: 37 ms with the default
    # 8 MB, see the README for the figure with this one). Memory is taken only as used.
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def make_engine(path: Path, key: bytes | None) -> Engine:
    """An engine on the file; every connection is given the key before anything is read
    (``key`` None only for a plain file of an earlier version, opened to encrypt it)."""
    engine = create_engine(f"sqlite:///{path}", module=sqlite_file.dbapi,
                           creator=lambda: sqlite_file.connect(path, key),
                           poolclass=QueuePool, pool_use_lifo=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _inspect_file(path: Path, key: bytes | None, verify: bool = True) -> str | None:
    """Refuse files that are not sound cjeapp databases; return their stamped revision.
    ``verify`` runs SQLite's quick integrity check, whose time grows with the file (the
    program runs it after sign-in, in the background: see ``check_integrity``)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    if key is not None and sqlite_file.is_plain(path):
        raise DatabaseOpenError(msg(N_(
            "{path} is not encrypted yet: open it in the program once and sign in, and it "
            "will be encrypted."), path=str(path)))
    if key is None and not sqlite_file.is_plain(path):
        raise DatabaseOpenError(msg(N_("{path} is not a SQLite database file."), path=str(path)))
    try:
        connection = sqlite_file.connect(path, key)
    except sqlite_file.DatabaseError as exc:  # pragma: no cover - OS-level failures
        raise DatabaseOpenError(msg(N_("{path} cannot be opened: {reason}"), path=str(path),
                                    reason=str(exc))) from exc
    try:
        problems: list[str] = []
        if sqlite_file.readable(connection) is not None:
            problems = [msg(N_("it cannot be decrypted with the key file beside it")).render()]
        elif verify:
            problems = _quick_check(connection)
        if problems:
            raise damaged(path, problems[0])
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


def _quick_check(connection: sqlite_file.Connection) -> list[str]:
    try:
        return sqlite_file.quick_check(connection)
    except sqlite_file.DatabaseError as exc:
        return [str(exc)]


def damaged(path: Path, problem: str) -> DatabaseOpenError:
    backup = latest_backup(path)
    hint = (msg(N_("The latest backup is {backup}."), backup=str(backup)) if backup
            else msg(N_("No backup was found next to the file.")))
    return DatabaseOpenError(msg(
        N_("The database {path} is damaged ({problem}). {hint} "
           "Restore it with: cjeapp restore --from BACKUP --db {path}"),
        path=str(path), problem=problem, hint=hint))


def build(path: Path) -> tuple[bytes, str]:
    """Write a new encrypted database at ``path`` (in a work folder: nobody else uses the
    name) and its key file beside it; return its key and its recovery key."""
    key = keyring.new_database_key()
    ring, recovery = keyring.Keyring.new(key)
    keyring.save(ring, keyring.keys_path(path))
    engine = make_engine(path, key)
    try:
        _upgrade(engine, path)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return key, recovery


def _upgrade(engine: Engine, path: Path) -> None:
    """Run the migrations up to the current schema; every reference checked at the end."""
    from alembic import command  # only when the schema changes: it is slow to load

    with migrate.schema_change(engine) as connection:
        command.upgrade(migrate.alembic_config(connection), "head")
        broken = migrate.broken_references(connection)
        if broken:  # raised inside the transaction: the upgrade is undone
            raise DatabaseOpenError(msg(N_(
                "{path} could not be upgraded: {count} rows of {table} refer to records "
                "that do not exist. The file as it was is kept in the backups folder "
                "beside it."), path=str(path), count=len(broken), table=str(broken[0][0])))


def _refuse_foreign_schema(path: Path, engine: Engine) -> None:
    """A file whose tables, indexes or triggers are not exactly cjeapp's is not opened: a
    missing index or a foreign trigger (one that deletes audit rows, say) is named."""
    from cjeapp.core.db import schema

    raw = engine.raw_connection()
    try:
        problems = schema.differences(raw.driver_connection)
    finally:
        raw.close()
    if problems:
        engine.dispose()
        raise DatabaseOpenError(msg(N_("{path} is not a sound cjeapp database: {reason}"),
                                    path=str(path), reason=problems[0]))


def _copy_aside(path: Path, key: bytes | None, revision: str) -> Path:
    """Before an upgrade, a copy of the file as it was (encrypted like it, with its keys;
    the copy of a plain file is encrypted with it right after), made in a work folder and
    given its name whole."""
    folder = backups_dir(path)
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-before-upgrade-{revision}-{stamp}.sqlite3"
    with work_files.work_dir(folder) as work:
        copy = work.path / target.name
        names = [target.name]
        if key is not None:
            keyring.copy_beside(path, copy)
            names.insert(0, keyring.keys_path(copy).name)
        sqlite_file.online_copy(path, key, copy)
        work.give_names(*names)
    return target


class Database:
    """An open database file. Services receive it and open sessions from it.

    ``key`` is the database key (None only while a plain file of an earlier version is
    open to be encrypted); the key file beside the database holds its wrapped copies.
    """

    def __init__(self, path: Path, engine: Engine, key: bytes | None) -> None:
        self.path = path
        self.engine = engine
        self.key = key
        interrupt.watch(engine)  # a read nobody waits for any more can be stopped
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._keyring_lock = threading.Lock()
        # Told of what each committed unit of work changed (core.changes.tell), from the
        # thread that did the work; the screens' context listens here.
        self.change_listeners: list[Callable[[tuple[Any, ...]], None]] = []
        self.address: str | None = None  # the office's server, as people read it
        # The office's server decides every role itself: each person connects as their own
        # login, and accounts, settings and the audit log are written by its functions.
        self.personal_logins = False

    def replace_engine(self, engine: Engine) -> None:
        """Sessions from now on come from ``engine`` (the old one is closed)."""
        old, self.engine = self.engine, engine
        interrupt.watch(engine)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        old.dispose()

    @classmethod
    def create(cls, path: Path | str) -> tuple[Database, str]:
        """A new encrypted database at ``path`` and its recovery key (to show once): made
        in a work folder beside it, it takes its name (after its key file) once whole."""
        db_path = Path(path).expanduser().resolve()
        db_path.parent.mkdir(parents=True, exist_ok=True)
        work_files.sweep(db_path.parent)
        sqlite_file.remove_leftovers(db_path)
        if db_path.exists() and db_path.stat().st_size > 0:
            raise DatabaseOpenError(msg(N_("{path} already exists; choose a new file name."),
                                        path=str(db_path)))
        with work_files.work_dir(db_path.parent) as work:
            made = work.path / db_path.name
            key, recovery = build(made)
            work.give_names(keyring.keys_path(made).name, db_path.name)
        return cls.open(db_path, key), recovery

    @classmethod
    def open(cls, path: Path | str, key: bytes | None, *, verify: bool = True) -> Database:
        """Open (and upgrade) the database at ``path`` with its key; with ``verify`` False,
        the integrity check is left to the caller (``check_integrity``), to run later."""
        db_path = Path(path).expanduser().resolve()
        work_files.sweep(db_path.parent)  # what a killed run left: the next start cleans
        work_files.sweep(backups_dir(db_path))
        sqlite_file.remove_leftovers(db_path)
        sqlite_file.remove_leftovers(keyring.keys_path(db_path))
        if not db_path.exists() or db_path.stat().st_size == 0:
            raise DatabaseOpenError(msg(N_("{path} does not exist."), path=str(db_path)))
        revision = _inspect_file(db_path, key, verify)
        head = migrate.head_revision()
        if revision is not None and revision != head:
            _copy_aside(db_path, key, revision)
        engine = make_engine(db_path, key)
        if revision != head:
            _upgrade(engine, db_path)
        _refuse_foreign_schema(db_path, engine)
        return cls(db_path, engine, key)

    def check_integrity(self, cancelled: Callable[[], bool] | None = None) -> None:
        """SQLite's quick check on a connection of its own (safe on a worker thread while
        the program is used); raises DatabaseOpenError saying what to do when damaged, and
        Cancelled soon after ``cancelled`` turns true (the program is closing)."""
        connection = sqlite_file.connect(self.path, self.key, readonly=True)
        try:
            if cancelled is not None:
                connection.set_progress_handler(lambda: 1 if cancelled() else 0, 20_000)
            try:
                problems = sqlite_file.quick_check(connection)
            except sqlite_file.DatabaseError as exc:
                if cancelled is not None and cancelled():
                    raise Cancelled() from exc
                problems = [str(exc)]
        finally:
            connection.close()
        if problems:
            raise damaged(self.path, problems[0])

    @property
    def where(self) -> str:
        """Where the data is, as the About box says it: the file, or the server."""
        return self.address or str(self.path)

    @property
    def on_server(self) -> bool:
        """The office's PostgreSQL server (not a file on this PC): no key file, no file
        backups or integrity check of the program's own; the server's tools do those."""
        return self.engine.dialect.name != "sqlite"

    @property
    def keys_path(self) -> Path:
        return keyring.keys_path(self.path)

    def keyring(self) -> Keyring:
        return keyring.load(self.keys_path)

    @contextmanager
    def keyring_update(self) -> Iterator[Keyring]:
        """Read the key file, let the caller change it, write it whole."""
        with self._keyring_lock:
            ring = self.keyring()
            yield ring
            keyring.save(ring, self.keys_path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def read_session(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()
