"""Law 25 across the exchange: a file destroyed at the office does not come back. A laptop
may have worked on the person before it heard of the destruction; what it sends about them
(an edit, a new service, a conflict of its own) is let go at the office — not written, not
kept as a conflict — and counted, so the coordinator is told."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy import select

from cjeapp.core.exchange.rows import EXCHANGED
from cjeapp.core.exchange.rows import table
from cjeapp.core.exchange.share import THROUGH_PARENT


def _hub_owners(connection: Connection, name: str, ids: set[str]) -> dict[str, str]:
    """Row id -> the person it belongs to, for rows of ``name`` held here."""
    rows = table(name)
    found: dict[str, str] = {}
    listed = sorted(ids)
    for start in range(0, len(listed), 500):
        for row_id, client_id in connection.execute(select(rows.c.id, rows.c.client_id).where(
                rows.c.id.in_(listed[start:start + 500]), rows.c.client_id.is_not(None))):
            found[str(row_id)] = str(client_id)
    return found


def _erased_households(connection: Connection, ids: set[str]) -> set[str]:
    """Households emptied by a destruction (a household is named after its person, so only
    an erasure leaves its name empty)."""
    households = table("households")
    listed = sorted(ids)
    found: set[str] = set()
    for start in range(0, len(listed), 500):
        found |= {str(row_id) for row_id in connection.scalars(select(households.c.id).where(
            households.c.id.in_(listed[start:start + 500]), households.c.label == ""))}
    return found


def of_destroyed_files(connection: Connection,
                       by_table: dict[str, list[dict[str, Any]]]) -> dict[str, set[str]]:
    """Table -> the ids of the incoming rows that belong to a file destroyed here."""
    owner: dict[str, dict[str, str]] = {}  # table -> row id -> the person's id
    for name in EXCHANGED:  # parents first, so a child finds its parent's person
        items = by_table.get(name, [])
        if not items:
            continue
        found = owner.setdefault(name, {})
        if name in THROUGH_PARENT:
            column, parent = THROUGH_PARENT[name]
            parents = {str(item["row"][column]) for item in items if item["row"].get(column)}
            known = dict(owner.get(parent, {}))
            known.update(_hub_owners(connection, parent, parents - set(known)))
            for item in items:
                person = known.get(str(item["row"].get(column)))
                if person is not None:
                    found[str(item["id"])] = person
            continue
        for item in items:
            person = item["id"] if name == "clients" else item["row"].get("client_id")
            if person:
                found[str(item["id"])] = str(person)
    people = {person for in_table in owner.values() for person in in_table.values()}
    clients = table("clients")
    destroyed: set[str] = set()
    listed = sorted(people)
    for start in range(0, len(listed), 500):
        destroyed |= {str(row_id) for row_id in connection.scalars(select(clients.c.id).where(
            clients.c.id.in_(listed[start:start + 500]), clients.c.destroyed_on.is_not(None)))}
    gone = {name: {row_id for row_id, person in in_table.items() if person in destroyed}
            for name, in_table in owner.items()}
    households = {str(item["id"]) for item in by_table.get("households", [])} | {
        str(item["row"]["household_id"]) for item in by_table.get("household_members", [])
        if not item["row"].get("client_id") and item["row"].get("household_id")}
    erased = _erased_households(connection, households) if households else set()
    if erased:
        gone.setdefault("households", set()).update(
            str(item["id"]) for item in by_table.get("households", [])
            if str(item["id"]) in erased)
        gone.setdefault("household_members", set()).update(
            str(item["id"]) for item in by_table.get("household_members", [])
            if not item["row"].get("client_id")
            and str(item["row"].get("household_id")) in erased)
    return {name: ids for name, ids in gone.items() if ids}
