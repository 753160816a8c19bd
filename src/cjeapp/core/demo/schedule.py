"""Times of day for demo events: office hours, Quebec time, business days only, and a
per-counsellor slot book so demo appointments never overlap."""

from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import time
from random import Random

from cjeapp.core.calendar.business_days import BusinessCalendar
from cjeapp.core.clock import LOCAL_ZONE

QC = BusinessCalendar()
SLOT_MINUTES = 15
OPEN = 8 * 60 + 30
SLOTS_PER_DAY = (16 * 60 + 30 - OPEN) // SLOT_MINUTES  # 8:30 to 16:30


def local_moment(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute), LOCAL_ZONE)


def weekday(day: date) -> date:
    """The same day, or the next business day (weekends and Quebec holidays skipped)."""
    return QC.next_business_day(day)


def working_moment(rng: Random, day: date) -> datetime:
    """A time between 8:30 and 16:00 on a business day, on the quarter hour."""
    slot = rng.randint(0, SLOTS_PER_DAY - 2)
    minutes = OPEN + slot * SLOT_MINUTES
    return local_moment(weekday(day), minutes // 60, minutes % 60)


def add_weekdays(day: date, count: int) -> date:
    return QC.add_business_days(day, count)


class SlotBook:
    """Which quarter hours each counsellor has booked, so demo agendas stay consistent."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.taken: dict[tuple[str, date], set[int]] = {}

    def take(self, counsellor: str, day: date, minutes: int,
             earliest: int = 0) -> datetime | None:
        """A free start time that day for ``minutes``, or None when the day is full."""
        day = weekday(day)
        need = -(-minutes // SLOT_MINUTES)
        taken = self.taken.setdefault((counsellor, day), set())
        starts = [s for s in range(earliest, SLOTS_PER_DAY - need + 1)
                  if not any(s + k in taken for k in range(need))]
        if not starts:
            return None
        start = self.rng.choice(starts)
        taken.update(range(start, start + need))
        minute = OPEN + start * SLOT_MINUTES
        return local_moment(day, minute // 60, minute % 60)
