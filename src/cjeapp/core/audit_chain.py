"""The audit log as a hash chain: each entry carries its position (``seq``, 1, 2, 3…), the
hash of the entry before it and its own hash over both and its content. Editing, removing,
inserting or back-dating an entry breaks the chain at that entry, and ``cjeapp check`` names
it. Triggers (migration 0005) refuse UPDATE and DELETE on the table itself.

What a chain cannot show on its own: someone able to rewrite the whole file can recompute
every hash after the entry they changed. The database being encrypted, and its copies kept
elsewhere (backups), are what stand against that."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from cjeapp.core.i18n import N_, Message, msg

GENESIS = "0" * 64


def canonical_time(at: datetime | str) -> str:
    """The entry's time as hashed: UTC, microseconds, whatever the storage gave back."""
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")


def entry_hash(previous: str, seq: int, ident: str, at: datetime | str, user_id: str | None,
               action: str, entity: str, entity_id: str | None, details: str | None) -> str:
    content = json.dumps([previous, seq, ident, canonical_time(at), user_id, action, entity,
                          entity_id, details], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainRow:
    seq: int
    ident: str
    at: datetime | str
    user_id: str | None
    action: str
    entity: str
    entity_id: str | None
    details: str | None
    prev_hash: str
    hash: str


def first_break(rows: Iterable[ChainRow]) -> Message | None:
    """The first entry where the chain does not hold (rows in ``seq`` order), or None."""
    previous_hash, previous_at, expected_seq = GENESIS, "", 1
    for row in rows:
        if row.seq != expected_seq:
            return msg(N_("Audit log: entry {expected} is missing (the next one found is "
                          "{seq}); entries were removed."), expected=expected_seq, seq=row.seq)
        if row.prev_hash != previous_hash:
            return msg(N_("Audit log: entry {seq} does not follow the one before it; an "
                          "entry was removed or inserted there."), seq=row.seq)
        if entry_hash(row.prev_hash, row.seq, row.ident, row.at, row.user_id, row.action,
                      row.entity, row.entity_id, row.details) != row.hash:
            return msg(N_("Audit log: entry {seq} ({action} {entity}) was altered after it "
                          "was written."), seq=row.seq, action=row.action, entity=row.entity)
        moment = canonical_time(row.at)
        if moment < previous_at:
            return msg(N_("Audit log: entry {seq} is dated before the entry that precedes it "
                          "(back-dated)."), seq=row.seq)
        previous_hash, previous_at, expected_seq = row.hash, moment, expected_seq + 1
    return None
