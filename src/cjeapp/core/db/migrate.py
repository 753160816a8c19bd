"""Alembic set-up: the migration scripts ship inside the package."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from cjeapp.core.errors import Inconsistent

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if not (head is not None):
        raise Inconsistent("head is not None")
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def is_managed_table(name: str | None) -> bool:
    """False for tables the models do not describe (the FTS5 index and its shadow tables)."""
    return not (name or "").startswith("client_search")


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    return type_ != "table" or is_managed_table(name)
