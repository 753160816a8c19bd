"""The audit log as a hash chain: each entry carries its position (``seq``, 1, 2, 3…), the
hash of the entry before it and its own hash over both and its content (the details through
their SHA-256). Editing, removing, inserting or back-dating an entry breaks the chain at
that entry, and ``cjeapp check`` names it. Triggers refuse DELETE and every UPDATE but one:
erasing an entry's details (a person's file destroyed under Law 25), their digest kept.

What a chain cannot show on its own: someone able to rewrite the whole file can recompute
every hash after the entry they changed. The database being encrypted, and its copies kept
elsewhere (backups), are what stand against that."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg

GENESIS = "0" * 64


def canonical_time(at: datetime | str) -> str:
    """The entry's time as hashed: UTC, microseconds, whatever the storage gave back."""
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")


def details_digest(details: str | None) -> str | None:
    """What the chain covers of an entry's details: their SHA-256. The details themselves
    can then be erased when a person's file is destroyed (Law 25) without breaking the
    chain, while any other change to them is still seen."""
    return hashlib.sha256(details.encode("utf-8")).hexdigest() if details is not None else None


def entry_hash(previous: str, seq: int, ident: str, at: datetime | str, user_id: str | None,
               action: str, entity: str, entity_id: str | None, details: str | None) -> str:
    return digest_hash(previous, seq, ident, at, user_id, action, entity, entity_id,
                       details_digest(details))


def digest_hash(previous: str, seq: int, ident: str, at: datetime | str, user_id: str | None,
                action: str, entity: str, entity_id: str | None, digest: str | None) -> str:
    content = json.dumps([previous, seq, ident, canonical_time(at), user_id, action, entity,
                          entity_id, digest], ensure_ascii=False, separators=(",", ":"))
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
    details_sha256: str | None = None  # what the chain covers; details may be erased


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
        erased = row.details is None and row.details_sha256 is not None
        if (not erased and details_digest(row.details) != row.details_sha256) or digest_hash(
                row.prev_hash, row.seq, row.ident, row.at, row.user_id, row.action,
                row.entity, row.entity_id, row.details_sha256) != row.hash:
            return msg(N_("Audit log: entry {seq} ({action} {entity}) was altered after it "
                          "was written."), seq=row.seq, action=row.action, entity=row.entity)
        moment = canonical_time(row.at)
        if moment < previous_at:
            return msg(N_("Audit log: entry {seq} is dated before the entry that precedes it "
                          "(back-dated)."), seq=row.seq)
        previous_hash, previous_at, expected_seq = row.hash, moment, expected_seq + 1
    return None
