"""The import batches, and undoing one: within a set time, every record it made is
tombstoned — unless later work depends on one of them (an appointment booked, a service
given, the file changed since), which is named and stops the undo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError, NotFound
from cjeapp.core.i18n import N_, msg
from cjeapp.core.models import Base, Client, ImportBatch, ImportRecord
from cjeapp.core.permissions import Actor, Permission
from cjeapp.core.unit_of_work import unit_of_work

UNDO_WITHIN = timedelta(days=30)


class UndoRefused(CjeError):
    """The batch cannot be undone; the message says why."""


@dataclass(frozen=True)
class BatchRow:
    id: str
    kind: str
    source_name: str
    made_at: datetime
    made_by: str | None
    rows: int
    imported: int
    undone_at: datetime | None

    @property
    def undoable(self) -> bool:
        return self.undone_at is None and clock.now() - self.made_at <= UNDO_WITHIN


def list_batches(db: Database, actor: Actor) -> list[BatchRow]:
    """Newest first."""
    actor.require(Permission.DATA_IMPORT)
    from cjeapp.core.models import User

    with db.read_session() as session:
        rows = session.execute(select(ImportBatch, User.full_name)
                               .outerjoin(User, User.id == ImportBatch.updated_by)
                               .where(ImportBatch.deleted_at.is_(None))
                               .order_by(ImportBatch.created_at.desc()))
        return [BatchRow(batch.id, batch.kind, batch.source_name, batch.created_at, name,
                         batch.rows, batch.imported, batch.undone_at)
                for batch, name in rows]


def _later_work(session: Session, client_ids: list[str], batch_records: set[str]
                ) -> dict[str, list[str]]:
    """client id -> the tables holding live records about them made since the import."""
    found: dict[str, list[str]] = {}
    for table in Base.metadata.sorted_tables:
        column = table.c.get("client_id")
        if column is None or table.name in ("client_search",):
            continue
        deleted = table.c.get("deleted_at")
        condition = and_(column.in_(client_ids), table.c.id.not_in(batch_records)) \
            if batch_records else column.in_(client_ids)
        if deleted is not None:
            condition = and_(condition, deleted.is_(None))
        for (client_id,) in session.execute(select(column).where(condition).distinct()):
            found.setdefault(str(client_id), []).append(table.name)
    return found


def undo_batch(db: Database, actor: Actor, batch_id: str) -> int:
    """Tombstone what the batch made; returns how many people it removes."""
    actor.require(Permission.DATA_IMPORT)
    with unit_of_work(db, actor) as uow:
        batch = uow.session.get(ImportBatch, batch_id)
        if batch is None or batch.deleted_at is not None:
            raise NotFound("import batch", batch_id)
        if batch.undone_at is not None:
            raise UndoRefused(msg(N_("This import was already undone.")))
        if clock.now() - batch.created_at > UNDO_WITHIN:
            raise UndoRefused(msg(N_(
                "This import is more than {days} days old: it can no longer be undone as a "
                "whole. Delete the files one by one if they must go."),
                days=UNDO_WITHIN.days))
        records = list(uow.session.execute(select(ImportRecord.entity, ImportRecord.record_id)
                                           .where(ImportRecord.batch_id == batch_id)))
        made = {record_id for _entity, record_id in records}
        client_ids = [record_id for entity, record_id in records if entity == "clients"]
        people: dict[str, Client] = {client.id: client for client in uow.session.scalars(
            select(Client).where(Client.id.in_(client_ids)))}
        changed = [client for client in people.values()
                   if client.version > 1 or client.deleted_at is not None]
        later = _later_work(uow.session, client_ids, made)
        blocked = sorted({*later, *(client.id for client in changed)},
                         key=lambda ident: people[ident].sort_key if ident in people else "")
        if blocked:
            first = people.get(blocked[0])
            name = f"{first.first_name} {first.last_name}" if first else blocked[0]
            raise UndoRefused(msg(N_(
                "{count} people of this import have been worked on since (the first: "
                "{name}). Undoing it would lose that work: nothing was undone."),
                count=len(blocked), name=name))
        now = clock.now()
        for entity, record_id in records:
            table = Base.metadata.tables[entity]
            uow.session.execute(table.update().where(table.c.id == record_id,
                                                     table.c.deleted_at.is_(None))
                                .values(deleted_at=now, updated_by=actor.user_id,
                                        version=table.c.version + 1))
        batch.undone_at = now
        uow.audit("undo_import", "import_batches", batch.id,
                  {"people": len(client_ids), "records": len(records)})
        return len(client_ids)
