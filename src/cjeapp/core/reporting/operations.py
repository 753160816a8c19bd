"""Figures of the organization's own work for the dashboard: waiting at the desk, answers
to requests, missed appointments. They make load visible when arguing for funds.

Counted by the board's own queries (``board_measures.desk_measures``), so that the
dashboard and the board never give two numbers for the same walk-ins of the same period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cjeapp.core.db.database import Database
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting.board_figures import median
from cjeapp.core.reporting.board_measures import desk_measures


@dataclass(frozen=True)
class Operations:
    walk_ins: int  # every walk-in of the period, as the board counts them
    median_wait_minutes: float | None  # of those who were seen
    requests: int  # requests of the period answered
    median_answer_hours: float | None
    answered_on_time: int
    appointments: int  # kept or missed
    no_shows: int


def operations(db: Database, actor: Actor, first: date, last: date) -> Operations:
    actor.require(Permission.REPORT_READ)
    m = desk_measures(db, first, last)
    wait, answer = median(m.waits), median(m.delays)
    return Operations(
        walk_ins=int(m.counts["walk_ins"]),
        median_wait_minutes=None if wait is None else float(wait),
        requests=int(m.counts["answered"]),
        median_answer_hours=None if answer is None else float(answer),
        answered_on_time=int(m.counts["answered_on_time"]),
        appointments=int(m.counts["attended"]) + int(m.counts["no_show"]),
        no_shows=int(m.counts["no_show"]))
