"""Help searching for housing (furnishing is no longer offered)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date
from sqlalchemy import Numeric
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from cjeapp.core.ids import ClientId
from cjeapp.core.models.base import Record
from cjeapp.core.models.base import fk


class HousingRequest(Record):
    __tablename__ = "housing_requests"

    client_id: Mapped[ClientId] = fk("clients.id")
    household_id: Mapped[str | None] = fk("households.id", nullable=True)
    household_size: Mapped[int] = mapped_column()
    monthly_budget: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    area_wanted: Mapped[str | None] = mapped_column(String(200))
    needs_accessibility: Mapped[bool] = mapped_column(default=False)
    has_pets: Mapped[bool] = mapped_column(default=False)
    needs_public_transit: Mapped[bool] = mapped_column(default=False)
    constraints: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[date | None] = mapped_column(Date)  # end of temporary lodging
    opened_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="searching")
    closed_on: Mapped[date | None] = mapped_column(Date)


class HousingStep(Record):
    __tablename__ = "housing_steps"

    request_id: Mapped[str] = fk("housing_requests.id")
    kind: Mapped[str] = mapped_column(String(20))  # code list: housing_steps
    occurred_on: Mapped[date] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
