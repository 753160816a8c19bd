"""One writer at a time for what must not be decided twice at once — the audit chain's next
entry, a counsellor's agenda while a slot is checked then booked, the next document number
of a year.

On a PC's SQLite file, SQLite serializes writes, but the driver begins a transaction only
at its first write: a check read before it sees the file as it was, and another thread (the
screens' runner, a read that logs itself) or another process (a command) may write between
the check and the write. So the transaction takes SQLite's write lock first (BEGIN
IMMEDIATE), unless it already holds it by a write. On the office's PostgreSQL server,
several seats write at once: each
such decision first takes a transaction-level advisory lock named for what is decided, held
until the transaction ends, so the check and the write that follows it are one step for
every other seat (no check-then-insert race), and a rolled-back transaction leaves no gap."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def one_at_a_time(session: Session, what: str) -> None:
    """Wait until no other transaction holds ``what``; hold it to this one's end."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:what, 0))"),
                        {"what": f"cjeapp:{what}"})
    elif dialect == "sqlite":
        session.flush()  # what is pending is written first (and holds the lock if any)
        connection = session.connection()
        raw = connection.connection.dbapi_connection
        if raw is not None and not raw.in_transaction:  # no write yet: take the lock now
            connection.exec_driver_sql("BEGIN IMMEDIATE")
