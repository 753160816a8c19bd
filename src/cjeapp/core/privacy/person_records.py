"""Every record that belongs to a person, as one SQL subquery: their file, each row of a
table that names them (client_id), and the rows under those (a plan's items and changes,
an assessment's needs, a request's trips or housing steps) — the sections of their copy.
The audit viewer finds their trail with it; destruction erases that trail's details."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select
from sqlalchemy import select
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
