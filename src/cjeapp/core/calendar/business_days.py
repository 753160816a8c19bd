"""Business days and business-hour deadlines in Quebec.

``BusinessCalendar()`` is Quebec's statutory calendar (the ``holidays`` package: Canada,
province QC, observed days included) with no closures. An organization's calendar adds its
own choices: Easter Monday instead of or as well as Good Friday, the holiday break, training
days.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from datetime import timedelta

from dateutil.easter import easter

from cjeapp.core.calendar.canada_holidays import canada_class
from cjeapp.core.clock import LOCAL_ZONE

DAY = timedelta(days=1)


@dataclass(frozen=True)
class Closure:
    """Days the organization is closed, both ends included."""

    first: date
    last: date
    label: str = ""

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class BusinessCalendar:
    closures: tuple[Closure, ...] = ()
    easter_monday: bool = False
    good_friday: bool = True
    _cache: dict[int, frozenset[date]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def for_organization(cls, closures: Iterable[Closure] = (), *, easter_monday: bool = False,
                         good_friday: bool = True) -> BusinessCalendar:
        return cls(tuple(closures), easter_monday, good_friday)

    def _holidays(self, year: int) -> frozenset[date]:
        days = self._cache.get(year)
        if days is None:
            statutory = canada_class()(subdiv="QC", years=year, observed=True)
            chosen = {day for day, name in statutory.items()
                      if self.good_friday or "Good Friday" not in name}
            if self.easter_monday:
                chosen.add(self._easter_monday(year))
            days = frozenset(chosen)
            self._cache[year] = days
        return days

    @staticmethod
    def _easter_monday(year: int) -> date:
        sunday: date = easter(year)
        return sunday + DAY

    def is_holiday(self, day: date) -> bool:
        return day in self._holidays(day.year)

    def is_business_day(self, day: date) -> bool:
        if day.weekday() >= 5 or self.is_holiday(day):
            return False
        return not any(closure.covers(day) for closure in self.closures)

    def add_business_days(self, day: date, count: int) -> date:
        """The ``count``-th business day after ``day`` (before it when negative)."""
        step = DAY if count >= 0 else -DAY
        remaining = abs(count)
        current = day
        while remaining:
            current += step
            if self.is_business_day(current):
                remaining -= 1
        return current

    def next_business_day(self, day: date) -> date:
        """``day`` itself when it is a business day, else the next one."""
        while not self.is_business_day(day):
            day += DAY
        return day

    def business_deadline(self, start: datetime, hours: int) -> datetime:
        """``start`` plus ``hours`` counted only on business days, 24 to a day.

        A request made on Friday at 16:55 with 72 business hours is due on Wednesday at
        16:55; a holiday in between adds a day. Wall-clock time in Quebec is used, so a
        change to or from daylight saving time does not move the hour of the deadline.
        """
        if start.tzinfo is None:
            raise ValueError("business_deadline() needs a timezone-aware datetime")
        remaining = timedelta(hours=hours)
        current = start.astimezone(LOCAL_ZONE).replace(tzinfo=None)
        if not self.is_business_day(current.date()):
            current = datetime.combine(self.next_business_day(current.date()),
                                       datetime.min.time())
        while True:
            midnight = datetime.combine(current.date() + DAY, datetime.min.time())
            available = midnight - current
            if remaining <= available:
                return (current + remaining).replace(tzinfo=LOCAL_ZONE)
            remaining -= available
            current = datetime.combine(self.next_business_day(midnight.date()),
                                       datetime.min.time())
