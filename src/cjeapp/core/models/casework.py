"""Needs assessments, action plans, services, partners and referrals."""

from __future__ import annotations

from datetime import date
from datetime import datetime

from sqlalchemy import Date
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


class NeedsAssessment(Record):
    __tablename__ = "needs_assessments"

    client_id: Mapped[ClientId] = fk("clients.id")
    household_id: Mapped[str | None] = fk("households.id", nullable=True)
    counsellor_id: Mapped[UserId | None] = fk("users.id", nullable=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    source_text: Mapped[str | None] = mapped_column(Text)  # e.g. a pasted MIFI referral e-mail
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    notes: Mapped[str | None] = mapped_column(Text)


class Need(Record):
    __tablename__ = "needs"

    assessment_id: Mapped[str] = fk("needs_assessments.id")
    need_code: Mapped[str] = mapped_column(String(40))  # code list: needs
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    notes: Mapped[str | None] = mapped_column(Text)


class ActionPlan(Record):
    """The individualized action plan; revisions are kept in PlanChange."""

    __tablename__ = "action_plans"

    client_id: Mapped[ClientId] = fk("clients.id")
    counsellor_id: Mapped[UserId | None] = fk("users.id", nullable=True)
    assessment_id: Mapped[str | None] = fk("needs_assessments.id", nullable=True)
    started_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")  # active, closed
    revision: Mapped[int] = mapped_column(default=1)


class PlanItem(Record):
    __tablename__ = "plan_items"
    __table_args__ = (Index("ix_plan_items_board", "next_follow_up", "status", "plan_id",
                            "deleted_at"),
                      # The open ones by next follow-up, for Today (migration 0025).
                      Index("ix_plan_items_open", "status", "next_follow_up"))

    plan_id: Mapped[str] = fk("action_plans.id")
    need_id: Mapped[str | None] = fk("needs.id", nullable=True)
    area: Mapped[str] = mapped_column(String(20))  # code list: plan_areas
    goal: Mapped[str] = mapped_column(Text)
    actions: Mapped[str | None] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(String(200))
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    abandon_reason: Mapped[str | None] = mapped_column(Text)
    next_follow_up: Mapped[date | None] = mapped_column(Date)


class PlanChange(Record):
    """One change to a plan: who, when, what (and the reason of a revision)."""

    __tablename__ = "plan_changes"

    plan_id: Mapped[str] = fk("action_plans.id")
    item_id: Mapped[str | None] = fk("plan_items.id", nullable=True)
    changed_by: Mapped[UserId | None] = fk("users.id", nullable=True)
    description: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)


class Partner(Record):
    __tablename__ = "partners"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))  # code list: partner_kinds
    contact_person: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    offers: Mapped[str | None] = mapped_column(Text)


class ServiceRecord(Record):
    __tablename__ = "service_records"
    # The board reads a year from this index alone (migration 0024).
    __table_args__ = (Index("ix_service_records_board", "delivered_on", "client_id", "volet",
                            "staff_id", "duration_minutes", "deleted_at"),)

    client_id: Mapped[ClientId] = fk("clients.id")
    service_type: Mapped[str] = mapped_column(String(40))  # code list: service_types
    volet: Mapped[str] = mapped_column(String(4))  # PASI volet at the time of service
    delivered_on: Mapped[date] = mapped_column(Date, index=True)
    duration_minutes: Mapped[int] = mapped_column()
    staff_id: Mapped[UserId | None] = fk("users.id", nullable=True)
    mode: Mapped[str] = mapped_column(String(12), default="individual")  # individual, group
    language: Mapped[str] = mapped_column(String(12), default="fr")
    plan_item_id: Mapped[str | None] = fk("plan_items.id", nullable=True)
    session_id: Mapped[str | None] = fk("activity_sessions.id", nullable=True)
    notes: Mapped[str | None] = mapped_column(Text)


class Referral(Record):
    __tablename__ = "referrals"

    client_id: Mapped[ClientId] = fk("clients.id")
    partner_id: Mapped[str] = fk("partners.id")
    reason: Mapped[str] = mapped_column(Text)
    referred_on: Mapped[date] = mapped_column(Date)
    expected_answer_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(20), default="pending")
    outcome_on: Mapped[date | None] = mapped_column(Date)
    plan_item_id: Mapped[str | None] = fk("plan_items.id", nullable=True)
