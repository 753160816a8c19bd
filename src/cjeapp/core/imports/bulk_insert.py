"""Many rows of one table inserted by one ``executemany`` of the driver, each value made
ready once: SQLAlchemy's Core insert prepares every value of every row on its own (a
batch's stamp, the same moment on each row, converted 20,000 times), which cost the import
as much as the insert itself. Rows go through Core when a missing column's default must be
computed, or on a server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import Table


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if connection.dialect.name != "sqlite":
        connection.execute(table.insert(), rows)
        return
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    for names, group in groups.items():
        missing = [column for column in table.c
                   if column.name not in names and column.default is not None]
        if any(not getattr(column.default, "is_scalar", False) for column in missing):
            connection.execute(table.insert(), group)
            continue
        extra = tuple(getattr(column.default, "arg", None) for column in missing)
        converted = [(index, prepare) for index, name in enumerate(names)
                     if (prepare := _preparer(connection, table, name)) is not None]
        quote = connection.dialect.identifier_preparer.quote
        columns = ", ".join(quote(name) for name in (*names, *(c.name for c in missing)))
        marks = ", ".join("?" for _ in range(len(names) + len(missing)))
        lines = []
        for row in group:
            line = [row[name] for name in names]
            for index, prepare in converted:
                line[index] = prepare(line[index])
            lines.append((*line, *extra))
        connection.exec_driver_sql(
            f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({marks})", lines)


def _preparer(connection: Connection, table: Table, name: str) -> Callable[[Any], Any] | None:
    """The column's conversion of a value for the driver (None: none), remembered per
    value."""
    dialect = connection.dialect
    process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    done: dict[Any, Any] = {}

    def prepare(value: Any) -> Any:
        try:
            return done[value]
        except KeyError:
            done[value] = result = process(value)
            return result
        except TypeError:  # not hashable
            return process(value)

    return prepare
