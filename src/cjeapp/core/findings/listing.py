"""The findings of the open database, with the person each one is about, for the screen
« Points à régler »; and whether a double booking or a capacity is still a finding (the
exchange closes the conflicts whose finding a decision resolved)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from cjeapp.core.db.database import Database
from cjeapp.core.db.findings import Finding
from cjeapp.core.db.findings import business_findings
from cjeapp.core.models import Client
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission


@dataclass(frozen=True)
class FindingRow:
    finding: Finding
    person: str  # the person's name, "" when the record is no one's


def list_findings(db: Database, actor: Actor) -> list[FindingRow]:
    """Every business finding, double bookings first (everyone who reads files sees them:
    reception moves appointments too)."""
    actor.require(Permission.CLIENT_READ)
    with db.read_session() as session:
        connection = session.connection()
        found = business_findings(lambda sql: connection.execute(text(sql)).all())
        ids = {item.client_id for item in found if item.client_id}
        names = {str(ident): f"{first} {last}".strip() for ident, first, last in
                 session.execute(Client.__table__.select().with_only_columns(
                     Client.id, Client.first_name, Client.last_name)
                     .where(Client.id.in_(list(ids))))} if ids else {}
    return [FindingRow(item, names.get(item.client_id or "", "")) for item in found]
