"""Times of day for demo events: office hours, Quebec time, weekdays only."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from random import Random

from cjeapp.core.clock import LOCAL_ZONE


def local_moment(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute), LOCAL_ZONE)


def weekday(day: date) -> date:
    """The same day, or the next Monday when it falls on a weekend."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def working_moment(rng: Random, day: date) -> datetime:
    """A time between 8:30 and 16:00 on a weekday, on the quarter hour."""
    slot = rng.randint(0, 30)  # 30 quarter hours from 8:30
    minutes = 8 * 60 + 30 + slot * 15
    return local_moment(weekday(day), minutes // 60, minutes % 60)


def add_weekdays(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day
