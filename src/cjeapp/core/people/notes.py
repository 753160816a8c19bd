"""Counsellors' confidential notes. Reception never reads them, and neither does anyone
whose role does not: their text is sealed under the case-notes key (``core.custody``),
which only those who read them hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from cjeapp.core.custody import grants
from cjeapp.core.custody import keeping
from cjeapp.core.custody import notes_text
from cjeapp.core.custody.held import Secret
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.models import Client
from cjeapp.core.models import ConfidentialNote
from cjeapp.core.models import KeyGrant
from cjeapp.core.models import User
from cjeapp.core.models import new_id
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator


@dataclass(frozen=True)
class Note:
    id: str
    created_at: datetime
    author_id: UserId | None
    # None: sealed with a key this person has not been given (yet).
    body: str | None
    # False: kept in clear, not sealed by the program (written before the notes were
    # sealed, on a laptop not yet upgraded, or outside the program): not to be taken for
    # a sealed note.
    sealed: bool = True


NO_KEY_YET = N_("You do not hold the case-notes key yet. A colleague who reads the notes "
                "passes it on to you the next time they sign in; sign in again after that.")


def add_note(db: Database, actor: Actor, client_id: ClientId, body: str) -> Note:
    actor.require(Permission.CONFIDENTIAL_WRITE)
    check = Validator()
    text = check.long_text("body", body, required=True)
    if text and notes_text.is_sealed(text):
        check.errors.append(FieldError("body", msg(N_(
            "A note cannot begin with the program's own marker; reword its beginning."))))
    check.raise_if_any()
    if not (text):
        raise Inconsistent("text")
    if actor.keys is None or actor.user_id is None:
        raise CjeError(msg(NO_KEY_YET))
    with unit_of_work(db, actor) as uow:
        uow.get(Client, client_id, what="client file")
        user = uow.get(User, actor.user_id, what="staff account")
        # Someone who held the newest key may have left since this person signed in.
        keeping.look_after(uow, user, actor.keys)
        newest = actor.keys.newest(Secret.NOTES)
        highest = max((grant.generation for grant in uow.session.scalars(select(KeyGrant).where(
            KeyGrant.secret == Secret.NOTES.value, KeyGrant.deleted_at.is_(None)))
            if grants.believed(grant, actor.keys)), default=None)
        if newest is None or (highest is not None and newest[1] < highest):
            raise CjeError(msg(NO_KEY_YET))
        note_id = new_id()
        note = uow.add(ConfidentialNote(
            id=note_id, client_id=client_id, author_id=actor.user_id,
            body=notes_text.seal(newest, note_id, client_id, text)))
        return Note(note.id, note.created_at, note.author_id, text)


def list_notes(db: Database, actor: Actor, client_id: ClientId) -> list[Note]:
    actor.require(Permission.CONFIDENTIAL_READ)
    with unit_of_work(db, actor) as uow:
        rows = list(uow.session.scalars(
            select(ConfidentialNote)
            .where(ConfidentialNote.client_id == client_id,
                   ConfidentialNote.deleted_at.is_(None))
            .order_by(ConfidentialNote.created_at.desc())))
        uow.audit("view", "confidential_notes", client_id, {"count": len(rows)})
        texts = [notes_text.open_note(actor.keys, row.id, row.client_id, row.body)
                 for row in rows]
        if actor.keys is not None and None in texts:
            keeping.refresh(uow.session, actor.keys)  # a key handed on since signing in
            texts = [text if text is not None else notes_text.open_note(
                actor.keys, row.id, row.client_id, row.body) for row, text in zip(
                rows, texts, strict=True)]
        return [Note(row.id, row.created_at, row.author_id, text,
                     notes_text.is_sealed(row.body))
                for row, text in zip(rows, texts, strict=True)]
