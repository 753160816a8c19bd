"""The office's PostgreSQL server gets the schema SQLite gets, from the same migrations:
the same tables, columns, keys, constraints and indexes; the audit log refuses to be
changed there too (but for the Law 25 erasure of details); every migration goes down and up
again; and the search index follows every write."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy import create_engine
from sqlalchemy import inspect
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from cjeapp.core.db import migrate
from tests import databases
from tests.pg_cluster import Cluster


def _migrated(cluster: Cluster, revision: str = "head") -> Engine:
    from alembic import command

    engine = create_engine(cluster.create_database(f"schema_{uuid.uuid4().hex[:12]}"))
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), revision)
    return engine


def _described(engine: Engine) -> dict[str, Any]:
    """Every managed table as the inspector sees it, in words both engines share."""
    seen = inspect(engine)
    tables: dict[str, Any] = {}
    for name in sorted(seen.get_table_names()):
        if not migrate.is_managed_table(name) or name == "alembic_version":
            continue
        tables[name] = {
            "columns": sorted((column["name"], column["nullable"])
                              for column in seen.get_columns(name)),
            "primary key": sorted(seen.get_pk_constraint(name)["constrained_columns"]),
            "foreign keys": sorted((tuple(key["constrained_columns"]), key["referred_table"])
                                   for key in seen.get_foreign_keys(name)),
            "unique": sorted(tuple(unique["column_names"])
                             for unique in seen.get_unique_constraints(name)),
            "indexes": sorted((index["name"], tuple(index["column_names"]),
                               bool(index["unique"]))
                              for index in seen.get_indexes(name)
                              # PostgreSQL lists the index behind a unique constraint too
                              if not (index["name"] or "").startswith("sqlite_")
                              and "duplicates_constraint" not in index),
        }
    return tables


def test_the_server_gets_the_same_schema_from_the_same_migrations(
        pg_cluster: Cluster, template_db: Path, tmp_path: Path) -> None:
    server = _migrated(pg_cluster)
    local = databases.open_copy(template_db, tmp_path / "local.sqlite3")
    try:
        on_sqlite, on_server = _described(local.engine), _described(server)
    finally:
        local.close()
        server.dispose()
    assert sorted(on_server) == sorted(on_sqlite)
    for table, shape in on_sqlite.items():
        assert on_server[table] == shape, table


def test_the_audit_log_cannot_be_rewritten_on_the_server(pg_cluster: Cluster) -> None:
    server = _migrated(pg_cluster)
    try:
        with server.begin() as connection:
            connection.execute(text(
                "INSERT INTO audit_log (id, seq, at, user_id, action, entity, entity_id, "
                "details, details_sha256, prev_hash, chain_hash) VALUES ('e1', 1, now(), "
                "NULL, 'create', 'clients', 'c1', :details, 'd', :genesis, 'h1')"),
                {"genesis": "0" * 64, "details": '{"first_name": "Amina"}'})
        for statement in ("UPDATE audit_log SET action = 'read'",
                          "UPDATE audit_log SET chain_hash = 'forged'",
                          "DELETE FROM audit_log"):
            with pytest.raises(DBAPIError, match="audit entries cannot be changed"), \
                    server.begin() as connection:
                connection.execute(text(statement))
        with server.begin() as connection:  # Law 25: a destroyed person's details erased
            connection.execute(text("UPDATE audit_log SET details = NULL WHERE id = 'e1'"))
            assert connection.execute(text("SELECT details, chain_hash FROM audit_log")
                                      ).one() == (None, "h1")
    finally:
        server.dispose()


def test_every_migration_goes_down_and_up_again_on_the_server(pg_cluster: Cluster) -> None:
    from alembic import command

    server = _migrated(pg_cluster)
    try:
        with server.begin() as connection:
            config = migrate.alembic_config(connection)
            command.downgrade(config, "base")
            assert [name for name in inspect(connection).get_table_names()
                    if name != "alembic_version"] == []
            command.upgrade(config, "head")
        assert "clients" in inspect(server).get_table_names()
    finally:
        server.dispose()


def test_the_server_search_index_follows_every_write(pg_cluster: Cluster) -> None:
    server = _migrated(pg_cluster)

    def found(words: str) -> list[str]:
        query = " & ".join(f"{word}:*" for word in words.split())
        with server.begin() as connection:
            return [row[0] for row in connection.execute(text(
                "SELECT client_id FROM client_search WHERE document @@ "
                "to_tsquery('simple', :query) ORDER BY client_id"), {"query": query})]

    try:
        with server.begin() as connection:
            connection.execute(text(
                "INSERT INTO clients (id, first_name, last_name, sort_key, birth_date, "
                "phone_digits, email, mifi_client_number, created_at, updated_at, version, "
                "has_sin, has_ramq_card, has_drivers_licence, has_bank_account, "
                "preferred_language, interpreter_needed) VALUES ('c1', 'Hélène', "
                "'Côté-Bœuf', 'cote', '1988-03-14', '4185550123', 'helene@example.org', "
                "'12345678', now(), now(), 1, false, false, false, false, 'fr', false)"))
        assert found("hel cote") == ["c1"]
        assert found("coteboeuf") == ["c1"]  # the name without its hyphen, œ spelled out
        assert found("5550123") == ["c1"] and found("19880314") == ["c1"]
        assert found("12345678") == ["c1"] and found("helene example") == ["c1"]
        with server.begin() as connection:
            connection.execute(text("UPDATE clients SET last_name = 'Tremblay' WHERE id = 'c1'"))
        assert found("cote") == [] and found("tremb") == ["c1"]
        with server.begin() as connection:
            connection.execute(text("UPDATE clients SET deleted_at = now() WHERE id = 'c1'"))
        assert found("tremb") == []
    finally:
        server.dispose()
