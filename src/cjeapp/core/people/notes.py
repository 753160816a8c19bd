"""Counsellors' confidential notes. Reception never reads them."""

from __future__ import annotations

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.errors import Inconsistent
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import ConfidentialNote
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator


def add_note(db: Database, actor: Actor, client_id: ClientId, body: str) -> ConfidentialNote:
    actor.require(Permission.CONFIDENTIAL_WRITE)
    check = Validator()
    text = check.long_text("body", body, required=True)
    check.raise_if_any()
    if not (text):
        raise Inconsistent("text")
    with unit_of_work(db, actor) as uow:
        uow.get(Client, client_id, what="client file")
        return uow.add(ConfidentialNote(client_id=client_id, author_id=actor.user_id, body=text))


def list_notes(db: Database, actor: Actor, client_id: ClientId) -> list[ConfidentialNote]:
    actor.require(Permission.CONFIDENTIAL_READ)
    with unit_of_work(db, actor) as uow:
        notes = list(uow.session.scalars(
            select(ConfidentialNote)
            .where(ConfidentialNote.client_id == client_id,
                   ConfidentialNote.deleted_at.is_(None))
            .order_by(ConfidentialNote.created_at.desc())))
        uow.audit("view", "confidential_notes", client_id, {"count": len(notes)})
        return notes
