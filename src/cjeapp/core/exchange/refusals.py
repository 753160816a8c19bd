"""Rows the office refused from a laptop: listed for the coordinator (once for the same
row as sent), told to the laptop in the office's next file, and read back there as
sentences; past ``MAX_REFUSED`` in one file, the file is a forgery and refused whole."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.exchange.admission import CONFLICT_NAMESPACE
from cjeapp.core.exchange.admission import Refusal
from cjeapp.core.exchange.admission import reason_of
from cjeapp.core.exchange.conflicts import REFUSED
from cjeapp.core.exchange.file_shape import MAX_TOLD
from cjeapp.core.exchange.rows import Row
from cjeapp.core.exchange.rows import as_text
from cjeapp.core.exchange.sealing import BadExchangeFile
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.models import ExchangeConflict
from cjeapp.core.models import Replica
from cjeapp.core.unit_of_work import UnitOfWork

# A few refusals are a laptop's honest slips, listed one by one; past this many, the file is
# a forgery, refused whole (and the coordinator's list is not flooded).
MAX_REFUSED = 500


def forged(count: int, peer: Replica) -> BadExchangeFile:
    return BadExchangeFile(msg(N_(
        "{count} changes of this file from {name} would be refused (a laptop may not make "
        "them): the file is refused whole, and nothing was changed. Its laptop was tampered "
        "with, or it is of another organization."), count=count, name=peer.name))


def list_refusal(uow: UnitOfWork, peer: Replica, refusal: Refusal, theirs: Row) -> None:
    """A row the office refused, for the coordinator (once for the same row as sent)."""
    conflict_id = str(uuid.uuid5(CONFLICT_NAMESPACE, "|".join(
        ("refused", refusal.table, refusal.row_id, as_text(theirs) or ""))))
    if uow.session.get(ExchangeConflict, conflict_id) is not None:
        return
    uow.add(ExchangeConflict(
        id=conflict_id, kind=REFUSED, table_name=refusal.table, row_id=refusal.row_id[:36],
        field=refusal.column, client_id=refusal.client_id, replica_id=peer.id,
        hub_value=None, other_value=refusal.as_json(), other_at=clock.now()))


def refusals_for(session: Session, peer: Replica) -> list[dict[str, Any]]:
    """What the office tells a laptop it refused (the open refusals of its rows)."""
    return [{"t": item.table_name, "id": item.row_id, "reason": json.loads(
        item.other_value or "{}")} for item in session.scalars(
        select(ExchangeConflict).where(
            ExchangeConflict.replica_id == peer.id, ExchangeConflict.kind == REFUSED,
            ExchangeConflict.resolved_at.is_(None), ExchangeConflict.deleted_at.is_(None))
        .order_by(ExchangeConflict.created_at).limit(MAX_TOLD))]


def told(payload: dict[str, Any]) -> list[Message]:
    """On a laptop: why the office refused some of its changes (its own words)."""
    found = payload.get("refused")
    if not isinstance(found, list):
        return []
    return [reason_of(json.dumps(item.get("reason"))) for item in found[:MAX_TOLD]
            if isinstance(item, dict)]
