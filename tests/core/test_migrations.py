"""Upgrading an older database: copied aside first, data kept, search index filled."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from sqlalchemy import text

from cjeapp.core.db import keyring
from cjeapp.core.db import migrate
from cjeapp.core.db import sqlite_file
from cjeapp.core.db.database import Database
from cjeapp.core.db.database import backups_dir
from cjeapp.core.db.database import make_engine
from cjeapp.core.permissions import SYSTEM
from cjeapp.core.search.finder import search_clients


def test_upgrade_from_the_first_schema_copies_the_file_aside(tmp_path: Path) -> None:
    """A plain file of the first version (before encryption) is upgraded as it is; the
    first sign-in then encrypts it (test_encryption)."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path, None)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0001_initial")
        connection.execute(text(
            "INSERT INTO clients (id, created_at, updated_at, version, first_name, last_name, "
            "preferred_language, has_sin, has_ramq_card, has_drivers_licence, "
            "has_bank_account) VALUES ('c1', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1, "
            "'Hélène', 'Côté-Bélanger', 'fr', 0, 0, 0, 0)"))
    engine.dispose()

    db = Database.open(path, None)
    copies = list(backups_dir(path).glob("*before-upgrade-0001_initial*.sqlite3"))
    assert len(copies) == 1
    with db.engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        key = connection.execute(text("SELECT sort_key FROM clients")).scalar()
    assert version == migrate.head_revision()
    assert key == "cotebelanger\x1fhelene"
    assert [hit.id for hit in search_clients(db, SYSTEM, "helene cote")] == ["c1"]
    db.close()
    copy = make_engine(copies[0], None)
    with copy.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            "0001_initial"
    copy.dispose()


def test_only_an_upgrade_makes_a_copy_encrypted_with_its_key_file(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    key = keyring.new_database_key()
    keyring.save(keyring.Keyring.new(key)[0], keyring.keys_path(path))
    engine = make_engine(path, key)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0002_client_search")
    engine.dispose()
    Database.open(path, key).close()  # upgraded: one copy, at the version it had
    copies = sorted(p.name for p in backups_dir(path).glob("*.sqlite3"))
    assert len(copies) == 1 and "0002_client_search" in copies[0]
    copy = backups_dir(path) / copies[0]
    assert not sqlite_file.is_plain(copy) and keyring.keys_path(copy).exists()
    Database.open(path, key).close()  # current: no new copy
    assert sorted(p.name for p in backups_dir(path).glob("*.sqlite3")) == copies


def test_historic_migrations_do_not_import_the_program() -> None:
    """A migration must give the same result whatever later code does: it copies what it
    needs instead of importing cjeapp."""
    import ast

    versions = Path(migrate.__file__).parent / "migrations" / "versions"
    for script in sorted(versions.glob("*.py")):
        tree = ast.parse(script.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(name.split(".")[0] == "cjeapp" for name in names), script.name


def test_packages_already_sent_keep_their_sequence_after_the_upgrade(tmp_path: Path) -> None:
    """Before 0004 the sequence lived only in the audit log; the upgrade carries it over."""
    from datetime import date

    from cjeapp.core.reporting.package import next_sequence
    from cjeapp.core.reporting.profile import load

    profile = load("PASI")
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path, None)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0003_document_content")
        details = json.dumps({"from": "2025-04-01", "to": "2026-03-31", "sequence": 2,
                              "profile": f"{profile.name} {profile.version}",
                              "manifest_sha256": "ab"})
        connection.execute(text(
            "INSERT INTO audit_log (id, at, user_id, action, entity, details) VALUES "
            "('a1', '2026-04-10 10:00:00', NULL, 'export', 'funder_package', :d), "
            "('a2', '2026-04-11 10:00:00', NULL, 'export', 'funder_package', 'not json')"),
            {"d": details})
    engine.dispose()
    db = Database.open(path, None)
    try:
        assert next_sequence(db, SYSTEM, profile, date(2025, 4, 1), date(2026, 3, 31)) == 3
        assert next_sequence(db, SYSTEM, profile, date(2024, 4, 1), date(2025, 3, 31)) == 1
    finally:
        db.close()


def test_revisions_read_from_file_names_match_alembics_own_reading() -> None:
    """Opening an up-to-date file does not load Alembic: the script names stand for it."""
    from cjeapp.core.db import migrate

    script = migrate.script_directory()
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert migrate.head_revision() == script.get_current_head()


def test_a_migration_that_rebuilds_a_referenced_table_keeps_the_rows_referring_to_it(
        demo_template: Path, tmp_path: Path) -> None:
    """SQLite changes a column by rebuilding the table; migrations run with foreign keys
    off (checked at the end), or dropping the old table would refuse, or cascade."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    from tests import databases

    path = tmp_path / "org.sqlite3"
    key = databases.copy(demo_template, path)
    engine = make_engine(path, key)
    count = "SELECT count(*) FROM clients WHERE assigned_counsellor_id IS NOT NULL"
    try:
        with engine.connect() as connection:
            assigned = connection.execute(text(count)).scalar_one()
        assert assigned > 0
        with migrate.schema_change(engine) as connection:
            operations = Operations(MigrationContext.configure(connection))
            with operations.batch_alter_table("users", recreate="always") as batch:
                batch.alter_column("full_name", existing_type=sa.String(), nullable=True)
            assert migrate.broken_references(connection) == []
        with engine.connect() as connection:
            assert connection.execute(text(count)).scalar_one() == assigned
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    finally:
        engine.dispose()
