"""The conflicts an exchange found, for the coordinator: whose file, which field, the value
at the office (shown meanwhile) and the laptop's (kept here), who changed each and when; and
the decision — keep the office's, or take the laptop's, which is then written as any change
is (audited, and sent to the laptop with the next exchange)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.exchange.admission import WRITES
from cjeapp.core.exchange.admission import Admission
from cjeapp.core.exchange.admission import reason_of
from cjeapp.core.exchange.rows import Row
from cjeapp.core.exchange.rows import decode_row
from cjeapp.core.exchange.rows import read_rows
from cjeapp.core.exchange.rows import table
from cjeapp.core.exchange.rules import still_broken
from cjeapp.core.exchange.share import share_ids
from cjeapp.core.fields.derived import DERIVED
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import Client
from cjeapp.core.models import ExchangeConflict
from cjeapp.core.models import Replica
from cjeapp.core.models import User
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work

KEEP_OFFICE = "hub"
TAKE_LAPTOP = "other"
REFUSED = "refused"  # a laptop's row the office did not admit (packages.REFUSED)
SETTLED = "settled"  # a booking or capacity conflict whose rule a decision mended
RULE_KINDS = ("booking", "capacity", "same_person")


@dataclass(frozen=True)
class ConflictRow:
    id: str
    kind: str  # field | deletion
    table: str
    field: str
    client_id: str | None
    person: str  # the person's name, or "" for a row that is not a person's
    laptop: str
    office_value: Any
    laptop_value: Any
    office_by: str
    office_at: datetime | None
    laptop_by: str
    laptop_at: datetime | None
    row_id: str = ""  # the record: the appointment or activity a rule conflict is about
    reason: str = ""  # why the office refused a laptop's change (kind "refused")
    born: date | None = None  # the person's birth date: two namesakes told apart
    # « Perhaps one person with two files »: the file the office already had, beside the
    # one the laptop made (``client_id``)
    other_client_id: str | None = None
    other_person: str = ""
    other_born: date | None = None


def list_conflicts(db: Database, actor: Actor) -> list[ConflictRow]:
    """The conflicts not decided yet, oldest first."""
    actor.require(Permission.EXCHANGE_ADMIN)
    settle_rule_conflicts(db, actor)
    with db.read_session() as session:
        staff: dict[str, str] = {str(user_id): name for user_id, name in session.execute(
            select(User.id, User.full_name))}
        laptops = {str(ident): name for ident, name in session.execute(
            select(Replica.id, Replica.name))}
        found = list(session.scalars(select(ExchangeConflict).where(
            ExchangeConflict.resolved_at.is_(None), ExchangeConflict.deleted_at.is_(None))
            .order_by(ExchangeConflict.created_at, ExchangeConflict.id)))
        twins = {item.id: _twin_of(item) for item in found}
        wanted = {ident for item in found for ident in (item.client_id, twins[item.id])
                  if ident}
        people: dict[str, tuple[str, date | None]] = {
            str(ident): (f"{first} {last}", born) for ident, first, last, born in
            session.execute(select(Client.id, Client.first_name, Client.last_name,
                                   Client.birth_date).where(Client.id.in_(wanted)))}
        rows = []
        for item in found:
            name, born = people.get(item.client_id or "", ("", None))
            twin = twins[item.id]
            other_name, other_born = people.get(twin or "", ("", None))
            rows.append(ConflictRow(
                item.id, item.kind, item.table_name, item.field, item.client_id, name,
                laptops.get(item.replica_id, ""), _loaded(item.hub_value),
                None if item.kind == REFUSED else _loaded(item.other_value),
                staff.get(item.hub_by or "", ""), item.hub_at,
                staff.get(item.other_by or "", ""), item.other_at, item.row_id,
                reason_of(item.other_value).render() if item.kind == REFUSED else "",
                born, twin, other_name, other_born))
        return rows


def _twin_of(item: ExchangeConflict) -> str | None:
    """The office's other file a « same person » conflict is about."""
    if item.kind != "same_person":
        return None
    value = _loaded(item.hub_value)
    ident = value.get("client_id") if isinstance(value, dict) else None
    return str(ident) if ident else None


def _loaded(text: str | None) -> Any:
    """A value the conflict keeps as JSON (as written, when it is not JSON)."""
    try:
        return json.loads(text or "null")
    except ValueError:
        return text


def settle_rule_conflicts(db: Database, actor: Actor) -> int:
    """Close the booking and capacity conflicts whose rule holds again (one of the two
    appointments was moved or cancelled, in the agenda or from « Points à régler »; someone
    went on the waiting list). Audited; returns how many were closed."""
    actor.require(Permission.EXCHANGE_ADMIN)
    with db.read_session() as session:
        open_ones = [(item.id, item.kind, item.row_id) for item in session.scalars(
            select(ExchangeConflict).where(
                ExchangeConflict.resolved_at.is_(None), ExchangeConflict.deleted_at.is_(None),
                ExchangeConflict.kind.in_(RULE_KINDS)))]
        mended = [ident for ident, kind, row_id in open_ones
                  if not still_broken(session.connection(), kind, row_id)]
    if not mended:
        return 0
    with unit_of_work(db, actor) as uow:
        for ident in mended:
            conflict = uow.get(ExchangeConflict, ident, what="conflict")
            if conflict.resolved_at is None:
                uow.change(conflict, {"resolved_at": clock.now(),
                                      "resolved_by": actor.user_id, "resolution": SETTLED})
    return len(mended)


def _refused_to(connection: Connection, replica_id: str | None, name: str, row: Row,
                current: Row) -> bool:
    """Whether the laptop's counsellor could not have made this change at the office now
    (their role, the laptop's share, the value): the same judge as the exchange's."""
    replica = connection.execute(select(Replica.counsellor_ids, Replica.number_prefix).where(
        Replica.id == replica_id)).first()
    if replica is None:
        return True
    counsellors = [str(item) for item in json.loads(replica.counsellor_ids or "[]")]
    judge = Admission.for_laptop(connection, str(replica_id), counsellors,
                                 share_ids(connection, counsellors), replica.number_prefix)
    return judge.refusal(name, row, current, known=False, base=current) is not None


def resolve_conflict(db: Database, actor: Actor, conflict_id: str, choice: str) -> None:
    """Keep the office's value (``KEEP_OFFICE``) or take the laptop's (``TAKE_LAPTOP``)."""
    actor.require(Permission.EXCHANGE_ADMIN)
    if choice not in (KEEP_OFFICE, TAKE_LAPTOP):
        raise CjeError(msg(N_("Choose the office's value or the laptop's.")))
    with unit_of_work(db, actor) as uow:
        conflict = uow.get(ExchangeConflict, conflict_id, what="conflict")
        if conflict.resolved_at is not None:
            raise CjeError(msg(N_("This conflict was already decided.")))
        if conflict.kind == "same_person" and choice == TAKE_LAPTOP:
            raise CjeError(msg(N_("Two files of one person are not mended by a value: say "
                                  "they are two people (keep both), or merge or delete one "
                                  "file; the conflict then closes by itself.")))
        if conflict.kind in RULE_KINDS and conflict.kind != "same_person" and still_broken(
                uow.session.connection(), conflict.kind, conflict.row_id):
            raise CjeError(msg(N_(
                "Both records are still there: choose which appointment moves or is "
                "cancelled, or who goes on the waiting list (« Decide… »); the conflict then "
                "closes by itself.")))
        if choice == TAKE_LAPTOP and conflict.kind == REFUSED:
            raise CjeError(msg(N_("The office refused this change: close it by keeping the "
                                  "office's value.")))
        if choice == TAKE_LAPTOP:
            target = table(conflict.table_name) if conflict.table_name in WRITES else None
            connection = uow.session.connection()
            current = read_rows(connection, conflict.table_name, [conflict.row_id]) \
                if target is not None else {}
            if conflict.row_id not in current:
                raise CjeError(msg(N_("The record of this conflict is no longer here.")))
            row = dict(current[conflict.row_id])
            try:
                row[conflict.field] = json.loads(conflict.other_value or "null")
            except ValueError:
                row = {}
            if not row or _refused_to(connection, conflict.replica_id, conflict.table_name,
                                      row, current[conflict.row_id]):
                raise CjeError(msg(N_("The laptop's value cannot be taken: its counsellor "
                                      "may not make this change, or the value is not of "
                                      "its kind.")))
            assert target is not None
            changed = {conflict.field: row[conflict.field]}
            for name, compute in DERIVED.get(conflict.table_name, {}).items():
                changed[name] = compute(row)  # the search keys follow the value
            connection.execute(target.update().where(target.c.id == conflict.row_id).values(
                **decode_row(conflict.table_name, changed), updated_at=clock.now(),
                updated_by=actor.user_id, version=target.c.version + 1))
            uow.wrote(conflict.table_name, conflict.client_id)  # plain SQL: told here
            uow.audit("update", conflict.table_name, conflict.row_id, {
                conflict.field: {"new": json.loads(conflict.other_value or "null")},
                "reason": N_("exchange conflict decided")})
        uow.change(conflict, {"resolved_at": clock.now(), "resolved_by": actor.user_id,
                              "resolution": choice})
