"""Every record that belongs to a person, as one SQL subquery: their file, each row of a
table that names them (client_id), and the rows under those (a plan's items and changes,
an assessment's needs, a request's trips or housing steps) — the sections of their copy.
The audit viewer finds their trail with it; destruction erases that trail's details."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy import Select
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy import union_all

from cjeapp.core.models.base import Base
from cjeapp.core.privacy.export_fields import SECTIONS


def record_ids(client_id: str) -> Select[Any]:
    tables = Base.metadata.tables
    owned: dict[str, Select[Any]] = {"clients": select(tables["clients"].c.id).where(
        tables["clients"].c.id == client_id)}
    for section in SECTIONS:
        table = tables[section.name]
        if section.name == "clients":
            continue
        if section.parent is None:
            owned[section.name] = select(table.c.id).where(table.c.client_id == client_id)
        else:
            parent, column = section.parent
            owned[section.name] = select(table.c.id).where(
                table.c[column].in_(owned[parent]))
    return select(union_all(*owned.values()).subquery().c[0])


def erase_trail_details(connection: Connection, client_id: str) -> None:
    """What the audit log wrote about a person — the details of each entry on one of their
    records, or naming them — erased; who did what, and when, stays (so does the chain,
    which seals the details by their hash). Destruction does it; so does a laptop letting
    go of a person who left its share."""
    if connection.dialect.name == "postgresql":
        from cjeapp.core.db.server_logins import is_secured

        if is_secured(connection):  # no login writes the log: the server's function does
            ids = [str(ident) for ident in connection.execute(record_ids(client_id)).scalars()]
            connection.execute(text("SELECT cjeapp_server.erase_details(:client, :ids)"),
                               {"client": client_id, "ids": ids})
            return
    audit = Base.metadata.tables["audit_log"]
    connection.execute(audit.update().where(
        audit.c.details.is_not(None),
        audit.c.entity_id.in_(record_ids(client_id))
        # details naming the person's id (contains: instr on SQLite, strpos on the server)
        | audit.c.details.contains(client_id, autoescape=True)).values(details=None))
