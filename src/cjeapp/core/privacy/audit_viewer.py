"""The audit viewer: who did what, to which record, when — browsed by person, staff member,
action and period, with the hash chain's verdict, and exported as a CSV whose cells a
spreadsheet cannot run. Reading the log is itself written to the log (AUDIT_READ)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from typing import Any

from sqlalchemy import Select
from sqlalchemy import func
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.audit_chain import ChainRow
from cjeapp.core.audit_chain import first_break
from cjeapp.core.db.database import Database
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import current_language
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.locale_format import format_moment
from cjeapp.core.models import AuditEntry
from cjeapp.core.models import User
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.privacy.audit_words import action_words
from cjeapp.core.privacy.audit_words import record_words
from cjeapp.core.privacy.field_words import details_in_words
from cjeapp.core.privacy.field_words import is_staff
from cjeapp.core.privacy.person_records import record_ids
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.writers.spreadsheets import safe_cell

LIMIT = 2000  # rows shown at once; the export takes the whole selection


@dataclass(frozen=True)
class AuditFilter:
    client_id: ClientId | None = None  # entries about this person's file and its records
    user_id: UserId | None = None  # entries by this staff member
    action: str | None = None  # create, update, delete, view, print, export, sign_in…
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    who: str  # the staff member's name, or « cjeapp » for the program itself
    action: str
    entity: str
    entity_id: str | None
    details: str


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int  # entries matching the filter (rows holds at most LIMIT, newest first)


def _check(which: AuditFilter) -> None:
    if which.since and which.until and which.until < which.since:
        raise ValidationError([FieldError("until", msg(N_(
            "The end of the period comes before its start.")))])


def _query(which: AuditFilter) -> Select[Any]:
    query = select(AuditEntry)
    if which.client_id:
        ids = record_ids(which.client_id)
        # Entries about a record of the person, and reads of the person's file whose details
        # name them (a preview, a search hit opened).
        query = query.where(or_(AuditEntry.entity_id.in_(ids),
                                AuditEntry.details.contains(f'"{which.client_id}"')))
    if which.user_id:
        query = query.where(AuditEntry.user_id == which.user_id)
    if which.action:
        query = query.where(AuditEntry.action == which.action)
    if which.since:
        query = query.where(AuditEntry.at >= _start_of(which.since))
    if which.until:
        query = query.where(AuditEntry.at < _start_of(which.until + timedelta(days=1)))
    return query


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=clock.LOCAL_ZONE)


def browse(db: Database, actor: Actor, which: AuditFilter | None = None) -> AuditPage:
    """The newest matching entries (at most LIMIT) and how many match in all."""
    actor.require(Permission.AUDIT_READ)
    which = which or AuditFilter()
    _check(which)
    query = _query(which)
    with unit_of_work(db, actor) as uow:
        session = uow.session
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        entries = list(session.scalars(query.order_by(AuditEntry.seq.desc()).limit(LIMIT)))
        names = _names(session, _people_in(entries)) | _setting_keys(session, entries)
        uow.audit("view", "audit_log", None, _described(which, total))
    return AuditPage([_row(entry, names) for entry in entries], total)


def changes_after(db: Database, actor: Actor, client_id: ClientId,
                  record_id: str) -> list[AuditRow]:
    """What was created, changed or deleted in the person's file after the record
    ``record_id`` was written (by the log's order, which no clock can disturb), oldest
    first: for the person in charge answering a rectification request."""
    actor.require(Permission.PRIVACY_ADMIN)
    written = select(func.min(AuditEntry.seq)).where(AuditEntry.entity_id == record_id,
                                                     AuditEntry.action == "create")
    query = _query(AuditFilter(client_id=client_id)).where(
        AuditEntry.seq > written.scalar_subquery(),
        AuditEntry.action.in_(("create", "update", "delete")),
        AuditEntry.entity != "privacy_requests")
    with db.read_session() as session:
        found = list(session.scalars(query.order_by(AuditEntry.seq).limit(LIMIT)))
        names = _names(session, _people_in(found)) | _setting_keys(session, found)
    return [_row(entry, names) for entry in found]


def actions(db: Database, actor: Actor) -> list[str]:
    """The kinds of action the log holds, for the viewer's filter."""
    actor.require(Permission.AUDIT_READ)
    with db.read_session() as session:
        return sorted(session.scalars(select(AuditEntry.action).distinct()))


def _described(which: AuditFilter, total: int) -> dict[str, object]:
    return {"client_id": which.client_id, "user_id": which.user_id, "action": which.action,
            "since": which.since, "until": which.until, "matching": total}


def _names(session: Session, user_ids: set[str | None]) -> dict[str, str]:
    wanted = [ident for ident in user_ids if ident]
    if not wanted:
        return {}
    return {ident: name for ident, name in session.execute(
        select(User.id, User.full_name).where(User.id.in_(wanted)))}


def _setting_keys(session: Session, entries: list[AuditEntry]) -> dict[str, str]:
    """The keys of the settings the entries are about, by the setting's id (an entry
    about a setting names it: « Setting: Years a file is kept… »)."""
    from cjeapp.core.models import Setting

    wanted = [entry.entity_id for entry in entries
              if entry.entity == "settings" and entry.entity_id]
    if not wanted:
        return {}
    return {SETTING_KEY + str(ident): key for ident, key in session.execute(
        select(Setting.id, Setting.key).where(Setting.id.in_(wanted)))}


SETTING_KEY = "setting:"  # in the names given to _row: a setting's key by its id


def _row(entry: AuditEntry, names: dict[str, str], language: str | None = None) -> AuditRow:
    program = gettext(N_("the program"), language)  # its own entries: a backup, a check
    who = names.get(entry.user_id or "", program) if entry.user_id else program
    text = entry.details
    key = names.get(SETTING_KEY + str(entry.entity_id)) if entry.entity == "settings" else None
    if key is not None:
        text = json.dumps({"key": key, **(_parsed(text) or {})})
    return AuditRow(entry.seq, entry.at, who, entry.action, entry.entity, entry.entity_id,
                    _details(entry.entity, text, names, language))


def _details(table: str, text: str | None, names: dict[str, str],
             language: str | None = None) -> str:
    """The entry's details in words (captions, values as a person reads them)."""
    value = _parsed(text)
    if value is None:
        return text or ""
    return details_in_words(table, value, language or current_language(), names)


def _parsed(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _people_in(entries: list[AuditEntry]) -> set[str | None]:
    """The authors of the entries, and the staff their details name."""
    found: set[str | None] = {entry.user_id for entry in entries}
    for entry in entries:
        for key, item in (_parsed(entry.details) or {}).items():
            if is_staff(entry.entity, key):
                values = [item.get("old"), item.get("new")] if isinstance(item, dict) \
                    else [item]
                found.update(str(v) for v in values if isinstance(v, str))
    return found


def chain_verdict(db: Database, actor: Actor,
                  cancelled: Callable[[], bool] | None = None) -> Message:
    """Whether the whole log still holds together: the first edited, removed, inserted or
    back-dated entry, or a sentence saying it is intact and how many entries it has."""
    actor.require(Permission.AUDIT_READ)
    count = 0
    with db.read_session() as session:
        def rows() -> Iterator[ChainRow]:
            nonlocal count
            for entry in session.execute(select(
                    AuditEntry.seq, AuditEntry.id, AuditEntry.at, AuditEntry.user_id,
                    AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
                    AuditEntry.details, AuditEntry.prev_hash, AuditEntry.chain_hash,
                    AuditEntry.details_sha256)
                    .order_by(AuditEntry.seq)).yield_per(5000):
                if cancelled and count % 5000 == 0 and cancelled():
                    raise Cancelled()
                count += 1
                yield ChainRow(*entry)

        broken = first_break(rows())
    if broken is not None:
        return broken
    return msg(INTACT, count=count)


INTACT = N_("The audit log is intact: its {count} entries follow one another, none was "
            "changed, removed or back-dated.")


COLUMNS = (N_("Entry"), N_("Date and time"), N_("Staff member"), N_("Action"),
           N_("Record kind"), N_("Record"), N_("Details"))


def export_csv(db: Database, actor: Actor, which: AuditFilter | None = None,
               language: str | None = None) -> bytes:
    """Every entry of the selection, oldest first, as CSV (UTF-8 with a byte-order mark)
    in the reader's language (the current one unless told): the moment, the action and
    the kind of record in words, the details as sentences; a cell that begins like a
    formula is kept as text. The export is audited."""
    actor.require(Permission.AUDIT_READ)
    language = language or current_language()
    which = which or AuditFilter()
    _check(which)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([gettext(column, language) for column in COLUMNS])
    with unit_of_work(db, actor) as uow:
        entries = list(uow.session.scalars(_query(which).order_by(AuditEntry.seq)))
        names = _names(uow.session, _people_in(entries)) | _setting_keys(uow.session, entries)
        for entry in entries:
            row = _row(entry, names, language)
            writer.writerow([row.seq, format_moment(row.at, language), *(
                safe_cell(value) for value in (
                    row.who, action_words(row.action, language),
                    record_words(row.entity, language), row.entity_id or "", row.details))])
        uow.audit("export", "audit_log", None, _described(which, len(entries)))
    return buffer.getvalue().encode("utf-8-sig")
