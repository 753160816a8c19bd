"""The organization and its offices (points of service)."""

from __future__ import annotations

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.models import Office, Organization


def organization_name(db: Database) -> str:
    with db.read_session() as session:
        name = session.scalar(select(Organization.name).where(Organization.deleted_at.is_(None))
                              .order_by(Organization.created_at))
        return name or ""


def list_offices(db: Database) -> list[Office]:
    with db.read_session() as session:
        return list(session.scalars(select(Office).where(Office.deleted_at.is_(None))
                                    .order_by(Office.is_point_of_service, Office.name)))
