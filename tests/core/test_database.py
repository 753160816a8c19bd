"""Opening the file: pragmas, migrations, refusal of newer, damaged or foreign files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from cjeapp.core.db import migrate
from cjeapp.core.db import sqlite_file
from cjeapp.core.db.database import Database
from cjeapp.core.db.database import backups_dir
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.models import Base
from tests import databases

pytestmark = pytest.mark.sqlite_file("opening, pragmas and damage of the file")


def test_new_database_is_migrated_to_head_and_matches_the_models(tmp_path: Path) -> None:
    db, _recovery = databases.create(tmp_path / "new.sqlite3")
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"render_as_batch": True, "include_name": migrate.include_name})
        assert context.get_current_revision() == migrate.head_revision()
        assert compare_metadata(context, Base.metadata) == []
    db.close()


def test_connections_use_foreign_keys_wal_and_full_sync(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    databases.create(path)[0].close()
    connection = databases.raw(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseOpenError, match="newer version"):
        Database.open(path, databases.key_of(path))


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database")
    with pytest.raises(DatabaseOpenError, match="cannot be decrypted"):
        Database.open(path, bytes(32))
    with pytest.raises(DatabaseOpenError, match="not a SQLite"):
        Database.open(path, None)
    assert path.read_text() == "not a database"


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DatabaseOpenError, match="not a cjeapp database"):
        Database.open(path, None)
    with pytest.raises(DatabaseOpenError, match="not encrypted yet"):
        Database.open(path, bytes(32))


def test_a_damaged_file_is_refused_with_a_pointer_to_the_latest_backup(
        demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    key = databases.copy(demo_template, path)
    folder = backups_dir(path)
    folder.mkdir()
    backup = folder / "damaged-before-upgrade-x.sqlite3"
    databases.copy(demo_template, backup)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 20, page * 60, 97):  # scribble over index and table pages
        data[offset] = (data[offset] + 0x5A) % 256
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError) as caught:
        Database.open(path, key)
    message = str(caught.value)
    assert "damaged" in message
    assert str(backup) in message


def test_a_killed_creation_leaves_nothing_the_next_start_refuses(tmp_path: Path) -> None:
    """What a kill during schema creation leaves is a work file beside the place; the next
    start removes it and builds the database whole."""
    path = tmp_path / "neuve.sqlite3"
    (tmp_path / "neuve.sqlite3.creating").write_bytes(b"SQLite format 3\x00half made")
    Path(f"{path}.creating-wal").write_bytes(b"junk")
    assert not path.exists()  # the kill came before the rename: no database yet
    db, _recovery = databases.create(path)
    db.close()
    assert not (tmp_path / "neuve.sqlite3.creating").exists()
    assert not Path(f"{path}.creating-wal").exists()
    from cjeapp.core.db.maintenance import check_database

    assert check_database(path, databases.key_of(path)).sound


@pytest.fixture
def live_and_saved(demo_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A live database and a backup of it, side by side."""
    live, saved = tmp_path / "live.sqlite3", tmp_path / "saved.sqlite3"
    databases.copy(demo_template, live)
    databases.copy(demo_template, saved)
    return live, saved


def test_restore_keeps_every_committed_write_and_says_where(
        live_and_saved: tuple[Path, Path], tmp_path: Path) -> None:
    """Writes still in the live file's write-ahead log are in the copy set aside."""
    from cjeapp.core.db.maintenance import restore

    live, saved = live_and_saved
    key = databases.key_of(live)
    writer = databases.raw(live)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE clients SET first_name = 'Écrit juste avant' "
                   "WHERE rowid = (SELECT min(rowid) FROM clients)")
    writer.commit()  # still open: the write sits in the log, not yet in the file
    assert Path(f"{live}-wal").stat().st_size > 0
    (tmp_path / "live.sqlite3.restoring").write_bytes(b"left by a killed restore")
    kept = restore(saved, key, live, key)
    writer.close()
    assert kept is not None and kept.exists()
    for path, expected in ((kept, 1), (live, 0)):
        connection = sqlite_file.connect(path, key)
        assert connection.execute("SELECT count(*) FROM clients WHERE first_name = "
                                  "'Écrit juste avant'").fetchone()[0] == expected
        connection.close()
    assert not (tmp_path / "live.sqlite3.restoring").exists()
    assert not sqlite_file.is_plain(kept)  # the copy set aside is encrypted too


def test_restore_refuses_while_another_program_writes(
        live_and_saved: tuple[Path, Path]) -> None:
    from cjeapp.core.db.maintenance import restore

    live, saved = live_and_saved
    key = databases.key_of(live)
    busy = databases.raw(live)
    busy.execute("PRAGMA journal_mode=WAL")
    busy.execute("BEGIN IMMEDIATE")
    busy.execute("UPDATE clients SET first_name = 'En cours'")
    try:
        before = live.read_bytes()
        with pytest.raises(DatabaseOpenError, match="in use"):
            restore(saved, key, live, key)
        assert live.read_bytes() == before
    finally:
        busy.rollback()
        busy.close()
