"""The organization, its offices (points of service), staff accounts and settings."""

from __future__ import annotations

from datetime import date
from datetime import datetime

from sqlalchemy import Date
from sqlalchemy import LargeBinary
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from cjeapp.core.ids import UserId
from cjeapp.core.models.base import Base
from cjeapp.core.models.base import Record
from cjeapp.core.models.base import UTCDateTime
from cjeapp.core.models.base import fk
from cjeapp.core.models.base import new_id


class Organization(Record):
    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    agreement_number: Mapped[str | None] = mapped_column(String(60))
    privacy_officer_name: Mapped[str | None] = mapped_column(String(200))
    privacy_officer_title: Mapped[str | None] = mapped_column(String(200))
    privacy_officer_contact: Mapped[str | None] = mapped_column(String(200))
    signer_name: Mapped[str | None] = mapped_column(String(200))
    signer_title: Mapped[str | None] = mapped_column(String(200))
    signer_title_en: Mapped[str | None] = mapped_column(String(200))  # on English documents
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)


class Office(Record):
    """A main office or a rural point of service."""

    __tablename__ = "offices"

    organization_id: Mapped[str] = fk("organizations.id")
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    municipality: Mapped[str | None] = mapped_column(String(120))
    region_code: Mapped[str | None] = mapped_column(String(2))
    phone: Mapped[str | None] = mapped_column(String(40))
    is_point_of_service: Mapped[bool] = mapped_column(default=False)
    opening_hours: Mapped[str | None] = mapped_column(Text)  # JSON: weekday -> [open, close]


class User(Record):
    """A staff account. Never deleted once it appears in records: deactivated instead."""

    __tablename__ = "users"

    id: Mapped[UserId] = mapped_column(String(36), primary_key=True, default=new_id)
    __table_args__ = (UniqueConstraint("username"),)

    username: Mapped[str] = mapped_column(String(60))
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    email: Mapped[str | None] = mapped_column(String(200))
    office_id: Mapped[str | None] = fk("offices.id", nullable=True)
    language: Mapped[str] = mapped_column(String(5), default="fr")
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    must_change_password: Mapped[bool] = mapped_column(default=False)
    # How the person's title is written in French: f Conseillère, m Conseiller, x both.
    title_form: Mapped[str] = mapped_column(String(1), default="x", server_default="x")
    # Designated person in charge of personal information: Vie privée, whatever the role.
    privacy_officer: Mapped[bool] = mapped_column(default=False, server_default="0")


class Setting(Record):
    """A named setting, optionally dated (e.g. the Objectif Intégration allowance)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), index=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    effective_from: Mapped[date | None] = mapped_column(Date)


class SignInThrottle(Base):
    """Failed sign-ins per user name, known or not (so a lockout says nothing about whether
    the name exists). Local security state of this database: not a record to exchange."""

    __tablename__ = "sign_in_throttle"

    username: Mapped[str] = mapped_column(String(60), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
