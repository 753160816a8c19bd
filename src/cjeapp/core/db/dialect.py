"""The few words of SQL that differ between a PC's SQLite file and the office's PostgreSQL
server, for queries written as text (search has its own, in ``search/finder.py``)."""

from __future__ import annotations


def insertion_order(dialect: str, table: str) -> tuple[str, ...]:
    """Columns that order a table's rows as they were written, to break ties between rows
    of the same instant: SQLite's row id; on the server, the row's place in the table
    (``ctid``), which follows the writing order for the rows these queries tie-break
    (plan changes are only ever added; a language rewritten moves last, as it would be
    re-added), then the id."""
    if dialect == "sqlite":
        return (f"{table}.rowid",)
    return (f"{table}.ctid", f"{table}.id")
