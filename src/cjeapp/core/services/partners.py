"""Partner organizations (the directory itself is edited in the case-work screens)."""

from __future__ import annotations

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.models import Partner
from cjeapp.core.services.permissions import Actor, Permission


def list_partners(db: Database, actor: Actor) -> list[Partner]:
    actor.require(Permission.CLIENT_READ)
    with db.read_session() as session:
        return list(session.scalars(select(Partner).where(Partner.deleted_at.is_(None))
                                    .order_by(Partner.name)))
