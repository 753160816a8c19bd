"""What needs attention today, for the home page of whoever is signed in: the walk-ins
waiting, today's appointments, the follow-ups overdue or due today. A counsellor sees
their own appointments and follow-ups; the coordinator and the director the whole team's;
reception sees the waiting room and the day's appointments. A part the role may not see is
None (not an empty list: the page then leaves it out rather than saying « nothing »)."""

from __future__ import annotations

from dataclasses import dataclass

from cjeapp.core import clock
from cjeapp.core.agenda.appointments import CANCELLED
from cjeapp.core.agenda.appointments import AppointmentRow
from cjeapp.core.agenda.appointments import agenda
from cjeapp.core.agenda.followups import FollowUp
from cjeapp.core.agenda.followups import board
from cjeapp.core.db.database import Database
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.permissions import Role
from cjeapp.core.reception.visits import WAITING
from cjeapp.core.reception.visits import VisitRow
from cjeapp.core.reception.visits import visits_of_day


@dataclass(frozen=True)
class Today:
    waiting: list[VisitRow] | None
    appointments: list[AppointmentRow] | None
    follow_ups: list[FollowUp] | None  # overdue first, then due today
    own: bool  # the appointments and follow-ups are the actor's own

    @property
    def overdue(self) -> int:
        now = clock.now()
        return sum(1 for item in self.follow_ups or [] if item.is_overdue(now))


def today(db: Database, actor: Actor, office_id: str | None = None) -> Today:
    """``office_id``: the office of this PC, for the waiting room and the appointments
    (a counsellor's own appointments are shown wherever they are)."""
    actor.require_signed_in()
    own = actor.role is Role.COUNSELLOR and actor.user_id is not None
    mine = actor.user_id if own else None
    waiting = None
    if actor.can(Permission.VISIT_WRITE):
        waiting = [visit for visit in visits_of_day(db, actor, office_id)
                   if visit.status == WAITING]
    appointments = None
    if actor.can(Permission.APPOINTMENT_WRITE):
        appointments = [row for row in agenda(db, actor, clock.today(), counsellor_id=mine,
                                              office_id=None if own else office_id)
                        if row.status != CANCELLED]
    follow_ups = None
    if actor.can(Permission.CASEWORK_WRITE):
        now = clock.now()
        follow_ups = [item for item in board(db, actor, counsellor_id=mine,
                                             due_by=clock.today())
                      if item.is_overdue(now) or item.is_due_today(now)]
    return Today(waiting, appointments, follow_ups, own)
