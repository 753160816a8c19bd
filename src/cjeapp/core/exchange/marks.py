"""What an exchange reads of its own bookkeeping, in chunks the database takes: the bases
agreed with a peer (``exchange_bases``) and each row's last change number (``change_log``)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core.models import ChangeMark
from cjeapp.core.models import ExchangeBase


def bases_of(session: Session, peer_id: str, name: str,
           ids: Iterable[str] | None = None) -> dict[str, ExchangeBase]:
    query = select(ExchangeBase).where(ExchangeBase.peer_id == peer_id,
                                       ExchangeBase.table_name == name)
    if ids is None:
        return {base.row_id: base for base in session.scalars(query)}
    found: dict[str, ExchangeBase] = {}
    listed = list(ids)
    for start in range(0, len(listed), 500):
        for base in session.scalars(query.where(
                ExchangeBase.row_id.in_(listed[start:start + 500]))):
            found[base.row_id] = base
    return found


def all_marks(connection: Connection, name: str, ids: Iterable[str]) -> dict[str, int]:
    listed = list(ids)
    found: dict[str, int] = {}
    for start in range(0, len(listed), 500):
        found.update((row_id, seq) for row_id, seq in connection.execute(
            select(ChangeMark.row_id, ChangeMark.seq).where(
                ChangeMark.table_name == name,
                ChangeMark.row_id.in_(listed[start:start + 500]))))
    return found
