"""What a laptop carries (Law 25's minimization): the files of the people assigned to its
counsellors, with every row that belongs to them, and what is shared by nature — the
organization, its offices and staff names, settings, partners, transport rules, group
activities and their sessions. Nothing of anyone else: another person's enrolment, a
household member who is not in the share, the office's registers."""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlalchemy import Connection
from sqlalchemy import or_
from sqlalchemy import select

from cjeapp.core.exchange.rows import EXCHANGED
from cjeapp.core.exchange.rows import table
from cjeapp.core.models import Replica

BY_NATURE = frozenset({"organizations", "offices", "users", "settings", "partners",
                       "transport_rules", "activities", "activity_sessions",
                       # everyone's public keys and sealed copies (opened by whom they
                       # are sealed to only): the laptop's counsellor opens theirs there
                       "key_holders", "key_grants"})
# Rows that belong to a person through a parent of theirs: table -> (its column, parent)
THROUGH_PARENT = {
    "needs": ("assessment_id", "needs_assessments"),
    "plan_items": ("plan_id", "action_plans"),
    "plan_changes": ("plan_id", "action_plans"),
    "housing_steps": ("request_id", "housing_requests"),
    "transport_trips": ("request_id", "transport_requests"),
}
AT_THE_OFFICE_ONLY = frozenset({"exchange_conflicts"})


def share_ids(connection: Connection, counsellors: Collection[str]) -> dict[str, set[str]]:
    """Table -> the ids of its rows in the share of a laptop of these counsellors."""
    found: dict[str, set[str]] = {}
    clients = table("clients")
    people = set(connection.scalars(select(clients.c.id).where(
        clients.c.assigned_counsellor_id.in_(list(counsellors)))))
    found["clients"] = people
    households: set[str] = set()
    for name in EXCHANGED:  # the households of the share's people, from any of their rows
        rows = table(name)
        if "household_id" in rows.c and ("client_id" in rows.c or name == "clients"):
            person = rows.c.id if name == "clients" else rows.c.client_id
            households |= set(connection.scalars(select(rows.c.household_id).where(
                person.in_(list(people)), rows.c.household_id.is_not(None))))
    found["households"] = households
    for name in EXCHANGED:
        if name in BY_NATURE:
            found[name] = set(connection.scalars(select(table(name).c.id)))
        elif name in AT_THE_OFFICE_ONLY or name in ("clients", "households"):
            continue
        elif name == "household_members":
            members = table(name)
            found[name] = set(connection.scalars(select(members.c.id).where(
                members.c.household_id.in_(list(households)),
                or_(members.c.client_id.is_(None), members.c.client_id.in_(list(people))))))
        elif name in THROUGH_PARENT:
            column, parent = THROUGH_PARENT[name]
            found[name] = set(connection.scalars(select(table(name).c.id).where(
                table(name).c[column].in_(list(found[parent])))))
        elif "client_id" in table(name).c:
            rows = table(name)
            found[name] = set(connection.scalars(select(rows.c.id).where(
                rows.c.client_id.in_(list(people)))))
    return found


def counsellors_of(replica: Replica) -> list[str]:
    """The counsellors a laptop is registered for."""
    return [str(item) for item in json.loads(replica.counsellor_ids)]
