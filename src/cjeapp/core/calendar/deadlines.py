"""The organization's calendar (closures, Easter choices) and the deadlines drawn from it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from datetime import datetime

from cjeapp.core.calendar.business_days import BusinessCalendar
from cjeapp.core.calendar.business_days import Closure
from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.org import settings
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission

CLOSURES = "calendar.closures"
EASTER_MONDAY = "calendar.easter_monday"
GOOD_FRIDAY = "calendar.good_friday"
REQUEST_HOURS = "deadlines.request_hours"
FIRST_MEETING_DAYS = "deadlines.first_meeting_days"
FOLLOW_UP_DAYS = "deadlines.follow_up_days"
DEFAULTS = {REQUEST_HOURS: 72, FIRST_MEETING_DAYS: 5, FOLLOW_UP_DAYS: 10}


def organization_calendar(db: Database) -> BusinessCalendar:
    closures = [Closure(date.fromisoformat(row["first"]), date.fromisoformat(row["last"]),
                        str(row.get("label", "")))
                for row in settings.get_value(db, CLOSURES, [])]
    return BusinessCalendar.for_organization(
        closures, easter_monday=bool(settings.get_value(db, EASTER_MONDAY, False)),
        good_friday=bool(settings.get_value(db, GOOD_FRIDAY, True)))


def deadline_setting(db: Database, key: str) -> int:
    return int(settings.get_value(db, key, DEFAULTS[key]))


def request_due(db: Database, received_at: datetime, office_id: str | None = None) -> datetime:
    """When a request must be answered (72 business hours by default), counted from the
    office's next opening when it came in while the office was closed (an e-mail at 11 p.m.
    starts counting at 8:30 the next business day), so the deadline falls in opening hours."""
    from cjeapp.core.calendar.office_hours import next_opening

    start = next_opening(db, office_id, received_at)
    due = organization_calendar(db).business_deadline(start,
                                                      deadline_setting(db, REQUEST_HOURS))
    return next_opening(db, office_id, due)


def first_meeting_due(db: Database, arrival: date) -> date:
    """The first meeting after arrival (5 business days by default)."""
    return first_meeting_rule(db)(arrival)


def first_meeting_rule(db: Database) -> Callable[[date], date]:
    """``first_meeting_due`` for many arrivals: the calendar and the setting read once."""
    calendar = organization_calendar(db)
    days = deadline_setting(db, FIRST_MEETING_DAYS)
    return lambda arrival: calendar.add_business_days(arrival, days)


def follow_up_due(db: Database, from_day: date) -> date:
    """The next reminder ("relance") of a plan item (10 business days by default)."""
    return organization_calendar(db).add_business_days(from_day,
                                                       deadline_setting(db, FOLLOW_UP_DAYS))


def save_calendar(db: Database, actor: Actor, closures: list[Closure], *, easter_monday: bool,
                  good_friday: bool) -> None:
    actor.require(Permission.SETTINGS_ADMIN)
    problems = [FieldError("closures", msg(N_("The closure \"{label}\" ends before it starts."),
                                           label=closure.label))
                for closure in closures if closure.last < closure.first]
    if not easter_monday and not good_friday:
        problems.append(FieldError("good_friday", msg(N_(
            "Keep Good Friday, Easter Monday, or both: the law gives one of them."))))
    if problems:
        raise ValidationError(problems)
    settings.set_value(db, actor, CLOSURES, [
        {"first": c.first.isoformat(), "last": c.last.isoformat(), "label": c.label}
        for c in sorted(closures, key=lambda c: c.first)])
    settings.set_value(db, actor, EASTER_MONDAY, easter_monday)
    settings.set_value(db, actor, GOOD_FRIDAY, good_friday)


def closures(db: Database) -> list[Closure]:
    return list(organization_calendar(db).closures)
