"""A person a laptop created whom the office already has under another file (the desk
created her while the counsellor, offline, created her too): found at the office when the
exchange file is applied, by ``people.same_person``'s rule — the desk's and the imports' —
and listed for the coordinator as a conflict « same_person », never merged by itself. The
coordinator says they are two people (the conflict closes), or merges or deletes one file,
after which it closes by itself."""

from __future__ import annotations

import json

from sqlalchemy import Connection
from sqlalchemy import or_
from sqlalchemy import select

from cjeapp.core.exchange.rows import table
from cjeapp.core.exchange.rules import RuleConflict
from cjeapp.core.people.same_person import Someone
from cjeapp.core.people.same_person import Verdict
from cjeapp.core.people.same_person import same_person
from cjeapp.core.people.same_person import someone
from cjeapp.core.search.normalize import sort_key

KIND = "same_person"


def _person(row: object) -> Someone:
    first, last, birth, phone, mifi = (getattr(row, name) for name in (
        "first_name", "last_name", "birth_date", "phone_digits", "mifi_client_number"))
    return someone(first or "", last or "", birth, phone, mifi)


def twin_of(connection: Connection, client_id: str) -> tuple[str, str, Verdict] | None:
    """(id, name) of another live file the rule says is the same person as ``client_id``,
    and why. The candidates are those sharing a MIFI number, a birth date, a phone or the
    family name (indexed columns), as the imports find theirs."""
    clients = table("clients")
    columns = (clients.c.id, clients.c.first_name, clients.c.last_name, clients.c.birth_date,
               clients.c.phone_digits, clients.c.mifi_client_number)
    live = (clients.c.deleted_at.is_(None), clients.c.destroyed_on.is_(None))
    mine = connection.execute(select(*columns).where(clients.c.id == client_id, *live)).first()
    if mine is None:
        return None
    # The same family name, accents and case aside (the sort key begins with it), or the
    # names swapped.
    family = sort_key("", mine.last_name or "").rstrip("\x1f")
    alike = [clients.c.sort_key.startswith(family + "\x1f", autoescape=True),
             clients.c.sort_key == sort_key(mine.last_name or "", mine.first_name or "")]
    if mine.mifi_client_number:
        alike.append(clients.c.mifi_client_number == mine.mifi_client_number)
    if mine.birth_date is not None:
        alike.append(clients.c.birth_date == mine.birth_date)
    if mine.phone_digits:
        alike.append(clients.c.phone_digits == mine.phone_digits)
    me = _person(mine)
    for other in connection.execute(select(*columns).where(
            clients.c.id != client_id, or_(*alike), *live).order_by(clients.c.id).limit(200)):
        verdict = same_person(me, _person(other))
        if verdict.same:
            return str(other.id), f"{other.first_name} {other.last_name}", verdict
    return None


def same_people(connection: Connection, new_clients: list[str]) -> list[RuleConflict]:
    """The people a laptop just created whom the office already has under another file."""
    found: list[RuleConflict] = []
    for client_id in new_clients:
        twin = twin_of(connection, client_id)
        if twin is None:
            continue
        other_id, other_name, verdict = twin
        first, second = sorted((client_id, other_id))
        found.append(RuleConflict(
            KIND, "clients", client_id, "id", client_id,
            json.dumps({"client_id": other_id, "name": other_name}, ensure_ascii=False),
            json.dumps(verdict.reason), f"{KIND}|{first}|{second}"))
    return found


def still_twins(connection: Connection, client_id: str) -> bool:
    return twin_of(connection, client_id) is not None
