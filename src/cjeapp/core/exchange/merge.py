"""Three-way merge of one row: this side's version, the other side's, and the base both last
agreed on. A field changed on one side only is taken from that side; changed on both to
different values, it is a conflict: the office's value stays (on the office, and on the
laptop, which takes it), the laptop's is kept in the conflict for the coordinator. A
deletion against a change on the other side is a conflict too, never a resurrection or a
deletion by accident. Who changed the row and when (``updated_at``, ``updated_by``) go
with the latest change taken, never a conflict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cjeapp.core.exchange.rows import STAMP_COLUMNS
from cjeapp.core.exchange.rows import Row
from cjeapp.core.fields.derived import DERIVED

DELETED = "deleted_at"
# Columns computed from others (for search and sorting, the field registry's DERIVED):
# never a conflict of their own, computed again from what the merge kept.


@dataclass(frozen=True)
class FieldConflict:
    field: str  # "deleted_at" for a change against a deletion
    hub_value: Any
    other_value: Any


@dataclass(frozen=True)
class Merged:
    row: Row
    conflicts: list[FieldConflict]


def _changed(row: Row, base: Row | None, name: str) -> bool:
    return base is None or row.get(name) != base.get(name)


def merge(table_name: str, local: Row, theirs: Row, base: Row | None, *,
          local_is_hub: bool) -> Merged:
    merged = dict(local)
    conflicts: list[FieldConflict] = []
    derived = DERIVED.get(table_name, {})
    fields = [name for name in theirs
              if name not in STAMP_COLUMNS and name != "id" and name not in derived]
    edited = [name for name in fields if name != DELETED]
    local_deleted = local.get(DELETED) is not None and _changed(local, base, DELETED)
    their_deleted = theirs.get(DELETED) is not None and _changed(theirs, base, DELETED)
    if local_deleted != their_deleted and (
            (local_deleted and any(_changed(theirs, base, name) and theirs[name] != local.get(name)
                                   for name in edited))
            or (their_deleted and any(_changed(local, base, name)
                                      and local.get(name) != theirs[name] for name in edited))):
        hub_row, other_row = (local, theirs) if local_is_hub else (theirs, local)
        conflicts.append(FieldConflict(DELETED, hub_row.get(DELETED), other_row.get(DELETED)))
        merged[DELETED] = hub_row.get(DELETED)
        fields = edited
    took_theirs = False
    for name in fields:
        mine, their = local.get(name), theirs[name]
        if mine == their:
            continue
        if not _changed(local, base, name):
            merged[name], took_theirs = their, True
        elif not _changed(theirs, base, name):
            continue
        else:
            hub, other = (mine, their) if local_is_hub else (their, mine)
            conflicts.append(FieldConflict(name, hub, other))
            if not local_is_hub:
                merged[name], took_theirs = their, True
    same_data = all(merged.get(name) == theirs[name] for name in theirs
                    if name not in STAMP_COLUMNS)
    if (took_theirs or same_data) \
            and (theirs.get("updated_at") or "") > (local.get("updated_at") or ""):
        for name in STAMP_COLUMNS & theirs.keys():  # the latest change's author and time
            merged[name] = theirs[name]
    for name, compute in derived.items():
        if name in merged:
            merged[name] = compute(merged)
    return Merged(merged, conflicts)
