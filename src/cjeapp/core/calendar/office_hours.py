"""When an office is open: its opening hours per weekday (8:30 to 16:30, Monday to Friday,
unless set for the office), on the organization's business days only."""

from __future__ import annotations

import json
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta

from cjeapp.core.calendar.deadlines import organization_calendar
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.models import Office

DEFAULT_HOURS = (time(8, 30), time(16, 30))


def opening_hours(db: Database, office_id: str | None, day: date) -> tuple[time, time] | None:
    """When the office is open that day (None on weekends and closed days)."""
    if not organization_calendar(db).is_business_day(day):
        return None
    hours: dict[str, list[str]] = {}
    if office_id:
        with db.read_session() as session:
            office = session.get(Office, office_id)
            if office is not None and office.opening_hours:
                hours = json.loads(office.opening_hours)
    if not hours:
        return DEFAULT_HOURS if day.weekday() < 5 else None
    span = hours.get(str(day.weekday()))
    if not span:
        return None
    return time.fromisoformat(span[0]), time.fromisoformat(span[1])


def next_opening(db: Database, office_id: str | None, moment: datetime) -> datetime:
    """``moment`` itself when the office is open then, else the next time it opens."""
    local = moment.astimezone(LOCAL_ZONE)
    day = local.date()
    for _ in range(400):  # a year of closures at most
        hours = opening_hours(db, office_id, day)
        if hours is not None:
            opens = datetime.combine(day, hours[0], LOCAL_ZONE)
            closes = datetime.combine(day, hours[1], LOCAL_ZONE)
            if local < opens:
                return opens
            if local < closes:
                return local
        day += timedelta(days=1)
        local = datetime.combine(day, time.min, LOCAL_ZONE)
    return moment
