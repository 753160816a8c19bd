"""The shape of an exchange file's payload, checked before any row is judged: a list of
rows, each naming an exchanged table, its id and sequence, with exactly that table's
columns, no id twice, counters a database can hold, and no more rows of a table than a
laptop's day could make. A file of another shape is refused whole: its number is not used
up, and nothing was changed."""

from __future__ import annotations

from typing import Any

from cjeapp.core.exchange.rows import EXCHANGED
from cjeapp.core.exchange.rows import content_columns
from cjeapp.core.exchange.sealing import BadExchangeFile
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg

# Rows of one table in one file. The office's first file to a new laptop carries its whole
# share (a caseload's files and their history); a laptop's file, a few days of work.
MAX_ROWS_PER_TABLE = 50_000
MAX_TOLD = 200  # refusals told to a laptop in one file


def check_rows(payload: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows by table, once the file's shape is an exchange file's: a list of rows each
    naming an exchanged table, its id and sequence, with exactly that table's columns, and
    no more rows of a table than a laptop's day could make (refused whole otherwise: the
    file counter does not move)."""
    by_table: dict[str, list[dict[str, Any]]] = {}
    rows = payload.get("rows")
    told = payload.get("refused", [])
    if not isinstance(rows, list) or not isinstance(told, list) or len(told) > MAX_TOLD \
            or any(not counter(payload.get(key)) for key in ("upto", "since", "ack")):
        raise not_an_exchange_file()
    seen: set[tuple[str, str]] = set()
    for item in rows:
        name = item.get("t") if isinstance(item, dict) else None
        row = item.get("row") if isinstance(item, dict) else None
        if name not in EXCHANGED or not isinstance(row, dict) \
                or not counter(item.get("seq")) or not isinstance(item.get("id"), str) \
                or len(item["id"]) > 36 or (name, item["id"]) in seen \
                or row.get("id") != item.get("id") or set(row) != set(content_columns(name)):
            raise not_an_exchange_file()
        seen.add((name, item["id"]))
        listed = by_table.setdefault(name, [])
        if len(listed) >= MAX_ROWS_PER_TABLE:
            raise BadExchangeFile(msg(N_(
                "This exchange file carries more than {count} changes of one kind: more than "
                "a laptop makes between two exchanges. Nothing was changed."),
                count=MAX_ROWS_PER_TABLE))
        listed.append(item)
    return by_table


def counter(value: Any) -> bool:
    """A sequence number as the databases keep them (a signed 64-bit integer, not less
    than 0): anything else is not from an exchange file."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2 ** 63


def not_an_exchange_file() -> BadExchangeFile:
    return BadExchangeFile(msg(N_("This is not an exchange file of cjeapp, or it is "
                                  "damaged. Nothing was changed.")))
