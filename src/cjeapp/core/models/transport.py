"""Transport requests judged against the team's editable rules, and trips driven."""

from __future__ import annotations

from datetime import date
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Date
from sqlalchemy import Numeric
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.models.base import Record
from cjeapp.core.models.base import UTCDateTime
from cjeapp.core.models.base import fk


class TransportRule(Record):
    """One ordered rule of the team's transport framework (data, edited by a coordinator)."""

    __tablename__ = "transport_rules"

    position: Mapped[int] = mapped_column()
    name: Mapped[str] = mapped_column(String(200))
    destination_kind: Mapped[str | None] = mapped_column(String(30))  # None: any destination
    condition: Mapped[str] = mapped_column(Text, default="{}")  # JSON conditions
    decision: Mapped[str] = mapped_column(String(30))  # code list: transport_decisions
    explanation: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)


class TransportRequest(Record):
    __tablename__ = "transport_requests"

    client_id: Mapped[ClientId] = fk("clients.id")
    destination_kind: Mapped[str] = mapped_column(String(30))  # code list: transport_destinations
    destination_name: Mapped[str | None] = mapped_column(String(200))
    needed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(Text)
    counsellor_presence_needed: Mapped[bool] = mapped_column(default=False)
    proposed_decision: Mapped[str | None] = mapped_column(String(30))
    rule_id: Mapped[str | None] = fk("transport_rules.id", nullable=True)
    decision: Mapped[str | None] = mapped_column(String(30))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[UserId | None] = fk("users.id", nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class TransportTrip(Record):
    __tablename__ = "transport_trips"

    request_id: Mapped[str] = fk("transport_requests.id")
    trip_date: Mapped[date] = mapped_column(Date)
    driver_id: Mapped[UserId | None] = fk("users.id", nullable=True)
    vehicle: Mapped[str] = mapped_column(String(20))  # organization, own_car
    kilometres: Mapped[Decimal] = mapped_column(Numeric(8, 1))
    passengers: Mapped[int] = mapped_column(default=1)
