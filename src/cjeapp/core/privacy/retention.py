"""Retention and destruction (Law 25, section 23): a person's file is kept while it serves,
then destroyed — here, anonymized — once it has been inactive for the period the
organization set (7 years by default, Paramètres).

Destroying erases for good the person's names, contact details, MIFI number, the free text
of every record of theirs (notes, reasons, goals, answers, the words of their documents) and
the details of the audit entries about them (the audit chain covers their digest, so it
still holds); the file is tombstoned. What the funder's statistics need stays as a
de-identified row: sex, country of birth, immigration category, region, the year of birth
(reduced to 1 January or 31 December of it, so the age on 31 March — the end of MIFI's
fiscal year — and the age bands stay the same), the month of arrival, and the services,
dates and hours. Freed bytes are overwritten (secure_delete), the search index is merged,
the log emptied into the file and the file rebuilt (VACUUM), so neither the file nor its
log keeps the old words; backups made before keep them until they are rotated away.

A destruction register records what kind of data, for how many people, when, by whom and
under which rule — never the data."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.fields import Erase
from cjeapp.core.fields import field
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import Destruction
from cjeapp.core.models import PrivacyRequest
from cjeapp.core.models import Setting
from cjeapp.core.models.base import Base
from cjeapp.core.org import setting_writes
from cjeapp.core.org import settings
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.privacy.export_fields import SECTIONS
from cjeapp.core.privacy.person_records import erase_trail_details
from cjeapp.core.privacy.person_records import record_ids
from cjeapp.core.unit_of_work import unit_of_work

log = logging.getLogger(__name__)

RETENTION_YEARS = "retention.file_years"
DEFAULT_YEARS = 7

KINDS = N_("identity (names, names in another script, date of birth reduced to its year), "
           "contact details, MIFI number, free text of every record (notes, reasons, "
           "goals, answers, household members), words of the documents issued, details "
           "of the audit entries")

# When a person last had something done with the organization: (table, column).
_ACTIVITY = (("clients", "created_at"), ("clients", "first_contact_on"),
             ("service_records", "delivered_on"), ("visits", "arrived_at"),
             ("appointments", "starts_at"), ("referrals", "referred_on"),
             ("consents", "given_on"), ("issued_documents", "issued_at"),
             ("needs_assessments", "assessed_on"), ("transport_requests", "needed_at"),
             ("housing_requests", "opened_on"), ("enrolments", "enrolled_at"),
             ("confidential_notes", "created_at"), ("privacy_requests", "received_on"))


def retention_years(db: Database) -> int:
    return int(settings.get_value(db, RETENTION_YEARS, DEFAULT_YEARS))


def set_retention_years(db: Database, actor: Actor, years: int) -> None:
    """The person in charge of personal information sets how long files are kept."""
    actor.require(Permission.PRIVACY_ADMIN)
    if not 1 <= years <= 100:
        raise ValidationError([FieldError("retention_years", msg(N_(
            "Keep files between 1 and 100 years after their last activity.")))])
    with unit_of_work(db, actor) as uow:
        existing = uow.session.scalar(select(Setting).where(
            Setting.key == RETENTION_YEARS, Setting.deleted_at.is_(None),
            Setting.effective_from.is_(None)))
        setting_writes.put(uow, existing, RETENTION_YEARS, json.dumps(years))


@dataclass(frozen=True)
class DueFile:
    client_id: ClientId
    person: str
    last_activity: date
    due_on: date  # the last activity plus the retention period
    records: int  # rows of theirs that destruction will erase or reduce
    blocked: str | None  # why it cannot be destroyed yet (an open request)


def _activity_sql() -> str:
    parts = [f"SELECT {'id' if table == 'clients' else 'client_id'} AS client_id, "
             f"substr(CAST({column} AS TEXT), 1, 10) AS day FROM {table} "
             f"WHERE {column} IS NOT NULL" for table, column in _ACTIVITY]
    return ("SELECT client_id, max(day) FROM (" + " UNION ALL ".join(parts)
            + ") AS activity GROUP BY client_id")


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def due_files(db: Database, actor: Actor, today: date | None = None) -> list[DueFile]:
    """Files whose last activity is older than the retention period, oldest first."""
    actor.require(Permission.PRIVACY_ADMIN)
    today = today or clock.today()
    years = retention_years(db)
    with db.read_session() as session:
        last = {client: date.fromisoformat(str(day)) for client, day in
                session.execute(text(_activity_sql()))}
        people = session.execute(select(Client.id, Client.first_name, Client.last_name).where(
            Client.deleted_at.is_(None), Client.destroyed_on.is_(None))).all()
        open_requests = set(session.scalars(select(PrivacyRequest.client_id).where(
            PrivacyRequest.deleted_at.is_(None), PrivacyRequest.answered_on.is_(None))))
        due = [(ident, f"{first} {last_name}", last[ident]) for ident, first, last_name in people
               if ident in last and _add_years(last[ident], years) <= today]
        counts = _record_counts(session, [ident for ident, _name, _day in due])
    blocked = gettext(N_("A request of this person is still open."))
    return sorted((DueFile(ident, name, day, _add_years(day, years), counts.get(ident, 0),
                           blocked if ident in open_requests else None)
                   for ident, name, day in due), key=lambda row: row.last_activity)


def _record_counts(session: Session, client_ids: list[ClientId]) -> dict[str, int]:
    counts: dict[str, int] = {}
    if not client_ids:
        return counts
    for section in SECTIONS:
        table = Base.metadata.tables[section.name]
        if section.parent is not None or "client_id" not in table.c:
            continue
        for client, count in session.execute(select(table.c.client_id, func.count()).where(
                table.c.client_id.in_(client_ids)).group_by(table.c.client_id)):
            counts[client] = counts.get(client, 0) + int(count)
    return counts


@dataclass(frozen=True)
class DestructionReport:
    persons: int
    rule: str


def destroy(db: Database, actor: Actor, client_ids: list[ClientId], *,
            today: date | None = None,
            cancelled: Callable[[], bool] | None = None) -> DestructionReport:
    """Destroy the files given, all of them due and none blocked, in one transaction (a
    failure or a cancel changes nothing); then overwrite what they held on the disk."""
    actor.require(Permission.PRIVACY_ADMIN)
    today = today or clock.today()
    chosen = set(client_ids)
    due = {row.client_id: row for row in due_files(db, actor, today)}
    refused = [ident for ident in chosen if ident not in due or due[ident].blocked]
    if not chosen or refused:
        raise CjeError(msg(N_("Only files past their retention, with no open request, can be "
                              "destroyed ({count} chosen are not)."), count=len(refused)))
    years = retention_years(db)
    rule = gettext(N_("File inactive for {years} years after its last activity")).format(
        years=years)
    with unit_of_work(db, actor) as uow:
        session = uow.session
        if not db.on_server:  # on the server, the old row versions go with its vacuum
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        for ident in sorted(chosen):
            if cancelled and cancelled():
                raise Cancelled()
            _erase_person(session, ident, today)
            for table in ("clients", *(section.name for section in SECTIONS)):
                uow.wrote(table, ident)  # erased in plain SQL: told to the screens here
            uow.audit("destroy", "clients", ident, {"rule": rule})
        uow.add(Destruction(destroyed_on=today, rule=rule, kinds=gettext(KINDS),
                            persons=len(chosen)))
    _overwrite_freed(db)
    return DestructionReport(len(chosen), rule)


def _erase_person(session: Session, client_id: str, today: date) -> None:
    connection = session.connection()
    clients = Base.metadata.tables["clients"]
    client = connection.execute(select(clients).where(clients.c.id == client_id)).one()
    household = client.household_id
    connection.execute(clients.update().where(clients.c.id == client_id).values(
        **_erased_values(clients), **_reduced(clients, client._mapping), destroyed_on=today,
        deleted_at=clock.now(), updated_at=clock.now()))
    ids: dict[str, list[str]] = {}
    for section in SECTIONS:
        if section.name == "clients":
            continue
        table = Base.metadata.tables[section.name]
        where: Any = (table.c[section.parent[1]].in_(ids.get(section.parent[0], []))
                      if section.parent is not None else table.c.client_id == client_id)
        ids[section.name] = [str(row) for row in connection.execute(
            select(table.c.id).where(where)).scalars()]
        erased = _erased_values(table)
        if erased and ids[section.name]:
            connection.execute(table.update().where(where).values(**erased))
    # What the office last agreed with a laptop about these rows held their values: gone
    # too (the rows stay known, so the laptop is sent the erasure and lets them go).
    bases = Base.metadata.tables["exchange_bases"]
    if household is not None:
        others = connection.execute(select(func.count()).select_from(Client).where(
            Client.household_id == household, Client.id != client_id,
            Client.destroyed_on.is_(None))).scalar_one()
        if not others:  # the household was theirs alone: its members and address go too
            members = Base.metadata.tables["household_members"]
            connection.execute(members.update().where(members.c.household_id == household)
                               .values(**_erased_values(members)))
            households = Base.metadata.tables["households"]
            connection.execute(households.update().where(households.c.id == household)
                               .values(**_erased_values(households)))
            connection.execute(bases.update().where(
                (bases.c.row_id == household) | bases.c.row_id.in_(
                    select(members.c.id).where(members.c.household_id == household)))
                .values(agreed=None, sent=None))
    connection.execute(bases.update().where(bases.c.row_id.in_(record_ids(client_id)))
                       .values(agreed=None, sent=None))
    # The audit log keeps who did what and when; what was written about them goes.
    erase_trail_details(connection, client_id)


def _erased_values(table: Any) -> dict[str, Any]:
    """What destruction erases of a table, by each column's privacy class in the field
    registry (identity, contact details, case notes and what is computed from them): NULL
    where it may be, an empty text where it may not."""
    return {column.name: None if column.nullable else ""
            for column in table.c if field(table.name, column.name).erasure is Erase.ERASE}


def _reduced(table: Any, row: Any) -> dict[str, Any]:
    """The dates the funder's statistics keep, made coarse: a birth date to its year (1
    January or 31 December of it, so the age on every 31 March stays), an arrival to its
    month."""
    values: dict[str, Any] = {}
    for column in table.c:
        rule, day = field(table.name, column.name).erasure, row[column.name]
        if day is None or rule not in (Erase.TO_YEAR, Erase.TO_MONTH):
            continue
        if rule is Erase.TO_MONTH:
            values[column.name] = day.replace(day=1)
        else:
            values[column.name] = date(day.year, 1, 1) if (day.month, day.day) <= (3, 31) \
                else date(day.year, 12, 31)
    return values


def _overwrite_freed(db: Database) -> None:
    """Merge the search index (its old segments held the names), move the log into the
    file, and rebuild the file so no freed page keeps the old bytes. (On the office's
    server, the erased rows' old versions are removed by the server's own vacuum.)"""
    if db.on_server:
        return
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA secure_delete = ON")
        connection.exec_driver_sql(
            "INSERT INTO client_search (client_search) VALUES ('optimize')")
        connection.commit()
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            connection.exec_driver_sql("VACUUM")
        except DBAPIError:
            # Another window of the program is reading: the freed cells were already
            # zeroed (secure_delete); the file is rebuilt at the next destruction.
            log.warning("VACUUM after a destruction was put off: the file is in use")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@dataclass(frozen=True)
class DestructionRow:
    destroyed_on: date
    rule: str
    kinds: str
    persons: int
    by: str


def destructions(db: Database, actor: Actor) -> list[DestructionRow]:
    """The register of destructions, newest first."""
    actor.require(Permission.PRIVACY_ADMIN)
    from cjeapp.core.models import User

    with db.read_session() as session:
        names: dict[str, str] = {ident: name for ident, name in session.execute(
            select(User.id, User.full_name))}
        return [DestructionRow(row.destroyed_on, row.rule, row.kinds, row.persons,
                               names.get(row.updated_by or "", "cjeapp"))
                for row in session.scalars(select(Destruction).where(
                    Destruction.deleted_at.is_(None)).order_by(
                    Destruction.destroyed_on.desc(), Destruction.created_at.desc()))]
