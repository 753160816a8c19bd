"""A database made at every earlier schema revision upgrades to the current one with its
data whole.

The fixtures are made by the migrations themselves: an empty file is built up to the
earlier revision, exactly as that version of the program built it, and filled with the
rows of a demo database (people, plans, services, appointments, activities, documents,
the audit chain) taken down to that revision by Alembic's downgrades. Opening it then runs
the upgrade the program runs for an organization coming from that version. A new
migration is covered without a new test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect
from sqlalchemy import text

from cjeapp.core.db import keyring
from cjeapp.core.db import migrate
from cjeapp.core.db import sqlite_file
from cjeapp.core.db.database import Database
from cjeapp.core.db.database import backups_dir
from cjeapp.core.db.database import make_engine
from cjeapp.core.db.maintenance import check_database
from cjeapp.core.permissions import SYSTEM
from cjeapp.core.search.finder import search_clients
from tests import databases

EARLIER = sorted(migrate.known_revisions() - {migrate.head_revision()})


def _counts(path: Path, key: bytes | None) -> dict[str, int]:
    engine = make_engine(path, key)
    try:
        with engine.connect() as connection:
            tables = [name for name in inspect(connection).get_table_names()
                      if migrate.is_managed_table(name)]
            return {name: int(connection.execute(text(f'SELECT count(*) FROM "{name}"'))
                              .scalar_one()) for name in tables}
    finally:
        engine.dispose()


def _revision(path: Path, key: bytes | None) -> str:
    engine = make_engine(path, key)
    try:
        with engine.connect() as connection:
            return str(connection.execute(text("SELECT version_num FROM alembic_version"))
                       .scalar_one())
    finally:
        engine.dispose()


def _downgrade(path: Path, key: bytes, revision: str) -> None:
    """The file as ``revision`` shaped it, through the migrations' own downgrades."""
    engine = make_engine(path, key)
    try:
        with migrate.schema_change(engine) as connection:
            command.downgrade(migrate.alembic_config(connection), revision)
            assert migrate.broken_references(connection) == []
    finally:
        engine.dispose()


def _made_at(revision: str, demo: Path, tmp_path: Path, *, plain: bool = False
             ) -> tuple[Path, bytes | None, dict[str, int]]:
    """A file at ``revision`` holding the demo's rows (encrypted with its key file, or in
    clear as the first release wrote it); with the row counts it holds."""
    rows = tmp_path / "rows.sqlite3"
    rows_key = databases.copy(demo, rows)
    _downgrade(rows, rows_key, revision)
    path = tmp_path / "organisme.sqlite3"
    key = None if plain else databases.copy(demo, path)
    path.unlink(missing_ok=True)  # only its key file is kept: the schema is built anew below
    engine = make_engine(path, key)
    try:
        with migrate.schema_change(engine) as connection:
            command.upgrade(migrate.alembic_config(connection), revision)
    finally:
        engine.dispose()
    connection = sqlite_file.connect(path, key)
    try:
        connection.execute("ATTACH DATABASE ? AS old KEY ?", (str(rows), f"x'{rows_key.hex()}'"))
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'sqlite_%' AND name NOT LIKE 'client_search%' AND name != 'alembic_version'")]
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("BEGIN")
        for table in tables:
            columns = ", ".join(f'"{row[1]}"' for row in connection.execute(
                f'PRAGMA main.table_info("{table}")'))
            # The change log's triggers (0020 on) number the rows copied before it: the
            # old numbers replace theirs.
            verb = "INSERT OR REPLACE" if table == "change_log" else "INSERT"
            connection.execute(f'{verb} INTO main."{table}" ({columns}) '
                               f'SELECT {columns} FROM old."{table}"')
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE old")
    finally:
        connection.close()
    shutil.rmtree(backups_dir(path), ignore_errors=True)
    return path, key, _counts(path, key)


def test_every_earlier_revision_is_covered() -> None:
    assert len(EARLIER) >= 13
    assert EARLIER[0] == "0001_initial"


@pytest.mark.parametrize("revision", EARLIER)
def test_a_database_made_at_an_earlier_revision_upgrades_with_its_data(
        revision: str, demo_template: Path, tmp_path: Path) -> None:
    path, key, before = _made_at(revision, demo_template, tmp_path)
    assert _revision(path, key) == revision
    assert before["clients"] > 0 and before["audit_log"] > 0

    db = Database.open(path, key)
    try:
        after = _counts(path, key)
        assert _revision(path, key) == migrate.head_revision()
        # Every row of every table that existed at that revision is still there.
        assert {name: after[name] for name in before} == before
        report = check_database(path, key)
        assert report.sound, report.errors
        with db.engine.connect() as connection:
            first, last = connection.execute(text(
                "SELECT first_name, last_name FROM clients WHERE deleted_at IS NULL "
                "ORDER BY id LIMIT 1")).one()
        hits = search_clients(db, SYSTEM, f"{first} {last}")
        assert any(hit.last_name == last for hit in hits)
    finally:
        db.close()
    # The file as it was is kept aside (encrypted, with its key file) before the upgrade.
    kept = list(backups_dir(path).glob(f"*before-upgrade-{revision}*.sqlite3"))
    assert len(kept) == 1 and keyring.keys_path(kept[0]).is_file()
    assert _revision(kept[0], key) == revision


def test_a_plain_file_of_the_first_version_with_data_upgrades_too(
        demo_template: Path, tmp_path: Path) -> None:
    """Files of the first release were not encrypted: the same rows, in clear, at 0001."""
    path, key, before = _made_at("0001_initial", demo_template, tmp_path, plain=True)
    assert key is None and sqlite_file.is_plain(path)
    db = Database.open(path, None)
    try:
        after = _counts(path, None)
        assert {name: after[name] for name in before} == before
        assert _revision(path, None) == migrate.head_revision()
    finally:
        db.close()
