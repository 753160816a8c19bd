"""The list of activities as the Activités screen shows it: when each starts and ends, its
office, whether it is to come, under way or over, and the places left; searched by title and
filtered by status and office."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.models import Activity
from cjeapp.core.models import ActivitySession
from cjeapp.core.models import Enrolment
from cjeapp.core.models import Office
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.search.normalize import fold


class ActivityStatus(enum.StrEnum):
    UNSCHEDULED = "unscheduled"  # no session yet
    UPCOMING = "upcoming"
    UNDER_WAY = "under_way"
    ENDED = "ended"


@dataclass(frozen=True)
class ActivityRow:
    id: str
    kind: str
    title: str
    office: str
    starts_at: datetime | None
    ends_at: datetime | None
    status: ActivityStatus
    capacity: int | None
    enrolled: int
    waiting: int

    @property
    def places_left(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.enrolled, 0)


def status_at(starts_at: datetime | None, ends_at: datetime | None,
              now: datetime) -> ActivityStatus:
    if starts_at is None or ends_at is None:
        return ActivityStatus.UNSCHEDULED
    if now < starts_at:
        return ActivityStatus.UPCOMING
    return ActivityStatus.UNDER_WAY if now < ends_at else ActivityStatus.ENDED


def activity_rows(db: Database, actor: Actor, *, text: str = "",
                  status: ActivityStatus | None = None,
                  office_id: str | None = None) -> list[ActivityRow]:
    """Activities matching ``text`` (any word of the title, accents and case ignored), in
    ``status`` and at ``office_id`` when given; those to come and under way first, by date."""
    actor.require(Permission.CLIENT_READ)
    sessions = (select(ActivitySession.activity_id,
                       func.min(ActivitySession.starts_at).label("first"),
                       func.max(ActivitySession.ends_at).label("last"))
                .where(ActivitySession.deleted_at.is_(None))
                .group_by(ActivitySession.activity_id).subquery())
    counts = (select(Enrolment.activity_id,
                     func.count().filter(Enrolment.status == "enrolled").label("enrolled"),
                     func.count().filter(Enrolment.status == "waiting").label("waiting"))
              .where(Enrolment.deleted_at.is_(None))
              .group_by(Enrolment.activity_id).subquery())
    query = (select(Activity, Office.name, sessions.c.first, sessions.c.last,
                    counts.c.enrolled, counts.c.waiting)
             .outerjoin(Office, Office.id == Activity.office_id)
             .outerjoin(sessions, sessions.c.activity_id == Activity.id)
             .outerjoin(counts, counts.c.activity_id == Activity.id)
             .where(Activity.deleted_at.is_(None)))
    if office_id:
        query = query.where(Activity.office_id == office_id)
    words = fold(text).split()
    now = clock.now()
    rows: list[ActivityRow] = []
    with db.read_session() as session:
        for activity, office, first, last, enrolled, waiting in session.execute(query):
            if words and not all(word in fold(activity.title) for word in words):
                continue
            row = ActivityRow(activity.id, activity.kind, activity.title, office or "",
                              first, last, status_at(first, last, now), activity.capacity,
                              int(enrolled or 0), int(waiting or 0))
            if status is None or row.status == status:
                rows.append(row)
    order = {ActivityStatus.UNDER_WAY: 0, ActivityStatus.UPCOMING: 1,
             ActivityStatus.UNSCHEDULED: 2, ActivityStatus.ENDED: 3}
    return sorted(rows, key=lambda r: (order[r.status], _when(r, order[r.status] == 3),
                                       fold(r.title)))


def _when(row: ActivityRow, newest_first: bool) -> float:
    if row.starts_at is None:
        return 0.0
    stamp = row.starts_at.timestamp()
    return -stamp if newest_first else stamp
