"""Walk-in visits, appointments and requests with response deadlines."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.models.base import Record
from cjeapp.core.models.base import UTCDateTime
from cjeapp.core.models.base import fk


class Visit(Record):
    """A walk-in: waiting from ``arrived_at``, with a counsellor from ``taken_at``."""

    __tablename__ = "visits"
    # The board reads a year from this index alone (migration 0024).
    __table_args__ = (Index("ix_visits_board", "arrived_at", "client_id", "status", "taken_at",
                            "deleted_at"),
                      # The waiting room, from any day (migration 0025).
                      Index("ix_visits_open", "status", "arrived_at"))

    client_id: Mapped[ClientId] = fk("clients.id")
    office_id: Mapped[str | None] = fk("offices.id", nullable=True)
    reason: Mapped[str] = mapped_column(String(300))
    # waiting, in_progress, closed, left
    status: Mapped[str] = mapped_column(String(20), default="waiting")
    arrived_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    taken_by: Mapped[UserId | None] = fk("users.id", nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str | None] = mapped_column(Text)


class Appointment(Record):
    __tablename__ = "appointments"
    __table_args__ = (Index("ix_appointments_board", "starts_at", "client_id", "status",
                            "deleted_at"),)

    client_id: Mapped[ClientId] = fk("clients.id")
    counsellor_id: Mapped[UserId] = fk("users.id")
    office_id: Mapped[str | None] = fk("offices.id", nullable=True)
    kind: Mapped[str] = mapped_column(String(30))  # code list: appointment_kinds
    place: Mapped[str] = mapped_column(String(30))  # code list: appointment_places
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # booked, attended, no_show, cancelled
    status: Mapped[str] = mapped_column(String(20), default="booked")
    cancel_reason: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # called the day before


class Request(Record):
    """A request that must be answered within a deadline (72 business hours by default)."""

    __tablename__ = "requests"
    __table_args__ = (Index("ix_requests_board", "received_at", "client_id", "answered_at",
                            "due_at", "deleted_at"),
                      # The open ones by deadline, for Today (migration 0025).
                      Index("ix_requests_open", "status", "due_at"))

    client_id: Mapped[ClientId] = fk("clients.id")
    subject: Mapped[str] = mapped_column(String(300))
    channel: Mapped[str] = mapped_column(String(20))  # phone, email, walk_in, mifi_referral
    priority: Mapped[str] = mapped_column(String(10), default="normal")  # high, normal, low
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    assigned_to: Mapped[UserId | None] = fk("users.id", nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open, closed
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    answer: Mapped[str | None] = mapped_column(Text)
