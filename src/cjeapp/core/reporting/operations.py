"""Figures of the organization's own work for the dashboard: waiting at the desk, answers
to requests, missed appointments. They make load visible when arguing for funds."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from cjeapp.core.db.database import Database
from cjeapp.core.permissions import Actor, Permission
from cjeapp.core.reporting.sources import utc_text


@dataclass(frozen=True)
class Operations:
    walk_ins: int
    median_wait_minutes: float | None
    requests: int
    median_answer_hours: float | None
    answered_on_time: int
    appointments: int
    no_shows: int


def operations(db: Database, actor: Actor, first: date, last: date) -> Operations:
    actor.require(Permission.REPORT_READ)
    from datetime import timedelta

    params = {"start": utc_text(first), "end": utc_text(last + timedelta(days=1))}
    with db.engine.connect() as connection:
        waits = [row[0] for row in connection.execute(text(
            "SELECT (julianday(taken_at) - julianday(arrived_at)) * 1440 FROM visits "
            "WHERE deleted_at IS NULL AND taken_at IS NOT NULL "
            "AND arrived_at >= :start AND arrived_at < :end"), params)]
        answers = list(connection.execute(text(
            "SELECT (julianday(answered_at) - julianday(received_at)) * 24, "
            "answered_at <= due_at FROM requests WHERE deleted_at IS NULL "
            "AND answered_at IS NOT NULL AND received_at >= :start AND received_at < :end"),
            params))
        appointments, no_shows = connection.execute(text(
            "SELECT count(*), sum(status = 'no_show') FROM appointments "
            "WHERE deleted_at IS NULL AND status IN ('attended', 'no_show') "
            "AND starts_at >= :start AND starts_at < :end"), params).one()
    return Operations(
        walk_ins=len(waits),
        median_wait_minutes=round(statistics.median(waits), 1) if waits else None,
        requests=len(answers),
        median_answer_hours=round(statistics.median(a[0] for a in answers), 1)
        if answers else None,
        answered_on_time=sum(1 for a in answers if a[1]),
        appointments=int(appointments or 0), no_shows=int(no_shows or 0))
