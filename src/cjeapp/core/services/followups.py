"""Suivis: every open request and plan follow-up with its due time, and each counsellor's load."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import func, select

from cjeapp.core import clock
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.models import ActionPlan, Appointment, Client, PlanItem, Request, User
from cjeapp.core.services.permissions import Actor, Permission

PRIORITY_RANK = {"high": 0, "normal": 1, "low": 2}
END_OF_DAY = time(16, 30)


@dataclass(frozen=True)
class FollowUp:
    kind: str  # "request" or "plan_item"
    id: str
    client_id: str
    client_name: str
    subject: str
    due_at: datetime
    priority: str
    counsellor_id: str | None
    counsellor_name: str | None

    def is_overdue(self, now: datetime) -> bool:
        return self.due_at < now

    def is_due_today(self, now: datetime) -> bool:
        return self.due_at.astimezone(LOCAL_ZONE).date() == now.astimezone(LOCAL_ZONE).date()


@dataclass(frozen=True)
class CounsellorLoad:
    counsellor_id: str
    name: str
    open_files: int
    hours_booked_this_week: float
    overdue: int


def board(db: Database, actor: Actor, counsellor_id: str | None = None) -> list[FollowUp]:
    """Overdue first, then by priority, then by due time."""
    actor.require(Permission.CASEWORK_WRITE)
    items: list[FollowUp] = []
    with db.read_session() as session:
        requests = (select(Request, Client.first_name, Client.last_name, User.full_name)
                    .join(Client, Client.id == Request.client_id)
                    .outerjoin(User, User.id == Request.assigned_to)
                    .where(Request.status == "open", Request.deleted_at.is_(None),
                           Client.deleted_at.is_(None)))
        if counsellor_id:
            requests = requests.where(Request.assigned_to == counsellor_id)
        for request, first, last, name in session.execute(requests):
            items.append(FollowUp("request", request.id, request.client_id, f"{first} {last}",
                                  request.subject, request.due_at, request.priority,
                                  request.assigned_to, name))
        plan_items = (select(PlanItem, ActionPlan.client_id, Client.first_name, Client.last_name,
                             Client.assigned_counsellor_id, User.full_name)
                      .join(ActionPlan, ActionPlan.id == PlanItem.plan_id)
                      .join(Client, Client.id == ActionPlan.client_id)
                      .outerjoin(User, User.id == Client.assigned_counsellor_id)
                      .where(PlanItem.status.in_(("planned", "in_progress")),
                             PlanItem.next_follow_up.is_not(None),
                             PlanItem.deleted_at.is_(None), Client.deleted_at.is_(None)))
        if counsellor_id:
            plan_items = plan_items.where(Client.assigned_counsellor_id == counsellor_id)
        for item, client_id, first, last, assigned, name in session.execute(plan_items):
            assert item.next_follow_up is not None
            due = datetime.combine(item.next_follow_up, END_OF_DAY, LOCAL_ZONE)
            items.append(FollowUp("plan_item", item.id, client_id, f"{first} {last}",
                                  item.goal, due, "normal", assigned, name))
    now = clock.now()
    items.sort(key=lambda f: (not f.is_overdue(now), PRIORITY_RANK.get(f.priority, 1),
                              f.due_at))
    return items


def loads(db: Database, actor: Actor) -> list[CounsellorLoad]:
    """Per counsellor: files with open work, hours booked this week, overdue items."""
    actor.require(Permission.CASEWORK_WRITE)
    now = clock.now()
    today = clock.today()
    monday = datetime.combine(today - timedelta(days=today.weekday()), time(0), LOCAL_ZONE)
    items = board(db, actor)
    with db.read_session() as session:
        staff = list(session.scalars(select(User).where(
            User.active.is_(True), User.deleted_at.is_(None),
            User.role.in_(("counsellor", "coordinator")))
            .order_by(User.full_name)))
        minutes: dict[str, float | None] = {row[0]: row[1] for row in session.execute(
            select(Appointment.counsellor_id,
                   func.sum((func.julianday(Appointment.ends_at)
                             - func.julianday(Appointment.starts_at)) * 24 * 60))
            .where(Appointment.status.in_(("booked", "attended")),
                   Appointment.deleted_at.is_(None),
                   Appointment.starts_at >= monday,
                   Appointment.starts_at < monday + timedelta(days=7))
            .group_by(Appointment.counsellor_id))}
    result = []
    for user in staff:
        mine = [item for item in items if item.counsellor_id == user.id]
        result.append(CounsellorLoad(
            counsellor_id=user.id, name=user.full_name,
            open_files=len({item.client_id for item in mine}),
            hours_booked_this_week=round(float(minutes.get(user.id) or 0) / 60, 1),
            overdue=sum(1 for item in mine if item.is_overdue(now))))
    return result
