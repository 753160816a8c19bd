"""Group activities (Objectif Intégration, workshops, outings), sessions and attendance."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Numeric
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.models.base import Record
from cjeapp.core.models.base import UTCDateTime
from cjeapp.core.models.base import fk


class Activity(Record):
    __tablename__ = "activities"

    kind: Mapped[str] = mapped_column(String(30))  # code list: activity_kinds
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    office_id: Mapped[str | None] = fk("offices.id", nullable=True)
    parts_required: Mapped[int] = mapped_column(default=1)
    capacity: Mapped[int | None] = mapped_column()


class ActivitySession(Record):
    __tablename__ = "activity_sessions"

    activity_id: Mapped[str] = fk("activities.id")
    part_number: Mapped[int | None] = mapped_column()
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str | None] = mapped_column(String(200))
    facilitator_id: Mapped[UserId | None] = fk("users.id", nullable=True)
    capacity: Mapped[int | None] = mapped_column()
    hours: Mapped[Decimal] = mapped_column(Numeric(5, 2))


class Enrolment(Record):
    __tablename__ = "enrolments"
    __table_args__ = (UniqueConstraint("activity_id", "client_id"),)

    activity_id: Mapped[str] = fk("activities.id")
    client_id: Mapped[ClientId] = fk("clients.id")
    # enrolled, waiting, withdrawn
    status: Mapped[str] = mapped_column(String(20), default="enrolled")
    waitlist_position: Mapped[int | None] = mapped_column()
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed: Mapped[bool] = mapped_column(default=False)


class Attendance(Record):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "client_id"),)

    session_id: Mapped[str] = fk("activity_sessions.id")
    client_id: Mapped[ClientId] = fk("clients.id")
    present: Mapped[bool] = mapped_column(default=True)
