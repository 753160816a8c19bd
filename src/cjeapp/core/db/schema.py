"""The schema fingerprint: the tables, columns, indexes and triggers a cjeapp database must
have, taken from a fresh database built by the migrations themselves. A file that differs
(a dropped table or search index, a foreign trigger that could delete audit rows, a second
version row) is not a cjeapp database this program can trust, and the difference is named."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from cjeapp.core.db import migrate
from cjeapp.core.db import sqlite_file
from cjeapp.core.db.sqlite_file import Connection
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg

_SPACES = re.compile(r"\s+")
_KINDS = {"table": N_("table"), "index": N_("index"), "trigger": N_("trigger"),
          "view": N_("view")}

Objects = dict[tuple[str, str], str]


def _objects(connection: Connection) -> Objects:
    """(type, name) -> its SQL, spaces normalized; SQLite's own objects left out."""
    return {(str(kind), str(name)): _SPACES.sub(" ", str(sql or "")).strip()
            for kind, name, sql in connection.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}


FINGERPRINT = Path(__file__).with_name("schema_fingerprint.json")


@cache
def expected_objects() -> Objects:
    """What the migrations produce: read from the fingerprint shipped beside this module
    when it is for the current head (a test keeps it true), else built in memory."""
    try:
        stored = json.loads(FINGERPRINT.read_text(encoding="utf-8"))
        if stored["revision"] == migrate.head_revision():
            return {(kind, name): sql for kind, name, sql in stored["objects"]}
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return built_objects()


def built_objects() -> Objects:
    """The schema a fresh database gets from the migrations (about 0.25 s)."""
    from alembic import command  # only here: opening a file must not load Alembic

    engine = create_engine("sqlite://", module=sqlite_file.dbapi, poolclass=StaticPool,
                           creator=lambda: sqlite_file.connect(":memory:", None))
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), "head")
        raw = engine.raw_connection()
        try:
            return _objects(raw.driver_connection)
        finally:
            raw.close()
    finally:
        engine.dispose()


def differences(connection: Connection) -> list[Message]:
    """How the file's schema differs from the current one (empty when it is the same)."""
    found, expected = _objects(connection), expected_objects()
    problems: list[Message] = []
    for kind, name in sorted(expected.keys() - found.keys()):
        problems.append(msg(N_("The {kind} {name} is missing."), kind=msg(_KINDS[kind]),
                            name=name))
    for kind, name in sorted(found.keys() - expected.keys()):
        problems.append(msg(N_("The {kind} {name} does not belong to cjeapp."),
                            kind=msg(_KINDS.get(kind, kind)), name=name))
    for key in sorted(found.keys() & expected.keys()):
        if found[key] != expected[key]:
            problems.append(msg(N_("The {kind} {name} is not defined as cjeapp defines it."),
                                kind=msg(_KINDS[key[0]]), name=key[1]))
    versions = connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0] \
        if ("table", "alembic_version") in found else 0
    if versions != 1:
        problems.append(msg(N_("The schema version table has {count} rows instead of one."),
                            count=versions))
    return problems


def write_fingerprint() -> None:
    """``python -m cjeapp.core.db.schema``: after adding a migration."""
    objects = [[kind, name, sql] for (kind, name), sql in sorted(built_objects().items())]
    FINGERPRINT.write_text(json.dumps({"revision": migrate.head_revision(),
                                       "objects": objects}, indent=1) + "\n",
                           encoding="utf-8")


if __name__ == "__main__":
    write_fingerprint()
