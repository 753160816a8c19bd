"""Attestations for every participant who completed an activity, by the hundred: one PDF to
print and one file per person. Nothing is registered until the whole batch is made, so a
cancelled batch leaves nothing half-issued."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.documents.issuing import IssuedPdf
from cjeapp.core.documents.issuing import letterhead
from cjeapp.core.documents.issuing import participation_draft
from cjeapp.core.documents.issuing import register_draft
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import CjeError
from cjeapp.core.groups import activities
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.locale_format import format_date
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work


@dataclass(frozen=True)
class Batch:
    documents: list[IssuedPdf]
    combined: bytes


def merge(pdfs: list[bytes]) -> bytes:
    """One PDF of all the pages, to print in one go (pypdfium2)."""
    import pypdfium2

    merged = pypdfium2.PdfDocument.new()
    try:
        for data in pdfs:
            source = pypdfium2.PdfDocument(data)
            try:
                merged.import_pages(source)
            finally:
                source.close()
        buffer = io.BytesIO()
        merged.save(buffer)
        return buffer.getvalue()
    finally:
        merged.close()


def participation_batch(db: Database, actor: Actor, activity_id: str, *,
                        language: str | None = None,
                        on_progress: Callable[[int, int], None] | None = None,
                        cancelled: Callable[[], bool] | None = None,
                        deliver: Callable[[Batch], None] | None = None) -> Batch:
    """Attestations for those who completed the activity. Raises Cancelled when stopped.
    ``deliver`` (writing the files) runs before the register is committed: when it fails,
    no attestation is registered."""
    actor.require(Permission.DOCUMENT_ISSUE)
    _require_ended(db, actor, activity_id)
    people = [p for p in activities.participants(db, actor, activity_id)
              if p.status == "enrolled" and p.completed]
    drafts = []
    for person in people:
        if cancelled and cancelled():
            raise Cancelled()
        drafts.append(participation_draft(db, actor, person.client_id, activity_id, language))
    issued: list[IssuedPdf] = []
    with unit_of_work(db, actor) as uow:
        heads = {lang: letterhead(uow.session, lang) for lang in {d.language for d in drafts}}
        for index, draft in enumerate(drafts, start=1):
            if cancelled and cancelled():
                raise Cancelled()  # leaves the transaction: nothing is registered
            issued.append(register_draft(uow, draft, heads[draft.language]))
            if on_progress:
                on_progress(index, len(drafts))
        batch = Batch(issued, merge([item.pdf for item in issued]) if issued else b"")
        if deliver is not None:
            deliver(batch)
    return batch


def _require_ended(db: Database, actor: Actor, activity_id: str) -> None:
    """The group's attestations say who completed the activity: only once it has ended."""
    sittings = activities.sessions_of(db, actor, activity_id)
    if not sittings:
        raise CjeError(msg(N_("This activity has no session: there is nothing to attest.")))
    last = sittings[-1]
    if last.starts_at > clock.now():
        raise CjeError(msg(N_(
            "The activity has sessions still to come (the last on {day}): the group's "
            "attestations are made once it has ended."),
            day=format_date(last.starts_at.astimezone(clock.LOCAL_ZONE).date(), style="long")))


def batch_count(db: Database, actor: Actor, activity_id: str) -> int:
    actor.require(Permission.DOCUMENT_ISSUE)
    return sum(1 for p in activities.participants(db, actor, activity_id)
               if p.status == "enrolled" and p.completed)


