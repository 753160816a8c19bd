"""One writer at a time for what must not be decided twice at once — the audit chain's next
entry, a counsellor's agenda while a slot is checked then booked, the next document number
of a year.

On a PC's SQLite file there is only one writer anyway (SQLite serializes writes), so this
does nothing there. On the office's PostgreSQL server, several seats write at once: each
such decision first takes a transaction-level advisory lock named for what is decided, held
until the transaction ends, so the check and the write that follows it are one step for
every other seat (no check-then-insert race), and a rolled-back transaction leaves no gap."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def one_at_a_time(session: Session, what: str) -> None:
    """Wait until no other transaction holds ``what``; hold it to this one's end."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:what, 0))"),
                        {"what": f"cjeapp:{what}"})
