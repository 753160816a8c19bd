"""The rules of group activities, for what a laptop sends: the office judges an enrolment
and a presence as `groups.activities` judges them when they are entered at the office.

- an enrolment starts neither on a day to come nor before its activity began (its creation
  or its first session, whichever came first);
- a presence (or absence) is for a person enrolled in that activity (not waiting, not
  withdrawn), at a session already held, and never at a session held before the day the
  person was enrolled (the office refuses the presence and writes no absence).

The laptop's own program applies them too; the office does not take its word for it. The
reasons name no one (they are listed for the coordinator and kept with the refusal)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from datetime import date
from datetime import datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import func
from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.exchange.rows import Row
from cjeapp.core.exchange.rows import table
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.locale_format import format_date


def _moment(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None  # its column's check says so
    else:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _day(moment: datetime) -> date:
    return moment.astimezone(LOCAL_ZONE).date()


def enrolment_problem(connection: Connection, theirs: Row,
                      changed: Callable[[str], bool]) -> Message | None:
    if not changed("enrolled_at"):
        return None
    since = _moment(theirs.get("enrolled_at"))
    if since is None:
        return None
    if _day(since) > clock.today():
        return msg(N_("An enrolment cannot start on a day to come: give today's date or an "
                      "earlier one."))
    activities, sessions = table("activities"), table("activity_sessions")
    created = _moment(connection.scalar(select(activities.c.created_at).where(
        activities.c.id == theirs.get("activity_id"))))
    first = _moment(connection.scalar(select(func.min(sessions.c.starts_at)).where(
        sessions.c.activity_id == theirs.get("activity_id"), sessions.c.deleted_at.is_(None))))
    began = [_day(moment) for moment in (created, first) if moment is not None]
    if began and _day(since) < min(began):
        return msg(N_("The activity began on {day}: an enrolment cannot start before it."),
                   day=format_date(min(began)))
    return None


def attendance_problem(connection: Connection, theirs: Row,
                       changed: Callable[[str], bool]) -> Message | None:
    if not (changed("session_id") or changed("client_id") or changed("present")):
        return None
    sessions, enrolments = table("activity_sessions"), table("enrolments")
    held = connection.execute(select(sessions.c.activity_id, sessions.c.starts_at).where(
        sessions.c.id == theirs.get("session_id"))).first()
    if held is None:
        return None  # a session the office does not have: refused as a missing reference
    starts_at = _moment(held.starts_at)
    if starts_at is not None and starts_at > clock.now():
        return msg(N_("An attendance is taken once its session is held; this session has "
                      "not begun yet."))
    enrolled = connection.execute(select(enrolments.c.enrolled_at).where(
        enrolments.c.activity_id == held.activity_id,
        enrolments.c.client_id == theirs.get("client_id"),
        enrolments.c.status == "enrolled", enrolments.c.deleted_at.is_(None))).first()
    if enrolled is None:  # never enrolled, waiting or withdrawn: as at the office
        return msg(N_("Only enrolled people have an attendance: this person is not enrolled "
                      "in the activity."))
    since = _moment(enrolled.enrolled_at)
    # A row the office already holds may still be corrected there: judged as new only
    new_here = changed("session_id") or changed("client_id")
    if new_here and since is not None and starts_at is not None \
            and _day(since) > _day(starts_at):
        # at the office, a presence is refused and an absence not written
        return msg(N_("An attendance at a session held before the person's enrolment cannot "
                      "be recorded: enrol them with the day they truly joined."))
    return None
