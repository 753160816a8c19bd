"""What the database does with a piece of work: the SQL statements it ran, recorded, and
SQLite's plan for each (EXPLAIN QUERY PLAN). A plan line that reads a whole table
(« SCAN visits ») is a query that grows with the file; « SEARCH … USING INDEX » is one
that does not. Shared by ``cjeapp bench today`` and the test that keeps Today's queries
on their indexes."""

from __future__ import annotations

import time
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from cjeapp.core.db.database import Database

Statement = tuple[str, Any]


@contextmanager
def recorded(db: Database) -> Iterator[list[Statement]]:
    """The statements run on ``db``'s engine inside the block, with their parameters."""
    from sqlalchemy import event

    statements: list[Statement] = []

    def record(_connection: Any, _cursor: Any, statement: str, parameters: Any,
               _context: Any, _many: bool) -> None:
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@dataclass(frozen=True)
class Planned:
    statement: str
    plan: list[str]  # SQLite's words, one line each
    rows: int
    seconds: float  # run alone, every row fetched

    @property
    def scans(self) -> list[str]:
        """The plan's lines that read a whole table (not a temporary b-tree or a list)."""
        return [line for line in self.plan if line.startswith("SCAN ")
                and not line.startswith(("SCAN CONSTANT", "SCAN SUBQUERY"))]


def planned(db: Database, statements: list[Statement]) -> list[Planned]:
    """Each distinct statement's plan, and its time run alone through the driver's cursor
    (the second of two runs: the pages it reads already decrypted in the cache)."""
    seen: dict[str, Statement] = {}
    for statement, parameters in statements:
        seen.setdefault(statement, (statement, parameters))
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        result = []
        for statement, parameters in seen.values():
            plan = [str(row[3]) for row in cursor.execute(f"EXPLAIN QUERY PLAN {statement}",
                                                          parameters)]
            rows, seconds = 0, 0.0
            for _run in range(2):
                started = time.perf_counter()
                rows = len(cursor.execute(statement, parameters).fetchall())
                seconds = time.perf_counter() - started
            result.append(Planned(statement, plan, rows, seconds))
        return result
    finally:
        raw.close()


def median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _run in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2]
