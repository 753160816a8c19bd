"""Figures of the organization's own work for the dashboard: waiting at the desk, answers
to requests, missed appointments. They make load visible when arguing for funds."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.models import Appointment
from cjeapp.core.models import Request
from cjeapp.core.models import Visit
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.reporting.sources import day_start


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

    start, end = day_start(first), day_start(last + timedelta(days=1))
    with db.read_session() as session:
        waits = [(taken - arrived).total_seconds() / 60 for arrived, taken in session.execute(
            select(Visit.arrived_at, Visit.taken_at).where(
                Visit.deleted_at.is_(None), Visit.taken_at.is_not(None),
                Visit.arrived_at >= start, Visit.arrived_at < end)) if taken is not None]
        answers = [((answered - received).total_seconds() / 3600, answered <= due)
                   for received, answered, due in session.execute(
                       select(Request.received_at, Request.answered_at, Request.due_at).where(
                           Request.deleted_at.is_(None), Request.answered_at.is_not(None),
                           Request.received_at >= start, Request.received_at < end))
                   if answered is not None]
        statuses = list(session.scalars(select(Appointment.status).where(
            Appointment.deleted_at.is_(None), Appointment.status.in_(("attended", "no_show")),
            Appointment.starts_at >= start, Appointment.starts_at < end)))
    appointments, no_shows = len(statuses), statuses.count("no_show")
    return Operations(
        walk_ins=len(waits),
        median_wait_minutes=round(statistics.median(waits), 1) if waits else None,
        requests=len(answers),
        median_answer_hours=round(statistics.median(a[0] for a in answers), 1)
        if answers else None,
        answered_on_time=sum(1 for a in answers if a[1]),
        appointments=int(appointments or 0), no_shows=int(no_shows or 0))
