"""``cjeapp bench board``: the director's board of this fiscal year (and the year before,
which it always shows), timed whole; then the very SQL statements it ran, replayed alone
on the same connection, so that what the program adds to the database's work shows; then
the PDF and the spreadsheet."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cjeapp.bench.bench_database import Credentials
from cjeapp.bench.bench_database import open_or_build

DEMO_CREDENTIALS = ("direction", "demo-direction")


@dataclass(frozen=True)
class BoardBench:
    clients: int
    served: int
    board_seconds: float
    queries: int
    queries_seconds: float
    pdf_seconds: float
    xlsx_seconds: float
    build_seconds: float | None = None


def run(db_path: Path | str | None, *, clients: int,
        credentials: Credentials | None = None) -> BoardBench:
    from sqlalchemy import event
    from sqlalchemy import func
    from sqlalchemy import select

    from cjeapp.core.models import Client
    from cjeapp.core.reporting.board import board
    from cjeapp.core.reporting.board import fiscal_year
    from cjeapp.core.reporting.board_export import BoardFormat
    from cjeapp.core.reporting.board_export import export_board
    from cjeapp.core.reporting.board_figures import BoardFilter
    from cjeapp.core.staff import accounts

    with tempfile.TemporaryDirectory() as folder:
        db, built = open_or_build(db_path, credentials, Path(folder), clients=clients)
        try:
            actor = accounts.sign_in(db, *(credentials or DEMO_CREDENTIALS))
            chosen = BoardFilter(*fiscal_year())
            statements: list[tuple[str, Any]] = []

            def record(_connection: Any, _cursor: Any, statement: str, parameters: Any,
                       _context: Any, _many: bool) -> None:
                statements.append((statement, parameters))

            event.listen(db.engine, "before_cursor_execute", record)
            started = time.perf_counter()
            figures = board(db, actor, chosen)
            board_seconds = time.perf_counter() - started
            event.remove(db.engine, "before_cursor_execute", record)
            queries_seconds = _replay(db, statements)
            started = time.perf_counter()
            export_board(db, actor, chosen, BoardFormat.PDF)
            pdf_seconds = time.perf_counter() - started
            started = time.perf_counter()
            export_board(db, actor, chosen, BoardFormat.XLSX)
            xlsx_seconds = time.perf_counter() - started
            with db.read_session() as session:
                count = session.scalar(select(func.count()).select_from(Client)) or 0
        finally:
            db.close()
    served = figures.figure("people", "served").value or 0
    return BoardBench(count, int(served), board_seconds, len(statements), queries_seconds,
                      pdf_seconds, xlsx_seconds, built)


def _replay(db: Any, statements: list[tuple[str, Any]]) -> float:
    """The statements alone, through the driver's cursor, every row fetched."""
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        started = time.perf_counter()
        for statement, parameters in statements:
            cursor.execute(statement, parameters)
            cursor.fetchall()
        return time.perf_counter() - started
    finally:
        raw.close()
