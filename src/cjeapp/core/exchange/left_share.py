"""At the office: forgetting what it last agreed with a laptop about the people who left that
laptop's share (reassigned to a counsellor of another laptop, destroyed under Law 25).
Those merge bases are old copies of a person's file; once the laptop has let the person
go, nothing needs them (Law 25's minimization).

The laptop lets go of everyone who left at once, and only when none of them holds a
change of its own not yet acknowledged (``packages._leave_share``). The office mirrors
that rule, all or nothing, from what it can see: every person who left is known by the
laptop to have left (the laptop agreed to their file as it is now, outside its share),
nothing about them is on its way to the laptop, and the laptop's file just imported
carried no row outside its share — so it had nothing left to send about them when it let
them go. Forgotten too early, a base would only make a later change of the laptop's a
conflict to decide, never a loss: the office's value stays and the laptop's is kept."""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlalchemy import delete
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core.exchange.rows import from_text
from cjeapp.core.exchange.share import AT_THE_OFFICE_ONLY
from cjeapp.core.exchange.share import share_ids
from cjeapp.core.models import ExchangeBase
from cjeapp.core.models import Replica


def forget_those_who_left(session: Session, laptop: Replica,
                          carried: Collection[tuple[str, str]]) -> int:
    """After importing a file of ``laptop`` that carried the rows ``carried`` (table, id):
    its bases outside its share, deleted when the laptop has let those people go; how
    many."""
    connection = session.connection()
    counsellors = {str(item) for item in json.loads(laptop.counsellor_ids)}
    share = share_ids(connection, counsellors)
    if any(name in AT_THE_OFFICE_ONLY or row_id not in share.get(name, set())
           for name, row_id in carried):
        return 0  # it still had something to send about someone outside its share (a
        # conflict it found may be about one of them: waiting one exchange is cheap)
    outside: dict[str, list[str]] = {}
    for name, row_id, in_flight in session.execute(
            select(ExchangeBase.table_name, ExchangeBase.row_id, ExchangeBase.sent.is_not(None))
            .where(ExchangeBase.peer_id == laptop.id)):
        if name in AT_THE_OFFICE_ONLY or row_id in share.get(name, set()):
            continue
        if in_flight:
            return 0  # on its way to the laptop: known there only once acknowledged
        outside.setdefault(name, []).append(row_id)
    people = outside.get("clients", [])
    for start in range(0, len(people), 500):  # their files as the laptop last agreed them
        for agreed in session.scalars(select(ExchangeBase.agreed).where(
                ExchangeBase.peer_id == laptop.id, ExchangeBase.table_name == "clients",
                ExchangeBase.row_id.in_(people[start:start + 500]))):
            held = from_text(agreed)
            if held is None or held.get("assigned_counsellor_id") in counsellors:
                return 0  # the laptop does not know yet that this person left
    for name, ids in outside.items():
        for start in range(0, len(ids), 500):
            session.execute(delete(ExchangeBase).where(
                ExchangeBase.peer_id == laptop.id, ExchangeBase.table_name == name,
                ExchangeBase.row_id.in_(ids[start:start + 500])))
    return sum(len(ids) for ids in outside.values())
