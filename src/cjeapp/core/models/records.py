"""Issued documents, the audit log and the Law 25 confidentiality incident register."""

from __future__ import annotations

import uuid
from datetime import date
from datetime import datetime

from sqlalchemy import Date
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from cjeapp.core import clock
from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.models.base import Base
from cjeapp.core.models.base import Record
from cjeapp.core.models.base import UTCDateTime
from cjeapp.core.models.base import fk


class IssuedDocument(Record):
    """The register of printed attestations and letters. Revoked documents stay listed."""

    __tablename__ = "issued_documents"

    number: Mapped[str] = mapped_column(String(30), unique=True)
    verification_code: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(30))  # code list: document_kinds
    client_id: Mapped[ClientId | None] = fk("clients.id", nullable=True)
    activity_id: Mapped[str | None] = fk("activities.id", nullable=True)
    partner_id: Mapped[str | None] = fk("partners.id", nullable=True)
    language: Mapped[str] = mapped_column(String(5))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[UserId | None] = fk("users.id", nullable=True)
    sha256: Mapped[str] = mapped_column(String(64))
    copy_of_id: Mapped[str | None] = fk("issued_documents.id", nullable=True)
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_by: Mapped[UserId | None] = fk("users.id", nullable=True)
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str | None] = mapped_column(Text)  # JSON of what was printed (reprints)


class AuditEntry(Base):
    """Append-only: who did what to which record, when. Written in the same transaction.
    A hash chain (``seq``, ``prev_hash``, ``chain_hash``; see ``core.audit_chain``) makes a
    change after the fact visible; triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    chain_hash: Mapped[str] = mapped_column(String(64))

    id: Mapped[str] = mapped_column(String(36), primary_key=True,
                                    default=lambda: str(uuid.uuid4()))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=clock.now, index=True)
    user_id: Mapped[str | None] = mapped_column(String(36), index=True)
    # create, update, delete, view, print, export, sign_in, ...
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(36), index=True)
    details: Mapped[str | None] = mapped_column(Text)  # JSON; erased when a file is destroyed
    details_sha256: Mapped[str | None] = mapped_column(String(64))  # what the chain covers


class FunderPackage(Record):
    """Every package sent to the funder: its period, profile and sequence number (1 for the
    first package of a period, then 2, 3... for corrected ones) and the manifest's hash."""

    __tablename__ = "funder_packages"

    profile: Mapped[str] = mapped_column(String(80))  # "name version"
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    sequence: Mapped[int] = mapped_column()
    manifest_sha256: Mapped[str] = mapped_column(String(64))


class ConfidentialityIncident(Record):
    """Law 25 register of confidentiality incidents (kept at least five years)."""

    __tablename__ = "confidentiality_incidents"

    description: Mapped[str] = mapped_column(Text)
    circumstances: Mapped[str | None] = mapped_column(Text)
    occurred_on: Mapped[date | None] = mapped_column(Date)
    discovered_on: Mapped[date] = mapped_column(Date)
    persons_affected: Mapped[int | None] = mapped_column()
    personal_information: Mapped[str | None] = mapped_column(Text)
    risk_assessment: Mapped[str | None] = mapped_column(Text)
    serious_injury_risk: Mapped[bool] = mapped_column(default=False)
    notices_sent: Mapped[str | None] = mapped_column(Text)
    measures_taken: Mapped[str | None] = mapped_column(Text)
    commission_notified_on: Mapped[date | None] = mapped_column(Date)
    persons_notified_on: Mapped[date | None] = mapped_column(Date)


class PrivacyRequest(Record):
    """A person's request under Law 25 (access, rectification, portability, withdrawal):
    answered within 30 days of its receipt (sections 27, 27.1 and 32 of the Act)."""

    __tablename__ = "privacy_requests"

    client_id: Mapped[ClientId] = fk("clients.id")
    kind: Mapped[str] = mapped_column(String(20))  # code list: privacy_request_kinds
    requester: Mapped[str | None] = mapped_column(String(200))  # when not the person
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    details: Mapped[str | None] = mapped_column(Text)
    answered_on: Mapped[date | None] = mapped_column(Date)
    answer: Mapped[str | None] = mapped_column(Text)
    # Why part of the file was not given (the Act's exceptions), as recorded at export.
    withheld_reason: Mapped[str | None] = mapped_column(Text)


class Destruction(Record):
    """The register of destructions: what kind of data, for how many people, when, by whom
    (``updated_by``), under which rule. Never the destroyed data."""

    __tablename__ = "destructions"

    destroyed_on: Mapped[date] = mapped_column(Date)
    rule: Mapped[str] = mapped_column(String(300))
    kinds: Mapped[str] = mapped_column(Text)
    persons: Mapped[int] = mapped_column()
