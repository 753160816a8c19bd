"""Walk-ins: the waiting list, taking the next person, timing the visit until it closes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta

from sqlalchemy import CompoundSelect
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import union_all
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import User
from cjeapp.core.models import Visit
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator

WAITING, IN_PROGRESS, CLOSED, LEFT = "waiting", "in_progress", "closed", "left"


@dataclass(frozen=True)
class VisitRow:
    id: str
    client_id: ClientId
    client_name: str
    reason: str
    status: str
    arrived_at: datetime
    taken_at: datetime | None
    closed_at: datetime | None
    counsellor: str | None
    version: int

    def waited(self, now: datetime) -> timedelta:
        return (self.taken_at or now) - self.arrived_at

    def duration(self, now: datetime) -> timedelta | None:
        if self.taken_at is None:
            return None
        return (self.closed_at or now) - self.taken_at


def check_in(db: Database, actor: Actor, client_id: ClientId, reason: str,
             office_id: str | None = None) -> VisitRow:
    """Put the person on the waiting list."""
    actor.require(Permission.VISIT_WRITE)
    check = Validator()
    text = check.text("reason", reason, required=True, max_length=300)
    check.raise_if_any()
    if not (text):
        raise Inconsistent("text")
    with unit_of_work(db, actor) as uow:
        uow.get(Client, client_id, what="client file")
        already = uow.session.scalar(select(Visit.id).where(
            Visit.client_id == client_id, Visit.status.in_((WAITING, IN_PROGRESS)),
            Visit.deleted_at.is_(None)))
        if already:
            raise CjeError(msg(N_("This person is already on the waiting list or with a "
                                  "counsellor.")))
        visit = uow.add(Visit(client_id=client_id, reason=text, status=WAITING,
                              arrived_at=clock.now(), office_id=office_id or actor.office_id))
        return _row_of(uow.session, visit)


def take(db: Database, actor: Actor, visit_id: str | None = None,
         office_id: str | None = None) -> VisitRow:
    """A counsellor takes the named visit, or the person who has waited longest."""
    actor.require(Permission.VISIT_TAKE)
    with unit_of_work(db, actor) as uow:
        if visit_id is None:
            query = (select(Visit).where(Visit.status == WAITING, Visit.deleted_at.is_(None))
                     .order_by(Visit.arrived_at).limit(1))
            if office_id:
                query = query.where(Visit.office_id == office_id)
            visit = uow.session.scalar(query)
            if visit is None:
                raise CjeError(msg(N_("Nobody is waiting.")))
        else:
            visit = uow.get(Visit, visit_id, what="visit")
            if visit.status != WAITING:
                raise CjeError(msg(N_("This person is no longer waiting.")))
        uow.change(visit, {"status": IN_PROGRESS, "taken_at": clock.now(),
                           "taken_by": actor.user_id})
        return _row_of(uow.session, visit)


def close(db: Database, actor: Actor, visit_id: str, outcome: str | None = None) -> VisitRow:
    """End the visit; its length counts in reports."""
    actor.require(Permission.VISIT_TAKE)
    check = Validator()
    text = check.long_text("outcome", outcome, max_length=4000)
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        visit = uow.get(Visit, visit_id, what="visit")
        if visit.status != IN_PROGRESS:
            raise CjeError(msg(N_("Only a visit in progress can be closed.")))
        uow.change(visit, {"status": CLOSED, "closed_at": clock.now(), "outcome": text})
        return _row_of(uow.session, visit)


def left_without_service(db: Database, actor: Actor, visit_id: str) -> VisitRow:
    """The person left the waiting room before being seen."""
    actor.require(Permission.VISIT_WRITE)
    with unit_of_work(db, actor) as uow:
        visit = uow.get(Visit, visit_id, what="visit")
        if visit.status != WAITING:
            raise CjeError(msg(N_("This person is no longer waiting.")))
        uow.change(visit, {"status": LEFT, "closed_at": clock.now()})
        return _row_of(uow.session, visit)


def visits_of_day(db: Database, actor: Actor, office_id: str | None = None) -> list[VisitRow]:
    """Today's visits (Quebec time): waiting first, then with a counsellor, then done."""
    actor.require(Permission.CLIENT_READ)
    start = datetime.combine(clock.today(), datetime.min.time(), clock.LOCAL_ZONE)
    with db.read_session() as session:
        query = (select(Visit, Client.first_name, Client.last_name, User.full_name)
                 .join(Client, Client.id == Visit.client_id)
                 .outerjoin(User, User.id == Visit.taken_by)
                 .where(Visit.id.in_(_of_day_or_open(start)), Visit.deleted_at.is_(None))
                 .order_by(Visit.arrived_at))
        if office_id:
            query = query.where(Visit.office_id == office_id)
        rows = [_row(visit, first, last, counsellor)
                for visit, first, last, counsellor in session.execute(query)]
    order = {WAITING: 0, IN_PROGRESS: 1, CLOSED: 2, LEFT: 3}
    return sorted(rows, key=lambda row: (order.get(row.status, 9), row.arrived_at))


def queue_mark(db: Database, actor: Actor, office_id: str | None = None
               ) -> tuple[int, int]:
    """What tells a seat the waiting list moved on another seat: how many of today's visits
    there are and the sum of their versions (an arrival, a person taken or a visit closed
    changes it). One small query, polled by each seat on the office's server."""
    actor.require(Permission.CLIENT_READ)
    start = datetime.combine(clock.today(), datetime.min.time(), clock.LOCAL_ZONE)
    with db.read_session() as session:
        query = select(func.count(), func.coalesce(func.sum(Visit.version), 0)).where(
            Visit.id.in_(_of_day_or_open(start)), Visit.deleted_at.is_(None))
        if office_id:
            query = query.where(Visit.office_id == office_id)
        count, versions = session.execute(query).one()
    return int(count), int(versions)


def _of_day_or_open(start: datetime) -> CompoundSelect[tuple[str]]:
    """The ids of the visits that arrived from ``start`` on, and of those still waiting or
    with a counsellor (from an earlier day too): two searches of an index each, joined.
    Written as one condition with OR, SQLite walks every visit there ever was."""
    return union_all(select(Visit.id).where(Visit.arrived_at >= start),
                 select(Visit.id).where(Visit.status.in_((WAITING, IN_PROGRESS))))


def _row(visit: Visit, first: str, last: str, counsellor: str | None) -> VisitRow:
    return VisitRow(id=visit.id, client_id=visit.client_id, client_name=f"{first} {last}",
                    reason=visit.reason, status=visit.status, arrived_at=visit.arrived_at,
                    taken_at=visit.taken_at, closed_at=visit.closed_at, counsellor=counsellor,
                    version=visit.version)


def _row_of(session: Session, visit: Visit) -> VisitRow:
    client = session.get(Client, visit.client_id)
    counsellor = session.get(User, visit.taken_by) if visit.taken_by else None
    if not (client is not None):
        raise Inconsistent("client is not None")
    return _row(visit, client.first_name, client.last_name,
                counsellor.full_name if counsellor else None)
