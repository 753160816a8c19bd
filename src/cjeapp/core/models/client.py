"""People served, their households, languages, consents and confidential notes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date
from sqlalchemy import Index
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.models.base import Record
from cjeapp.core.models.base import fk
from cjeapp.core.models.base import new_id


class Household(Record):
    __tablename__ = "households"

    label: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    municipality: Mapped[str | None] = mapped_column(String(120))
    region_code: Mapped[str | None] = mapped_column(String(2))


class Client(Record):
    """A person served. Names are free Unicode text in any script.

    ``sort_key`` (French order, see ``search.normalize``) is set by the services; the FTS5
    table ``client_search`` is kept in step by triggers (migration 0002).
    """

    __tablename__ = "clients"

    id: Mapped[ClientId] = mapped_column(String(36), primary_key=True, default=new_id)
    __table_args__ = (Index("ix_clients_sort_key", "sort_key", "id"),
                      # The board's people served, counted from this index alone.
                      Index("ix_clients_board", "id", "first_contact_on", "created_at",
                            "assigned_counsellor_id", "office_id", "deleted_at"))

    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200))
    other_names: Mapped[str | None] = mapped_column(String(400))  # e.g. name in Arabic script
    birth_date: Mapped[date | None] = mapped_column(Date, index=True)
    sex: Mapped[str | None] = mapped_column(String(1))  # F, M, X
    gender: Mapped[str | None] = mapped_column(String(80))
    country_of_birth: Mapped[str | None] = mapped_column(String(2))
    citizenship: Mapped[str | None] = mapped_column(String(2))
    preferred_language: Mapped[str] = mapped_column(String(5), default="fr")  # documents
    french_level: Mapped[str | None] = mapped_column(String(20))
    immigration_category: Mapped[str | None] = mapped_column(String(40))
    immigration_status: Mapped[str | None] = mapped_column(String(40))
    arrival_date: Mapped[date | None] = mapped_column(Date, index=True)  # migration 0025
    mifi_client_number: Mapped[str | None] = mapped_column(String(20), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    phone_digits: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    municipality: Mapped[str | None] = mapped_column(String(120))
    region_code: Mapped[str | None] = mapped_column(String(2))
    household_id: Mapped[str | None] = fk("households.id", nullable=True)
    assigned_counsellor_id: Mapped[UserId | None] = fk("users.id", nullable=True)
    office_id: Mapped[str | None] = fk("offices.id", nullable=True)
    has_sin: Mapped[bool] = mapped_column(default=False)
    has_ramq_card: Mapped[bool] = mapped_column(default=False)
    has_drivers_licence: Mapped[bool] = mapped_column(default=False)
    has_bank_account: Mapped[bool] = mapped_column(default=False)
    first_contact_on: Mapped[date | None] = mapped_column(Date)
    sort_key: Mapped[str] = mapped_column(String(420), default="", server_default="")
    # Why the funder's information (sex, country of birth, region) was left for later.
    intake_gaps_reason: Mapped[str | None] = mapped_column(String(300))
    # Destroyed at the end of its retention: identity erased, statistics kept (Law 25).
    destroyed_on: Mapped[date | None] = mapped_column(Date)
    interpreter_needed: Mapped[bool] = mapped_column(default=False, server_default="0")
    interpreter_language: Mapped[str | None] = mapped_column(String(12))  # ISO 639


class ClientLanguage(Record):
    __tablename__ = "client_languages"

    client_id: Mapped[ClientId] = fk("clients.id")
    language_code: Mapped[str] = mapped_column(String(12))
    is_mother_tongue: Mapped[bool] = mapped_column(default=False)


class HouseholdMember(Record):
    """Someone in a household: a client, or a dependant (e.g. a child) with no file."""

    __tablename__ = "household_members"

    household_id: Mapped[str] = fk("households.id")
    client_id: Mapped[ClientId | None] = fk("clients.id", nullable=True)
    first_name: Mapped[str | None] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(200))
    birth_date: Mapped[date | None] = mapped_column(Date)
    relationship: Mapped[str] = mapped_column(String(30))  # code list: relationships
    school_need: Mapped[str | None] = mapped_column(String(30))  # code list: school_needs
    school_name: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class Consent(Record):
    """Consent per purpose (Law 25): service, referral to a named partner, funder, research."""

    __tablename__ = "consents"

    client_id: Mapped[ClientId] = fk("clients.id")
    purpose: Mapped[str] = mapped_column(String(30))  # code list: consent_purposes
    partner_id: Mapped[str | None] = fk("partners.id", nullable=True)
    given_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[UserId | None] = fk("users.id", nullable=True)
    method: Mapped[str] = mapped_column(String(20))  # written, verbal, electronic
    language: Mapped[str] = mapped_column(String(5), default="fr")
    expires_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_by: Mapped[UserId | None] = mapped_column(String(36))  # who recorded it

    def is_valid_on(self, day: date) -> bool:
        if self.deleted_at is not None or self.given_on > day:
            return False
        if self.withdrawn_on is not None and self.withdrawn_on <= day:
            return False
        return self.expires_on is None or self.expires_on >= day


class ConfidentialNote(Record):
    """A counsellor's note. Reception never reads these."""

    __tablename__ = "confidential_notes"

    client_id: Mapped[ClientId] = fk("clients.id")
    author_id: Mapped[UserId | None] = fk("users.id", nullable=True)
    body: Mapped[str] = mapped_column(Text)
