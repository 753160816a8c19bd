"""Group activities: sessions, enrolments with a waiting list, attendance in one screen,
and Objectif Intégration's completion rule (every part attended) with its allowance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_moment
from cjeapp.core.models import Activity
from cjeapp.core.models import ActivitySession
from cjeapp.core.models import Attendance
from cjeapp.core.models import Client
from cjeapp.core.models import Enrolment
from cjeapp.core.org import settings
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.search.normalize import fold
from cjeapp.core.unit_of_work import UnitOfWork
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator

ALLOWANCE_KEY = "objectif_integration.allowance"
OBJECTIF_INTEGRATION = "objectif_integration"


@dataclass(frozen=True)
class Participant:
    enrolment_id: str
    client_id: ClientId
    name: str
    status: str
    waitlist_position: int | None
    completed: bool
    attended: dict[str, bool]  # session id -> present
    before_enrolment: frozenset[str] = frozenset()  # sessions held before they enrolled


@dataclass(frozen=True)
class EligibleParticipant:
    client_id: ClientId
    name: str
    completed_on: date
    amount: Decimal


def create_activity(db: Database, actor: Actor, *, kind: str, title: str,
                    parts_required: int = 1, capacity: int | None = None,
                    office_id: str | None = None) -> Activity:
    actor.require(Permission.ACTIVITY_WRITE)
    check = Validator()
    check.code("kind", kind, "activity_kinds", required=True)
    name = check.text("title", title, required=True)
    if not 1 <= parts_required <= 20:
        check.fail("parts_required", N_("An activity has from 1 to 20 parts."))
    if capacity is not None and not 1 <= capacity <= 500:
        check.fail("capacity", N_("Enter a capacity from 1 to 500, or leave it empty."))
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        same = [other for other in uow.session.scalars(select(Activity.title).where(
            Activity.deleted_at.is_(None))) if fold(other) == fold(name or "")]
        if same:
            raise ValidationError([FieldError("title", msg(N_(
                "An activity is already called \"{title}\": add its month or its place to "
                "the title so the two can be told apart."), title=same[0]))])
        return uow.add(Activity(kind=kind, title=name, parts_required=parts_required,
                                capacity=capacity, office_id=office_id or actor.office_id))


def add_session(db: Database, actor: Actor, activity_id: str, *, starts_at: datetime,
                hours: Decimal, place: str | None = None, part_number: int | None = None,
                facilitator_id: str | None = None) -> ActivitySession:
    actor.require(Permission.ACTIVITY_WRITE)
    check = Validator()
    if not Decimal("0.25") <= hours <= Decimal(12):
        check.fail("hours", N_("A session lasts from a quarter of an hour to 12 hours."))
    where = check.text("place", place)
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        activity = uow.get(Activity, activity_id, what="activity")
        if part_number is not None and not 1 <= part_number <= activity.parts_required:
            raise ValidationError([FieldError("part_number", msg(
                N_("This activity has parts 1 to {parts}."), parts=activity.parts_required))])
        return uow.add(ActivitySession(
            activity_id=activity_id, part_number=part_number, starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=int(hours * 60)), place=where,
            facilitator_id=facilitator_id or actor.user_id, capacity=activity.capacity,
            hours=hours))


def enrol(db: Database, actor: Actor, activity_id: str, client_id: ClientId,
          since: date | None = None) -> Enrolment:
    """Enrol the person, or put them on the waiting list when the activity is full;
    ``since`` for an enrolment made earlier and entered today (never a day to come)."""
    actor.require(Permission.ACTIVITY_WRITE)
    today = clock.today()
    if since is not None and since > today:
        raise ValidationError([FieldError("since", msg(N_(
            "An enrolment cannot start on a day to come: give today's date or an earlier "
            "one.")))])
    enrolled_at = clock.now() if since is None or since == today else \
        datetime.combine(since, datetime.min.time(), LOCAL_ZONE)
    with unit_of_work(db, actor) as uow:
        activity = uow.get(Activity, activity_id, what="activity")
        uow.get(Client, client_id, what="client file")
        if since is not None and since < today:
            _check_not_before_the_activity(uow, activity, since)
        existing = uow.session.scalar(select(Enrolment).where(
            Enrolment.activity_id == activity_id, Enrolment.client_id == client_id))
        if existing is not None and existing.status != "withdrawn":
            if existing.status == "enrolled" and since is not None and \
                    since < _local_day(existing.enrolled_at):
                # Enrolled again with an earlier day: the day they truly joined.
                return uow.change(existing, {"enrolled_at": enrolled_at})
            raise CjeError(msg(N_("This person is already enrolled or waiting.")))
        enrolled = _count(uow.session, activity_id, "enrolled")
        full = activity.capacity is not None and enrolled >= activity.capacity
        if existing is not None and since is None:
            # Back after a withdrawal: the presences they had keep their day.
            enrolled_at = min(enrolled_at, existing.enrolled_at)
        values = {"status": "waiting" if full else "enrolled",
                  "waitlist_position": _count(uow.session, activity_id, "waiting") + 1
                  if full else None, "enrolled_at": enrolled_at, "completed": False}
        if existing is not None:
            return uow.change(existing, values)
        return uow.add(Enrolment(activity_id=activity_id, client_id=client_id, **values))


def _check_not_before_the_activity(uow: UnitOfWork, activity: Activity, since: date) -> None:
    """An enrolment entered late starts no earlier than the activity: its creation or its
    first session, whichever came first."""
    first = uow.session.scalar(select(func.min(ActivitySession.starts_at)).where(
        ActivitySession.activity_id == activity.id, ActivitySession.deleted_at.is_(None)))
    floor = min(_local_day(activity.created_at), *([_local_day(first)] if first else []))
    if since < floor:
        raise ValidationError([FieldError("since", msg(N_(
            "The activity began on {day}: an enrolment cannot start before it."),
            day=format_date(floor)))])


def withdraw(db: Database, actor: Actor, enrolment_id: str) -> Enrolment | None:
    """Withdraw; the first person waiting takes the place. Returns who was promoted."""
    actor.require(Permission.ACTIVITY_WRITE)
    with unit_of_work(db, actor) as uow:
        enrolment = uow.get(Enrolment, enrolment_id, what="enrolment")
        was_enrolled = enrolment.status == "enrolled"
        uow.change(enrolment, {"status": "withdrawn", "waitlist_position": None})
        waiting = list(uow.session.scalars(select(Enrolment).where(
            Enrolment.activity_id == enrolment.activity_id, Enrolment.status == "waiting",
            Enrolment.deleted_at.is_(None)).order_by(Enrolment.waitlist_position)))
        promoted = waiting.pop(0) if waiting and was_enrolled else None
        if promoted is not None:
            # Enrolled from now on: no presence for the sessions held while they waited.
            uow.change(promoted, {"status": "enrolled", "waitlist_position": None,
                                  "enrolled_at": clock.now()})
        for position, row in enumerate(waiting, start=1):
            if row.waitlist_position != position:
                uow.change(row, {"waitlist_position": position})
        return promoted


def to_waiting_list(db: Database, actor: Actor, enrolment_id: str) -> Enrolment:
    """An enrolled person goes back to the head of the waiting list: the decision when an
    activity holds more people than places (each side of an exchange enrolled some)."""
    actor.require(Permission.ACTIVITY_WRITE)
    with unit_of_work(db, actor) as uow:
        enrolment = uow.get(Enrolment, enrolment_id, what="enrolment")
        activity = uow.get(Activity, enrolment.activity_id, what="activity")
        if enrolment.status != "enrolled":
            raise CjeError(msg(N_("Only an enrolled person can be put on the waiting list.")))
        enrolled = _count(uow.session, activity.id, "enrolled")
        if activity.capacity is None or enrolled <= activity.capacity:
            raise CjeError(msg(N_(
                "The activity is not over its capacity ({enrolled} enrolled for {capacity} "
                "places): everyone enrolled keeps their place."),
                enrolled=enrolled, capacity=activity.capacity or "—"))
        waiting = list(uow.session.scalars(select(Enrolment).where(
            Enrolment.activity_id == activity.id, Enrolment.status == "waiting",
            Enrolment.deleted_at.is_(None)).order_by(Enrolment.waitlist_position)))
        for position, row in enumerate(waiting, start=2):
            if row.waitlist_position != position:
                uow.change(row, {"waitlist_position": position})
        uow.change(enrolment, {"status": "waiting", "waitlist_position": 1,
                               "completed": False})
        return enrolment


def record_attendance(db: Database, actor: Actor, session_id: str,
                      presence: dict[ClientId, bool]) -> None:
    """Attendance of a whole session at once; completion is recomputed."""
    actor.require(Permission.ACTIVITY_WRITE)
    with unit_of_work(db, actor) as uow:
        session = uow.get(ActivitySession, session_id, what="session")
        if session.starts_at > clock.now():
            raise CjeError(msg(N_(
                "This session has not begun yet ({moment}): its attendance is taken once it "
                "is held."), moment=format_moment(session.starts_at)))
        enrolled: dict[ClientId, datetime] = {
            client_id: since for client_id, since in uow.session.execute(
                select(Enrolment.client_id, Enrolment.enrolled_at).where(
                    Enrolment.activity_id == session.activity_id,
                    Enrolment.status == "enrolled", Enrolment.deleted_at.is_(None)))}
        unknown = set(presence) - set(enrolled)
        if unknown:
            names = sorted(f"{first} {last}" for first, last in uow.session.execute(
                select(Client.first_name, Client.last_name).where(Client.id.in_(unknown))))
            raise CjeError(msg(N_("Only enrolled people have an attendance; {names} is not "
                                  "enrolled (waiting list or withdrawn)."),
                               names=", ".join(names) or "?"))
        # Someone enrolled after the session cannot have been there as a participant: a
        # presence is refused, an absence is not recorded.
        held_on = _local_day(session.starts_at)
        current = {row.client_id: row for row in uow.session.scalars(select(Attendance).where(
            Attendance.session_id == session_id))}
        later = {client_id for client_id, since in enrolled.items()
                 if _local_day(since) > held_on and client_id not in current}
        present_later = sorted(client_id for client_id in later if presence.get(client_id))
        if present_later:
            first_id = present_later[0]
            first, last = uow.session.execute(select(Client.first_name, Client.last_name)
                                              .where(Client.id == first_id)).one()
            raise CjeError(msg(N_(
                "{name} was enrolled on {enrolled}, after this session of {held}: their "
                "presence cannot be recorded. If they did take part, enrol them again with "
                "the day they truly joined."), name=f"{first} {last}",
                enrolled=format_date(_local_day(enrolled[first_id])),
                held=format_date(held_on)))
        presence = {key: value for key, value in presence.items() if key not in later}
        for client_id, present in presence.items():
            row = current.get(client_id)
            if row is None:
                uow.add(Attendance(session_id=session_id, client_id=client_id, present=present))
            elif row.present != present:
                uow.change(row, {"present": present})
        update_completion(uow, session.activity_id)


def _local_day(moment: datetime) -> date:
    return moment.astimezone(LOCAL_ZONE).date()


def update_completion(uow: UnitOfWork, activity_id: str) -> None:
    """Completed: present at every part (or every session when parts are not numbered)."""
    activity = uow.get(Activity, activity_id, what="activity")
    sessions = list(uow.session.scalars(select(ActivitySession).where(
        ActivitySession.activity_id == activity_id, ActivitySession.deleted_at.is_(None))))
    numbered = any(s.part_number for s in sessions)
    part_of = {s.id: (s.part_number if numbered else s.id) for s in sessions}
    needed = activity.parts_required if numbered else len(sessions)
    attended: dict[str, set[object]] = {}
    for row in uow.session.scalars(select(Attendance).where(
            Attendance.session_id.in_(list(part_of)), Attendance.present.is_(True),
            Attendance.deleted_at.is_(None))):
        attended.setdefault(row.client_id, set()).add(part_of[row.session_id])
    for enrolment in uow.session.scalars(select(Enrolment).where(
            Enrolment.activity_id == activity_id, Enrolment.status == "enrolled",
            Enrolment.deleted_at.is_(None))):
        done = needed > 0 and len(attended.get(enrolment.client_id, set())) >= needed
        if enrolment.completed != done:
            uow.change(enrolment, {"completed": done})


def _count(session: Session, activity_id: str, status: str) -> int:
    return int(session.scalar(select(func.count()).select_from(Enrolment).where(
        Enrolment.activity_id == activity_id, Enrolment.status == status,
        Enrolment.deleted_at.is_(None))) or 0)


def sessions_of(db: Database, actor: Actor, activity_id: str) -> list[ActivitySession]:
    actor.require(Permission.CLIENT_READ)
    with db.read_session() as session:
        return list(session.scalars(select(ActivitySession).where(
            ActivitySession.activity_id == activity_id, ActivitySession.deleted_at.is_(None))
            .order_by(ActivitySession.starts_at)))


def participants(db: Database, actor: Actor, activity_id: str) -> list[Participant]:
    """Enrolled people first (by name), then the waiting list in order."""
    actor.require(Permission.CLIENT_READ)
    with db.read_session() as session:
        held = {s.id: _local_day(s.starts_at) for s in session.scalars(select(
            ActivitySession).where(ActivitySession.activity_id == activity_id,
                                   ActivitySession.deleted_at.is_(None)))}
        session_ids = list(held)
        presence: dict[tuple[str, str], bool] = {
            (row.client_id, row.session_id): row.present
            for row in session.scalars(select(Attendance).where(
                Attendance.session_id.in_(session_ids), Attendance.deleted_at.is_(None)))}
        rows = session.execute(
            select(Enrolment, Client.first_name, Client.last_name, Client.sort_key)
            .join(Client, Client.id == Enrolment.client_id)
            .where(Enrolment.activity_id == activity_id, Enrolment.status != "withdrawn",
                   Enrolment.deleted_at.is_(None)))
        result = [(enrolment.status != "enrolled", enrolment.waitlist_position or 0, key,
                   Participant(enrolment.id, enrolment.client_id, f"{first} {last}",
                               enrolment.status, enrolment.waitlist_position,
                               enrolment.completed,
                               {sid: presence.get((enrolment.client_id, sid), False)
                                for sid in session_ids},
                               frozenset(sid for sid, day in held.items()
                                         if day < _local_day(enrolment.enrolled_at)
                                         and (enrolment.client_id, sid) not in presence)))
                  for enrolment, first, last, key in rows]
    return [row[3] for row in sorted(result, key=lambda r: (r[0], r[1], r[2]))]


def activities(db: Database, actor: Actor) -> list[Activity]:
    actor.require(Permission.CLIENT_READ)
    with db.read_session() as session:
        return list(session.scalars(select(Activity).where(Activity.deleted_at.is_(None))
                                    .order_by(Activity.created_at.desc())))


def eligible_for_allowance(db: Database, actor: Actor, activity_id: str
                           ) -> list[EligibleParticipant]:
    """Objectif Intégration: who completed every part, and the allowance in force then."""
    actor.require(Permission.ACTIVITY_WRITE)
    with db.read_session() as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.kind != OBJECTIF_INTEGRATION:
            return []
        last = session.scalar(select(func.max(ActivitySession.starts_at)).where(
            ActivitySession.activity_id == activity_id, ActivitySession.deleted_at.is_(None)))
    if last is None:
        return []
    finished = last.astimezone(LOCAL_ZONE).date()
    amount = Decimal(str(settings.get_value(db, ALLOWANCE_KEY, "0", on=finished)))
    return [EligibleParticipant(p.client_id, p.name, finished, amount)
            for p in participants(db, actor, activity_id)
            if p.status == "enrolled" and p.completed]


def activities_of_client(db: Database, actor: Actor, client_id: ClientId) -> list[Activity]:
    """The activities the person is enrolled in, newest first."""
    actor.require(Permission.CLIENT_READ)
    with db.read_session() as session:
        return list(session.scalars(
            select(Activity).join(Enrolment, Enrolment.activity_id == Activity.id)
            .where(Enrolment.client_id == client_id, Enrolment.status == "enrolled",
                   Enrolment.deleted_at.is_(None), Activity.deleted_at.is_(None))
            .order_by(Activity.created_at.desc())))
