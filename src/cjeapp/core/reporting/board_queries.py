"""The board's figures of one period, counted by the database: each query groups and sums
(by month, volet, status...) so that only a few rows come back, whatever the year's size.
Medians and percentiles come from one number per row (a wait, a delay), computed in SQL.

The same text runs on a PC's SQLite file and on the office's PostgreSQL server; dates and
times are compared as ``Sources`` does (ISO dates, UTC times as stored text). Months are
bucketed by comparing with each month's first instant in Quebec, so a visit at 21:00 on
31 March counts in March, not in April (UTC)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.reporting.sources import utc_text


@dataclass(frozen=True)
class Scope:
    """Whose records: every file, or those of one office, or one counsellor's people."""

    office_id: str | None = None
    counsellor_id: str | None = None


@dataclass
class Measures:
    """Raw numbers of a period, keyed by stable names (see ``board`` for their words)."""

    months: list[date]
    counts: dict[str, int | Decimal] = field(default_factory=dict)
    waits: list[float] = field(default_factory=list)  # minutes, one per walk-in taken
    delays: list[float] = field(default_factory=list)  # hours, one per request answered
    by: dict[str, dict[str, int | Decimal]] = field(default_factory=dict)
    monthly: dict[str, list[int | Decimal]] = field(default_factory=dict)
    caseload: dict[str, dict[str, int | Decimal]] = field(default_factory=dict)
    allowances: list[tuple[date, int]] = field(default_factory=list)  # (ended on, people)
    partners: dict[str, str] = field(default_factory=dict)  # a partner's id → its name


def months_of(first: date, last: date) -> list[date]:
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


def _seconds(dialect: str, start: str, end: str) -> str:
    if dialect == "sqlite":
        return f"((julianday({end}) - julianday({start})) * 86400.0)"
    return f"extract(epoch from ({end} - {start}))"


class PeriodQueries:
    def __init__(self, db: Database, first: date, last: date, scope: Scope) -> None:
        self.db = db
        self.dialect = db.engine.dialect.name
        self.months = months_of(first, last)
        now = clock.now()
        self.params: dict[str, Any] = {
            "first": first.isoformat(), "last": last.isoformat(),
            "start": utc_text(first), "end": utc_text(last + timedelta(days=1)),
            "now": _utc_now_text(now), "yes": True,
            # Follow-ups overdue on the period's last day (today, if it is not over yet).
            "due_day": min(last + timedelta(days=1), clock.today()).isoformat(),
            "office": scope.office_id, "counsellor": scope.counsellor_id}
        for index, month in enumerate(self.months[1:], start=1):
            self.params[f"t{index}"] = utc_text(month)
            self.params[f"d{index}"] = month.isoformat()
        self.scope = scope

    def people(self, client: str = "c") -> str:
        """The scope's condition on a joined ``clients`` row."""
        parts = []
        if self.scope.office_id:
            parts.append(f" AND {client}.office_id = :office")
        if self.scope.counsellor_id:
            parts.append(f" AND {client}.assigned_counsellor_id = :counsellor")
        return "".join(parts)

    def join(self, alias: str, column: str = "client_id") -> str:
        """The join to the person's file, only when the scope needs it (a lookup per row)."""
        if not (self.scope.office_id or self.scope.counsellor_id):
            return ""
        return f" JOIN clients c ON c.id = {alias}.{column}"

    def clients_by_board_index(self) -> str:
        """``clients`` read through the board's covering index: SQLite would take the
        primary key's and read each person's whole record (PostgreSQL chooses well)."""
        return "clients c INDEXED BY ix_clients_board" if self.dialect == "sqlite" \
            else "clients c"

    def bucket(self, column: str, dated: bool = False) -> str:
        """The month's index (0 for the first month of the period) of a time or a date."""
        prefix = "d" if dated else "t"
        if len(self.months) == 1:
            return "0"
        whens = " ".join(f"WHEN {column} < :{prefix}{i} THEN {i - 1}"
                         for i in range(1, len(self.months)))
        return f"CASE {whens} ELSE {len(self.months) - 1} END"

    def rows(self, sql: str) -> Iterator[Any]:
        with self.db.engine.connect() as connection:
            yield from connection.execute(text(sql), self.params)

    def one(self, sql: str) -> Any:
        return next(iter(self.rows(sql)))

    def by_month(self, sql: str) -> list[int | Decimal]:
        values: list[int | Decimal] = [0] * len(self.months)
        for month, value in self.rows(sql):
            values[int(month)] = _number(value)
        return values


def _utc_now_text(now: datetime) -> str:
    from datetime import UTC

    return now.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _number(value: Any) -> int | Decimal:
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    return Decimal(str(value))


def as_utc(moment: object) -> datetime:
    """A time read by a text query (SQLite gives the stored text, PostgreSQL a datetime)
    as an aware UTC datetime."""
    from datetime import UTC

    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if not isinstance(moment, datetime):
        raise TypeError(moment)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def as_day(value: object) -> date:
    """A date read by a text query (SQLite gives ISO text)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    raise TypeError(value)
