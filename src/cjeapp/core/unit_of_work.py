"""One transaction per use case: changes and their audit entries commit together."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC
from datetime import date
from datetime import datetime
from decimal import Decimal
from typing import Any
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy import inspect
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from cjeapp.core import clock
from cjeapp.core.audit_chain import GENESIS
from cjeapp.core.audit_chain import details_digest
from cjeapp.core.audit_chain import entry_hash
from cjeapp.core.changes import Touched
from cjeapp.core.changes import tell
from cjeapp.core.db.database import Database
from cjeapp.core.db.locks import one_at_a_time
from cjeapp.core.errors import ConflictError
from cjeapp.core.errors import NotFound
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import AuditEntry
from cjeapp.core.models import Record
from cjeapp.core.models import new_id
from cjeapp.core.permissions import Actor

R = TypeVar("R", bound=Record)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


class UnitOfWork:
    """A session bound to the acting user, with audit helpers."""

    def __init__(self, session: Session, actor: Actor, *, server_writes: bool = False,
                 touched: Touched | None = None) -> None:
        self.session = session
        # What the work wrote, for the screens: rows written through the session are seen
        # at each flush; a write in plain SQL is told with ``wrote``.
        self.touched = touched or Touched()
        self.actor = actor
        # On a server with personal logins, the audit log, accounts and settings are
        # written by the server's own functions (``core.db.server_logins``).
        self.server_writes = server_writes
        self._tip: tuple[int, str, datetime] | None = None

    def _chain_tip(self) -> tuple[int, str, datetime]:
        """The last entry's position, hash and time (read once; then kept here)."""
        if self._tip is None:
            # Several seats write at once on the server: one chain, one writer of it at a
            # time (held to the end of this transaction).
            one_at_a_time(self.session, "audit chain")
            last = self.session.execute(
                select(AuditEntry.seq, AuditEntry.chain_hash, AuditEntry.at)
                .order_by(AuditEntry.seq.desc()).limit(1)).first()
            self._tip = ((last.seq, last.chain_hash, last.at) if last is not None
                         else (0, GENESIS, datetime.min.replace(tzinfo=UTC)))
        return self._tip

    def audit(self, action: str, entity: str, entity_id: str | None,
              details: dict[str, Any] | None = None) -> None:
        if self.server_writes:
            self._audit_by_server(action, entity, entity_id, details)
            return
        seq, previous, previous_at = self._chain_tip()
        # Never dated before the entry it follows, even when the PC's clock went back.
        at = max(clock.now(), previous_at)
        written = (json.dumps(details, ensure_ascii=False, sort_keys=True, default=_jsonable)
                   if details else None)
        entry = AuditEntry(id=new_id(), seq=seq + 1, at=at, user_id=self.actor.user_id,
                           action=action, entity=entity, entity_id=entity_id, details=written,
                           details_sha256=details_digest(written), prev_hash=previous)
        entry.chain_hash = entry_hash(previous, entry.seq, entry.id, at, entry.user_id,
                                      action, entity, entity_id, written)
        self.session.add(entry)
        self._tip = (entry.seq, entry.chain_hash, at)

    def _audit_by_server(self, action: str, entity: str, entity_id: str | None,
                         details: dict[str, Any] | None) -> None:
        """The server writes the entry: its position, time, author and hash are its own."""
        written = (json.dumps(details, ensure_ascii=False, sort_keys=True, default=_jsonable)
                   if details else None)
        self.session.flush()
        self.session.execute(text(
            "SELECT cjeapp_server.audit(:id, :action, :entity, :entity_id, :details, :user)"),
            {"id": new_id(), "action": action, "entity": entity, "entity_id": entity_id,
             "details": written, "user": self.actor.user_id})

    def wrote(self, table: str, client_id: str | None = None) -> None:
        """Say that rows of ``table`` were written in plain SQL (for whom, when one)."""
        self.touched.note(table, client_id)

    def chain_head(self) -> tuple[int, str] | None:
        """The audit chain's last position and hash, this transaction's entries included
        (what an exchange file or a funder package carries as an anchor)."""
        self.session.flush()
        if self.server_writes:
            row = self.session.execute(text(
                "SELECT seq, chain_hash FROM cjeapp_server.chain_head()")).first()
        else:
            row = self.session.execute(select(AuditEntry.seq, AuditEntry.chain_hash)
                                       .order_by(AuditEntry.seq.desc()).limit(1)).first()
        return None if row is None else (int(row[0]), str(row[1]))

    def add(self, record: R) -> R:
        record.updated_by = self.actor.user_id
        self.session.add(record)
        self.session.flush()
        self.audit("create", record.__tablename__, record.id)
        return record

    def change(self, record: R, changes: dict[str, Any], expected_version: int | None = None) -> R:
        """Apply ``changes`` (attribute -> value); refuse if the record moved meanwhile."""
        if expected_version is not None and record.version != expected_version:
            raise ConflictError(msg(N_(
                "This file was changed by someone else since you opened it. "
                "Reopen it to see their changes, then make yours again.")))
        diff: dict[str, Any] = {}
        for name, value in changes.items():
            old = getattr(record, name)
            if old != value:
                diff[name] = {"old": _jsonable(old), "new": _jsonable(value)}
                setattr(record, name, value)
        if diff:
            record.updated_by = self.actor.user_id
            record.updated_at = clock.now()
            self.session.flush()
            self.audit("update", record.__tablename__, record.id, diff)
        return record

    def soft_delete(self, record: Record) -> None:
        record.deleted_at = clock.now()
        record.updated_by = self.actor.user_id
        self.session.flush()
        self.audit("delete", record.__tablename__, record.id)

    def get(self, model: type[R], ident: str, *, what: str) -> R:
        record = self.session.get(model, ident)
        if record is None or record.deleted_at is not None:
            raise NotFound(what, ident)
        return record


@contextmanager
def unit_of_work(db: Database, actor: Actor) -> Iterator[UnitOfWork]:
    """Everything inside commits together, or nothing does."""
    touched = Touched()
    try:
        with db.session() as session:
            event.listen(session, "after_flush", touched.after_flush)
            yield UnitOfWork(session, actor, server_writes=db.personal_logins,
                             touched=touched)
    except StaleDataError as exc:
        raise ConflictError(msg(N_(
            "This file was changed by someone else since you opened it. "
            "Reopen it to see their changes, then make yours again."))) from exc
    tell(db.change_listeners, touched.changes())  # committed: the screens may read it


def column_names(model: type[Record]) -> set[str]:
    return {column.key for column in inspect(model).column_attrs}
