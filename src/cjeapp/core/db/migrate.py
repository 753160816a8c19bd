"""Alembic set-up: the migration scripts ship inside the package.

Opening a file that is already up to date does not load Alembic (a third of the start-up
time): each script is named for its revision, numbered in order, so the file names tell
the known revisions and the head. A test holds the names to Alembic's own reading."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cjeapp.core.errors import Inconsistent

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> set[str]:
    return {path.stem for path in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py")}


def head_revision() -> str:
    known = known_revisions()
    if not known:
        raise Inconsistent("migration scripts")
    return max(known)


def is_managed_table(name: str | None) -> bool:
    """False for tables the models do not describe (the FTS5 index and its shadow tables)."""
    return not (name or "").startswith("client_search")


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    return type_ != "table" or is_managed_table(name)
