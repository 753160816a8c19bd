"""Suivis: every open request and plan follow-up with its due time, and each counsellor's load."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.calendar.deadlines import first_meeting_rule
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import Inconsistent
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.models import ActionPlan
from cjeapp.core.models import Appointment
from cjeapp.core.models import Client
from cjeapp.core.models import PlanItem
from cjeapp.core.models import Request
from cjeapp.core.models import User
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission

PRIORITY_RANK = {"high": 0, "normal": 1, "low": 2}
FIRST_MEETING_SUBJECT = N_("First meeting after arrival: book it")
END_OF_DAY = time(16, 30)


class FollowUpKind(StrEnum):
    REQUEST = "request"
    PLAN_ITEM = "plan_item"
    FIRST_MEETING = "first_meeting"


@dataclass(frozen=True)
class FollowUp:
    kind: FollowUpKind
    id: str
    client_id: ClientId
    client_name: str
    subject: str
    due_at: datetime
    priority: str
    counsellor_id: UserId | None
    counsellor_name: str | None

    def is_overdue(self, now: datetime) -> bool:
        return self.due_at < now

    def is_due_today(self, now: datetime) -> bool:
        return self.due_at.astimezone(LOCAL_ZONE).date() == now.astimezone(LOCAL_ZONE).date()


@dataclass(frozen=True)
class CounsellorLoad:
    counsellor_id: UserId
    name: str
    open_files: int
    hours_booked_this_week: float
    overdue: int


def board(db: Database, actor: Actor, counsellor_id: UserId | None = None,
          due_by: date | None = None) -> list[FollowUp]:
    """Overdue first, then by priority, then by due time; with ``due_by``, only what falls
    due by the end of that day (Quebec time): the Today page's, read through the indexes
    on the open ones (migration 0025) rather than every open item there is."""
    actor.require(Permission.CASEWORK_WRITE)
    items: list[FollowUp] = []
    with db.read_session() as session:
        # Columns, not records: thousands of rows on a big file, each record costly to build.
        requests = (select(Request.id, Request.client_id, Request.subject, Request.due_at,
                           Request.priority, Request.assigned_to, Client.first_name,
                           Client.last_name, User.full_name)
                    .join(Client, Client.id == Request.client_id)
                    .outerjoin(User, User.id == Request.assigned_to)
                    .where(Request.status == "open", Request.deleted_at.is_(None),
                           Client.deleted_at.is_(None)))
        if counsellor_id:
            requests = requests.where(Request.assigned_to == counsellor_id)
        if due_by is not None:
            requests = requests.where(Request.due_at < datetime.combine(
                due_by + timedelta(days=1), time(0), LOCAL_ZONE))
        for ident, client, subject, due_at, priority, assigned, first, last, name in \
                session.execute(requests):
            items.append(FollowUp(FollowUpKind.REQUEST, ident, client, f"{first} {last}",
                                  subject, due_at, priority, assigned, name))
        plan_items = (select(PlanItem.id, PlanItem.goal, PlanItem.next_follow_up,
                             ActionPlan.client_id, Client.first_name, Client.last_name,
                             Client.assigned_counsellor_id, User.full_name)
                      .join(ActionPlan, ActionPlan.id == PlanItem.plan_id)
                      .join(Client, Client.id == ActionPlan.client_id)
                      .outerjoin(User, User.id == Client.assigned_counsellor_id)
                      .where(PlanItem.status.in_(("planned", "in_progress")),
                             PlanItem.next_follow_up.is_not(None),
                             PlanItem.deleted_at.is_(None), Client.deleted_at.is_(None)))
        if counsellor_id:
            # Their people listed first (an index search), so that only their items are
            # joined to the wide table of people, not every item due.
            theirs = Client.__table__.alias("theirs")
            plan_items = plan_items.where(
                Client.assigned_counsellor_id == counsellor_id,
                ActionPlan.client_id.in_(select(theirs.c.id).where(
                    theirs.c.assigned_counsellor_id == counsellor_id)))
        if due_by is not None:
            plan_items = plan_items.where(PlanItem.next_follow_up <= due_by)
        for ident, goal, next_follow_up, client_id, first, last, assigned, name in \
                session.execute(plan_items):
            if not (next_follow_up is not None):
                raise Inconsistent("next_follow_up is not None")
            due = datetime.combine(next_follow_up, END_OF_DAY, LOCAL_ZONE)
            items.append(FollowUp(FollowUpKind.PLAN_ITEM, ident, client_id, f"{first} {last}",
                                  goal, due, "normal", assigned, name))
        items.extend(meeting for meeting in _first_meetings(db, session, counsellor_id)
                     if due_by is None or meeting.due_at.date() <= due_by)
    now = clock.now()
    items.sort(key=lambda f: (not f.is_overdue(now), PRIORITY_RANK.get(f.priority, 1),
                              f.due_at))
    return items


FIRST_MEETING_WINDOW = timedelta(days=60)


def _first_meetings(db: Database, session: Session,
                    counsellor_id: UserId | None) -> list[FollowUp]:
    """Newcomers who arrived lately and have had no appointment yet (due: 5 business days)."""
    since = clock.today() - FIRST_MEETING_WINDOW
    met = (select(Appointment.id).where(Appointment.client_id == Client.id,
                                        Appointment.status.in_(("booked", "attended")),
                                        Appointment.deleted_at.is_(None)).exists())
    query = (select(Client, User.full_name)
             .outerjoin(User, User.id == Client.assigned_counsellor_id)
             .where(Client.deleted_at.is_(None), Client.arrival_date.is_not(None),
                    Client.arrival_date >= since, ~met))
    if counsellor_id:
        query = query.where(Client.assigned_counsellor_id == counsellor_id)
    result = []
    due_after = first_meeting_rule(db)  # the calendar read once, not once a person
    for client, name in session.execute(query):
        if not (client.arrival_date is not None):
            raise Inconsistent("client.arrival_date is not None")
        due = datetime.combine(due_after(client.arrival_date), END_OF_DAY, LOCAL_ZONE)
        result.append(FollowUp(FollowUpKind.FIRST_MEETING, client.id, client.id,
                               f"{client.first_name} {client.last_name}",
                               gettext(FIRST_MEETING_SUBJECT), due, "high",
                               client.assigned_counsellor_id, name))
    return result


def loads(db: Database, actor: Actor, items: list[FollowUp] | None = None
          ) -> list[CounsellorLoad]:
    """Per counsellor: files with open work, hours booked this week, overdue items.
    ``items`` is everyone's board when the caller already has it."""
    actor.require(Permission.CASEWORK_WRITE)
    now = clock.now()
    today = clock.today()
    monday = datetime.combine(today - timedelta(days=today.weekday()), time(0), LOCAL_ZONE)
    if items is None:
        items = board(db, actor)
    with db.read_session() as session:
        staff = list(session.scalars(select(User).where(
            User.active.is_(True), User.deleted_at.is_(None),
            User.role.in_(("counsellor", "coordinator")))
            .order_by(User.full_name)))
        minutes: dict[str, float] = {}
        for counsellor, starts, ends in session.execute(
                select(Appointment.counsellor_id, Appointment.starts_at, Appointment.ends_at)
                .where(Appointment.status.in_(("booked", "attended")),
                       Appointment.deleted_at.is_(None),
                       Appointment.starts_at >= monday,
                       Appointment.starts_at < monday + timedelta(days=7))):
            minutes[counsellor] = minutes.get(counsellor, 0.0) + \
                (ends - starts).total_seconds() / 60
    result = []
    for user in staff:
        mine = [item for item in items if item.counsellor_id == user.id]
        result.append(CounsellorLoad(
            counsellor_id=user.id, name=user.full_name,
            open_files=len({item.client_id for item in mine}),
            hours_booked_this_week=round(float(minutes.get(user.id) or 0) / 60, 1),
            overdue=sum(1 for item in mine if item.is_overdue(now))))
    return result
