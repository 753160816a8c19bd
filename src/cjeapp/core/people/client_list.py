"""The whole list of people, read page by page in French order (keyset pagination)."""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import tuple_

from cjeapp.core.db.database import Database
from cjeapp.core.models import Client
from cjeapp.core.models import User
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.search.finder import ClientHit

PAGE = 256


def count_clients(db: Database, actor: Actor) -> int:
    actor.require(Permission.CLIENT_READ)
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Client)
                                  .where(Client.deleted_at.is_(None))) or 0)


def client_page(db: Database, actor: Actor, after: tuple[str, str] | None = None,
                limit: int = PAGE) -> tuple[list[ClientHit], tuple[str, str] | None]:
    """Up to ``limit`` people after the (sort_key, id) cursor; returns the next cursor."""
    actor.require(Permission.CLIENT_READ)
    query = (select(Client.id, Client.first_name, Client.last_name, Client.other_names,
                    Client.birth_date, Client.municipality, User.full_name, Client.phone,
                    Client.mifi_client_number, Client.sort_key)
             .outerjoin(User, User.id == Client.assigned_counsellor_id)
             .where(Client.deleted_at.is_(None))
             .order_by(Client.sort_key, Client.id).limit(limit))
    if after is not None:
        query = query.where(tuple_(Client.sort_key, Client.id) > tuple_(*after))
    with db.read_session() as session:
        rows = session.execute(query).all()
    hits = [ClientHit(id=row[0], first_name=row[1], last_name=row[2], other_names=row[3],
                      birth_date=row[4], municipality=row[5], counsellor=row[6], phone=row[7],
                      mifi_client_number=row[8]) for row in rows]
    cursor = (rows[-1][9], rows[-1][0]) if len(rows) == limit else None
    return hits, cursor
