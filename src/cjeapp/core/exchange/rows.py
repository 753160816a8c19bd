"""A row as it travels between the office and a laptop: its columns as JSON values (dates
and times as ISO text, amounts as decimal text, images as base64), the same on both
engines, so that two sides holding the same row write the same text."""

from __future__ import annotations

import base64
import json
from datetime import date
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import Date
from sqlalchemy import LargeBinary
from sqlalchemy import Numeric
from sqlalchemy import Table
from sqlalchemy import select

from cjeapp.core.changes import TABLE_KINDS
from cjeapp.core.models import Base
from cjeapp.core.models import UTCDateTime

# The tables whose rows go between the office and the laptops, parents first (the same
# list as migrations 0020's and 0022's triggers; a test holds them together).
_EXCHANGED = tuple(table.name for table in Base.metadata.sorted_tables if table.name in {
    "organizations", "offices", "users", "settings", "partners", "transport_rules",
    "households", "clients", "client_languages", "household_members", "consents",
    "confidential_notes", "activities", "activity_sessions", "enrolments", "attendance",
    "needs_assessments", "needs", "action_plans", "plan_items", "plan_changes",
    "service_records", "referrals", "housing_requests", "housing_steps",
    "transport_requests", "transport_trips", "visits", "appointments", "requests",
    "issued_documents", "exchange_conflicts", "key_holders", "key_grants"})


def _judged_after(names: tuple[str, ...], first: str, then: str) -> tuple[str, ...]:
    """``first`` moved just before ``then``: the office judges a row of ``then`` against
    the rows of ``first`` the same file brings (a presence against its enrolment)."""
    rest = [name for name in names if name != first]
    at = rest.index(then)
    return (*rest[:at], first, *rest[at:])


# In the order of the foreign keys; enrolments before attendance (no key between them).
EXCHANGED = _judged_after(_EXCHANGED, "enrolments", "attendance")
# The kinds of change those tables make: one of them moves a laptop's « changes waiting »
# (the office's Échanges page and the laptop's status show them).
EXCHANGED_KINDS = frozenset(kind for name in EXCHANGED for kind in TABLE_KINDS.get(name, ()))
# Kept by each database for itself: its optimistic-lock counter, and when someone last
# signed in on this very database.
LOCAL_COLUMNS = frozenset({"version"})
LOCAL_TO_TABLE = {"users": frozenset({"last_login_at"})}
# Who changed a row and when: information, taken with the change, never a conflict.
STAMP_COLUMNS = frozenset({"updated_at", "updated_by"})

Row = dict[str, Any]  # column -> JSON value


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def decode_value(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Numeric):
        return Decimal(value)
    if isinstance(column_type, LargeBinary):
        return base64.b64decode(value)
    return value


def encode_row(mapping: Any, columns: list[str]) -> Row:
    return {name: encode_value(mapping[name]) for name in columns}


def decode_row(name: str, row: Row) -> dict[str, Any]:
    """The values to write, for the columns this table has (an unknown one is refused
    earlier: files of another schema are not applied)."""
    columns = table(name).columns
    return {key: decode_value(columns[key].type, value) for key, value in row.items()}


def content_columns(name: str) -> list[str]:
    local = LOCAL_COLUMNS | LOCAL_TO_TABLE.get(name, frozenset())
    return [column.name for column in table(name).columns if column.name not in local]


def as_text(row: Row | None) -> str | None:
    return None if row is None else json.dumps(row, ensure_ascii=False, sort_keys=True)


def from_text(text: str | None) -> Row | None:
    return None if text is None else json.loads(text)


def read_rows(connection: Connection, name: str, ids: list[str]) -> dict[str, Row]:
    """The rows of ``name`` with these ids, as they travel."""
    found: dict[str, Row] = {}
    columns = content_columns(name)
    source = table(name)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for mapping in connection.execute(
                select(*(source.c[column] for column in columns))
                .where(source.c.id.in_(chunk))).mappings():
            found[mapping["id"]] = encode_row(mapping, columns)
    return found
