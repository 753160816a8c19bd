"""The import batches, and undoing one: within a set time, every record it made is
tombstoned and every file it completed gets its empty fields back — unless later work
depends on one of them (an appointment booked, a service given, a referral to an imported
partner, the record changed since), which is named and stops the undo."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import timedelta
from typing import Any

from sqlalchemy import and_
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import NotFound
from cjeapp.core.groups.activities import update_completion
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import ActivitySession
from cjeapp.core.models import Attendance
from cjeapp.core.models import Base
from cjeapp.core.models import Client
from cjeapp.core.models import ImportBatch
from cjeapp.core.models import ImportRecord
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
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


MAIN_ENTITY = {"people": "clients", "services": "service_records",
               "attendance": "attendance", "partners": "partners"}


@dataclass(frozen=True)
class _Record:
    entity: str
    id: str
    action: str  # created, merged, linked, revived
    before: dict[str, Any]


def _changed_since(session: Session, records: list[_Record]) -> list[_Record]:
    """The batch's records someone changed or deleted after the import."""
    changed: list[_Record] = []
    by_entity: dict[str, dict[str, _Record]] = {}
    for record in records:
        if record.action != "linked":
            by_entity.setdefault(record.entity, {})[record.id] = record
    for entity, wanted in by_entity.items():
        table = Base.metadata.tables[entity]
        for ident, version, deleted in session.execute(
                select(table.c.id, table.c.version, table.c.deleted_at)
                .where(table.c.id.in_(list(wanted)))):
            record = wanted[ident]
            expected = record.before.get("version", 1 if record.action == "created" else None)
            if deleted is not None or version != expected:
                changed.append(record)
    return changed


def _later_work(session: Session, records: list[_Record], since: datetime) -> list[_Record]:
    """The batch's records that live records made since the import refer to (an
    appointment for an imported person, a referral to an imported partner)."""
    ours = {record.id for record in records}
    found: list[_Record] = []
    by_entity: dict[str, dict[str, _Record]] = {}
    for record in records:
        if record.action != "linked":
            by_entity.setdefault(record.entity, {})[record.id] = record
    for entity, wanted in by_entity.items():
        for table in Base.metadata.sorted_tables:
            for key in table.foreign_keys:
                if key.column.table.name != entity or table.name == "client_search":
                    continue
                column = key.parent
                condition = and_(column.in_(list(wanted)), table.c.id.not_in(ours),
                                 table.c.created_at >= since)
                deleted = table.c.get("deleted_at")
                if deleted is not None:
                    condition = and_(condition, deleted.is_(None))
                for (ident,) in session.execute(select(column).where(condition).distinct()):
                    found.append(wanted[str(ident)])
    return found


def _described(session: Session, record: _Record) -> str:
    """Who or what a record is about, for the sentence that refuses the undo."""
    table = Base.metadata.tables[record.entity]
    client_id = record.id if record.entity == "clients" else None
    if client_id is None and "client_id" in table.c:
        client_id = session.scalar(select(table.c.client_id).where(table.c.id == record.id))
    if client_id is not None:
        person = session.get(Client, client_id)
        if person is not None:
            return f"{person.first_name} {person.last_name}"
    if "name" in table.c:
        return str(session.scalar(select(table.c.name).where(table.c.id == record.id)))
    return record.id


def _typed(column: Any, value: Any) -> Any:
    """A value kept as JSON, back to its column's type (dates were written as text)."""
    if isinstance(value, str) and column.type.python_type is date:
        return date.fromisoformat(value)
    return value


def undo_batch(db: Database, actor: Actor, batch_id: str) -> int:
    """Tombstone what the batch made, put back what it completed; returns how many rows
    of its kind it undoes (people, services, attendance or partners)."""
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
        records = [_Record(entity, ident, action, json.loads(before) if before else {})
                   for entity, ident, action, before in uow.session.execute(
                       select(ImportRecord.entity, ImportRecord.record_id, ImportRecord.action,
                              ImportRecord.before_values)
                       .where(ImportRecord.batch_id == batch_id)
                       .order_by(ImportRecord.source_row))]
        blocked = {(record.entity, record.id): record for record in (
            *_changed_since(uow.session, records),
            *_later_work(uow.session, records, batch.created_at))}
        if blocked:
            first = _described(uow.session, next(iter(blocked.values())))
            raise UndoRefused(msg(N_(
                "{count} records of this import have been worked on or used since (the "
                "first: {name}). Undoing it would lose that work: nothing was undone."),
                count=len(blocked), name=first))
        now = clock.now()
        activities: set[str] = set()
        for record in reversed(records):  # a file completed twice: the first values last
            table = Base.metadata.tables[record.entity]
            if record.action in ("created", "revived"):
                uow.session.execute(table.update().where(table.c.id == record.id,
                                                         table.c.deleted_at.is_(None))
                                    .values(deleted_at=now, updated_by=actor.user_id,
                                            version=table.c.version + 1))
                uow.wrote(record.entity)  # plain SQL: told to the screens here
            elif record.action == "merged":
                client = uow.get(Client, record.id, what="client file")
                uow.change(client, {name: _typed(table.c[name], value)
                                    for name, value in record.before["fields"].items()})
            if record.entity == "enrolments":
                activities.add(str(uow.session.scalar(
                    select(table.c.activity_id).where(table.c.id == record.id))))
            elif record.entity == "attendance":
                activities.add(str(uow.session.scalar(
                    select(ActivitySession.activity_id).join(
                        Attendance, Attendance.session_id == ActivitySession.id)
                    .where(Attendance.id == record.id))))
        uow.session.expire_all()
        for activity_id in sorted(activities):
            update_completion(uow, activity_id)
        batch.undone_at = now
        main = MAIN_ENTITY.get(batch.kind, "clients")
        undone = sum(1 for record in records
                     if record.entity == main and record.action != "linked")
        uow.audit("undo_import", "import_batches", batch.id,
                  {"kind": batch.kind, "undone": undone, "records": len(records)})
        return undone
