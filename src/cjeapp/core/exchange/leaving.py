"""On a laptop: the people who left its share (reassigned to a counsellor of another
laptop) leave it for good, with what its log wrote of them — once whatever it changed in
their file has reached the office."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core.exchange.marks import all_marks
from cjeapp.core.exchange.marks import bases_of
from cjeapp.core.exchange.rows import EXCHANGED
from cjeapp.core.exchange.rows import as_text
from cjeapp.core.exchange.rows import read_rows
from cjeapp.core.exchange.rows import table
from cjeapp.core.exchange.share import AT_THE_OFFICE_ONLY
from cjeapp.core.exchange.share import BY_NATURE
from cjeapp.core.exchange.share import counsellors_of
from cjeapp.core.exchange.share import share_ids
from cjeapp.core.models import ChangeMark
from cjeapp.core.models import ExchangeBase
from cjeapp.core.models import Replica
from cjeapp.core.privacy.person_records import erase_trail_details


def leave_share(session: Session, me: Replica, hub: Replica,
                 erased: Callable[[str], None],
                 emptied: Callable[[str], None] = lambda _table: None) -> int:
    """On a laptop: the rows no longer in its share (a person reassigned to a counsellor
    of another laptop) are removed for good — unless one of them holds a change not yet
    acknowledged by the office: then nothing leaves until it has been sent. ``erased`` is
    told each person whose trail's details were erased (the log says so); ``emptied``
    each table rows left (the screens are told)."""
    connection = session.connection()
    share = share_ids(connection, counsellors_of(me))
    leaving: dict[str, list[str]] = {}
    for name in EXCHANGED:
        if name in BY_NATURE:
            continue
        rows = table(name)
        if name in AT_THE_OFFICE_ONLY:  # this laptop's own conflicts about who has left
            gone = sorted(set(connection.scalars(select(rows.c.id).where(
                rows.c.client_id.is_not(None),
                rows.c.client_id.not_in(list(share["clients"]))))))
        else:
            gone = sorted(set(connection.scalars(select(rows.c.id))) - share.get(name, set()))
        if gone:
            leaving[name] = gone
    if not leaving:
        return 0
    for name, ids in leaving.items():
        marks = all_marks(connection, name, ids)
        bases = bases_of(session, hub.id, name, ids)
        current = read_rows(connection, name, ids)
        for row_id in ids:
            base = bases.get(row_id)
            if marks.get(row_id, 0) > hub.acked_seq and (
                    base is None or base.agreed != as_text(current[row_id])):
                return 0  # sent first, removed at the next exchange
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA secure_delete = ON")  # no copy left in free pages
    for person in leaving.get("clients", []):  # what this laptop's log wrote of them
        erase_trail_details(connection, person)
        erased(person)
    removed = 0
    for name in reversed(EXCHANGED):
        ids = leaving.get(name, [])
        if ids:
            emptied(name)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            target = table(name)
            removed += connection.execute(target.delete().where(target.c.id.in_(chunk))).rowcount
            connection.execute(table(ChangeMark.__tablename__).delete().where(
                ChangeMark.table_name == name, ChangeMark.row_id.in_(chunk)))
            connection.execute(table(ExchangeBase.__tablename__).delete().where(
                ExchangeBase.table_name == name, ExchangeBase.row_id.in_(chunk)))
    return removed
