"""Writing and importing exchange files: the changes one side has made since the other last
acknowledged them (in the writer's own sequence, never by clock), merged on arrival with
the base both sides last agreed on.

A file carries: the writer's rows changed since the recipient's last acknowledgement (and,
from the office, the share's rows the laptop has not acknowledged yet), the writer's own
acknowledgement of the recipient's changes, and the schema it was written with. Importing
is one transaction: a file refused, or a power cut in the middle, changes nothing. A file
already imported (or older than one imported) is refused with that reason: importing the
same file twice is importing it once."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import bindparam
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy.exc import DataError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.db import migrate
from cjeapp.core.db.database import Database
from cjeapp.core.db.server_logins import is_secured
from cjeapp.core.errors import CjeError
from cjeapp.core.exchange.admission import CONFLICT_NAMESPACE
from cjeapp.core.exchange.admission import Admission
from cjeapp.core.exchange.admission import Refusal
from cjeapp.core.exchange.conflicts import RULE_KINDS
from cjeapp.core.exchange.destroyed import of_destroyed_files
from cjeapp.core.exchange.file_shape import check_rows
from cjeapp.core.exchange.heads import add_heads
from cjeapp.core.exchange.heads import keep_heads
from cjeapp.core.exchange.leaving import leave_share
from cjeapp.core.exchange.left_share import forget_those_who_left
from cjeapp.core.exchange.marks import all_marks
from cjeapp.core.exchange.marks import bases_of
from cjeapp.core.exchange.merge import DELETED
from cjeapp.core.exchange.merge import FieldConflict
from cjeapp.core.exchange.merge import merge
from cjeapp.core.exchange.refusals import MAX_REFUSED
from cjeapp.core.exchange.refusals import forged
from cjeapp.core.exchange.refusals import list_refusal
from cjeapp.core.exchange.refusals import refusals_for
from cjeapp.core.exchange.refusals import told
from cjeapp.core.exchange.rows import EXCHANGED
from cjeapp.core.exchange.rows import Row
from cjeapp.core.exchange.rows import as_text
from cjeapp.core.exchange.rows import decode_row
from cjeapp.core.exchange.rows import from_text
from cjeapp.core.exchange.rows import read_rows
from cjeapp.core.exchange.rows import table
from cjeapp.core.exchange.rules import RuleConflict
from cjeapp.core.exchange.rules import broken_rules
from cjeapp.core.exchange.rules import same_fact
from cjeapp.core.exchange.same_people import same_people
from cjeapp.core.exchange.sealing import MAX_FILE
from cjeapp.core.exchange.sealing import BadExchangeFile
from cjeapp.core.exchange.sealing import open_sealed
from cjeapp.core.exchange.sealing import read_header
from cjeapp.core.exchange.sealing import seal
from cjeapp.core.exchange.share import AT_THE_OFFICE_ONLY
from cjeapp.core.exchange.share import counsellors_of
from cjeapp.core.exchange.share import share_ids
from cjeapp.core.fields.derived import DERIVED
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.locale_format import format_date
from cjeapp.core.models import ChangeMark
from cjeapp.core.models import ExchangeBase
from cjeapp.core.models import ExchangeConflict
from cjeapp.core.models import Replica
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import UnitOfWork
from cjeapp.core.unit_of_work import unit_of_work

FORMAT = 1


@dataclass(frozen=True)
class Written:
    data: bytes
    rows: int
    recipient: str


@dataclass(frozen=True)
class Imported:
    sender: str
    rows: int  # in the file
    applied: int  # rows written here
    conflicts: int  # new conflicts listed
    removed: int  # rows that left this laptop's share
    discarded: int = 0  # rows about files destroyed here (Law 25), let go
    refused: int = 0  # at the office: rows refused now; on a laptop: its changes refused
    refusals: tuple[Message, ...] = ()  # on a laptop: why (what the office told it)


def own_replica(session: Session) -> Replica:
    me = session.scalar(select(Replica).where(Replica.is_self.is_(True),
                                              Replica.deleted_at.is_(None)))
    if me is None:
        raise CjeError(msg(N_("This database takes part in no exchange yet: register the "
                              "laptop at the office first (cjeapp replica create).")))
    return me


def _peer(session: Session, peer_id: str) -> Replica:
    peer = session.get(Replica, peer_id)
    if peer is None or peer.deleted_at is not None or peer.is_self:
        raise CjeError(msg(N_("No replica {id} is registered here."), id=peer_id))
    return peer


def last_seq(connection: Connection) -> int:
    return int(connection.scalar(select(func.coalesce(func.max(ChangeMark.seq), 0))) or 0)


def _marks(connection: Connection, since: int) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = {}
    for name, row_id, seq in connection.execute(
            select(ChangeMark.table_name, ChangeMark.row_id, ChangeMark.seq)
            .where(ChangeMark.seq > since)):
        found.setdefault(name, {})[row_id] = seq
    return found


# -- writing ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Outgoing:
    table: str
    row_id: str
    seq: int
    row: Row
    text: str


def outgoing(session: Session, me: Replica, peer: Replica) -> list[Outgoing]:
    """What the next file to ``peer`` carries: the rows changed since it last acknowledged
    this side's changes (from the office: within the laptop's share, or rows it has), and
    from the office the share's rows it has not acknowledged yet; not a row the peer is
    known to hold as it is."""
    connection = session.connection()
    changed = _marks(connection, peer.acked_seq)
    share = share_ids(connection, counsellors_of(peer)) if me.is_hub else None
    own_users = set(counsellors_of(peer))
    found: list[Outgoing] = []
    for name in EXCHANGED:
        if me.is_hub and name in AT_THE_OFFICE_ONLY:
            continue
        bases = bases_of(session, peer.id, name)
        wanted = dict(changed.get(name, {}))
        if share is not None:
            in_share = share.get(name, set())
            wanted = {row_id: seq for row_id, seq in wanted.items()
                      if row_id in in_share or row_id in bases}
            unacknowledged = [row_id for row_id in in_share
                              if row_id not in wanted and (
                                  row_id not in bases or bases[row_id].agreed is None)]
            wanted.update(all_marks(connection, name, unacknowledged))
        for row_id, row in read_rows(connection, name, list(wanted)).items():
            if me.is_hub and name == "users" and row_id not in own_users:
                row["password_hash"] = ""  # staff names travel, their passwords do not
            text = as_text(row) or ""
            base = bases.get(row_id)
            if base is None or not _held(text, base):
                found.append(Outgoing(name, row_id, wanted[row_id], row, text))
    return found


def _held(text: str, base: ExchangeBase) -> bool:
    """Whether the other side holds this row already: what it agreed to, and what was
    sent to it since (it may or may not have imported that file yet), are both this row
    (who changed it and when included, so both sides end with the same stamps)."""
    return all(known == text
               for known in (base.agreed, *((base.sent,) if base.sent is not None else ())))


def export_changes(db: Database, actor: Actor, peer_id: str) -> Written:
    """The exchange file for ``peer_id``, sealed for it and signed by this database."""
    actor.require(Permission.EXCHANGE)
    with unit_of_work(db, actor) as uow:
        session = uow.session
        me, peer = own_replica(session), _peer(session, peer_id)
        upto = last_seq(session.connection())
        rows = outgoing(session, me, peer)
        for name in {item.table for item in rows}:
            bases = bases_of(session, peer.id, name, [item.row_id for item in rows
                                                     if item.table == name])
            for item in (item for item in rows if item.table == name):
                base = bases.get(item.row_id)
                if base is None:
                    base = ExchangeBase(peer_id=peer.id, table_name=name, row_id=item.row_id,
                                        their_seq=0)
                    session.add(base)
                base.sent, base.sent_seq = item.text, item.seq
        peer.files_sent += 1
        header: dict[str, Any] = {"sender": me.id, "recipient": peer.id,
                                  "file": peer.files_sent}
        payload = {"format": FORMAT, "schema": migrate.head_revision(), "upto": upto,
                   "since": peer.acked_seq, "ack": peer.received_seq,
                   "rows": [{"t": item.table, "id": item.row_id, "seq": item.seq,
                             "row": item.row} for item in rows],
                   "refused": refusals_for(session, peer) if me.is_hub else []}
        uow.audit("exchange_export", "exchange_replicas", peer.id,
                  {"file": peer.files_sent, "rows": len(rows), "upto": upto})
        add_heads(header, uow, peer)
        sign_private = me.sign_private or ""
        recipient_key = peer.box_public
        name_of_peer = peer.name
    data = seal(header, json.dumps(payload, ensure_ascii=False).encode("utf-8"),
                sign_private=sign_private, recipient_box_public=recipient_key)
    return Written(data, len(rows), name_of_peer)


# -- importing -------------------------------------------------------------------------------
def _payload(data: bytes, session: Session) -> tuple[Replica, Replica, dict[str, Any], int]:
    header = read_header(data)
    me = own_replica(session)
    if header["recipient"] != me.id:
        raise BadExchangeFile(msg(N_("This exchange file was written for another database, "
                                     "not this one. Nothing was changed.")))
    peer = session.get(Replica, header["sender"])
    if peer is not None and peer.deleted_at is not None and not peer.is_self:
        raise BadExchangeFile(msg(N_(
            "This exchange file comes from {name}, a laptop retired here on {day}: its "
            "files are no longer accepted. Nothing was changed."),
            name=peer.name, day=format_date(peer.deleted_at.date())))
    if peer is None or peer.deleted_at is not None or peer.is_self:
        raise BadExchangeFile(msg(N_("This exchange file comes from a replica this "
                                     "database does not know. Nothing was changed.")))
    if me.box_private is None:
        raise BadExchangeFile(msg(N_("This database has no exchange key. Nothing was "
                                     "changed.")))
    plain = open_sealed(data, sender_sign_public=peer.sign_public, box_private=me.box_private)
    try:
        payload = json.loads(plain)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BadExchangeFile(msg(N_("This is not an exchange file of cjeapp, or it is "
                                     "damaged. Nothing was changed."))) from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT \
            or payload.get("schema") != migrate.head_revision():
        raise BadExchangeFile(msg(N_(
            "{name} wrote this file with another version of cjeapp. Install the same "
            "version on both sides (the older one is updated), then exchange again. "
            "Nothing was changed."), name=peer.name))
    if header["file"] <= peer.last_file_seq:
        raise BadExchangeFile(msg(N_(
            "This file from {name} (number {number}) was already imported, or a later one "
            "was: its changes are here. Nothing was changed."),
            name=peer.name, number=header["file"]))
    keep_heads(peer, header)
    return me, peer, payload, int(header["file"])


def _promote(session: Session, peer: Replica, ack: int) -> None:
    """What the other side now acknowledges having becomes what both agree on."""
    if ack <= peer.acked_seq:
        return
    peer.acked_seq = ack
    for base in session.scalars(select(ExchangeBase).where(
            ExchangeBase.peer_id == peer.id, ExchangeBase.sent_seq.is_not(None),
            ExchangeBase.sent_seq <= ack)):
        base.agreed, base.sent, base.sent_seq = base.sent, None, None


def _client_of(name: str, row: Row) -> str | None:
    if name == "clients":
        return str(row["id"])
    value = row.get("client_id")
    return str(value) if value else None


def _list_conflict(uow: UnitOfWork, me: Replica, peer: Replica, name: str, local: Row,
                   theirs: Row, found: FieldConflict) -> bool:
    hub_row, other_row = (local, theirs) if me.is_hub else (theirs, local)
    hub_value = json.dumps(found.hub_value, ensure_ascii=False, sort_keys=True)
    other_value = json.dumps(found.other_value, ensure_ascii=False, sort_keys=True)
    kind = "deletion" if found.field == DELETED else "field"
    conflict_id = str(uuid.uuid5(CONFLICT_NAMESPACE, "|".join(
        (kind, name, str(local["id"]), found.field, hub_value, other_value))))
    if uow.session.get(ExchangeConflict, conflict_id) is not None:
        return False
    uow.add(ExchangeConflict(
        id=conflict_id, kind=kind, table_name=name, row_id=str(local["id"]),
        field=found.field, client_id=_client_of(name, local),
        replica_id=peer.id if me.is_hub else me.id, hub_value=hub_value,
        other_value=other_value, hub_by=hub_row.get("updated_by"),
        hub_at=_when(hub_row), other_by=other_row.get("updated_by"), other_at=_when(other_row)))
    return True


def _list_broken_rule(uow: UnitOfWork, me: Replica, peer: Replica,
                      broken: RuleConflict) -> bool:
    conflict_id = str(uuid.uuid5(CONFLICT_NAMESPACE, broken.key))
    if uow.session.get(ExchangeConflict, conflict_id) is not None:
        return False
    uow.add(ExchangeConflict(
        id=conflict_id, kind=broken.kind, table_name=broken.table, row_id=broken.row_id,
        field=broken.field, client_id=broken.client_id,
        replica_id=peer.id if me.is_hub else me.id,
        hub_value=broken.here if me.is_hub else broken.there,
        other_value=broken.there if me.is_hub else broken.here))
    return True


def _when(row: Row) -> datetime | None:
    value = row.get("updated_at")
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _write(connection: Connection, name: str, inserted: list[Row], updated: list[Row],
           touched: list[str]) -> None:
    """The rows written as batches (one statement a kind, executed for many rows): new
    rows, rows changed (their version moved on, as a screen's save would), and rows only
    numbered anew for the next file."""
    target = table(name)
    if inserted:
        connection.execute(target.insert(), [{**decode_row(name, row), "version": 1}
                                              for row in inserted])
    if updated:
        columns = [key for key in updated[0] if key != "id"]
        connection.execute(
            target.update().where(target.c.id == bindparam("row_id")).values(
                {**{column: bindparam(f"new_{column}") for column in columns},
                 "version": target.c.version + 1}),
            [{"row_id": row["id"], **{f"new_{key}": value for key, value
                                       in decode_row(name, row).items() if key != "id"}}
             for row in updated])
    if touched and connection.dialect.name == "postgresql" and is_secured(connection):
        # no login updates an account: the server numbers the rows itself
        connection.execute(text("SELECT cjeapp_server.renumber(:name, :ids)"),
                           {"name": name, "ids": touched})
        return
    for start in range(0, len(touched), 500):  # through its trigger, like any change
        connection.execute(target.update().where(
            target.c.id.in_(touched[start:start + 500])).values(
            id=target.c.id, updated_at=target.c.updated_at))  # numbered, not changed


def _apply_table(uow: UnitOfWork, me: Replica, peer: Replica, name: str,
                 items: list[dict[str, Any]], ack: int, written: list[str],
                 admission: Admission | None, refused: list[Refusal]) -> tuple[int, int]:
    session = uow.session
    connection = session.connection()
    ids = [str(item["id"]) for item in items]
    local = read_rows(connection, name, ids)
    bases = bases_of(session, peer.id, name, ids)
    marks = all_marks(connection, name, ids) if not me.is_hub else {}
    applied = conflicts = 0
    inserted: list[Row] = []
    updated: list[Row] = []
    touched: list[str] = []
    # a reprint names the original: originals first
    for item in sorted(items, key=lambda item: item["row"].get("copy_of_id") is not None):
        row_id, theirs, seq = str(item["id"]), item["row"], int(item["seq"])
        base = bases.get(row_id)
        if base is not None and seq <= base.their_seq:
            continue  # an older version of what is here already
        mine = local.get(row_id)
        if admission is not None and name == "exchange_conflicts" \
                and theirs.get("kind") in RULE_KINDS:
            _agree(session, base, peer, name, row_id, theirs, seq)
            continue  # a slot or a capacity: the office finds it itself when the rows meet
        if admission is not None:  # at the office: judged as if made here
            refusal = admission.refusal(name, theirs, mine, known=base is not None,
                                        base=from_text(base.agreed) if base else None)
            if refusal is not None:
                refused.append(refusal)
                if len(refused) > MAX_REFUSED:
                    raise forged(len(refused), peer)
                list_refusal(uow, peer, refusal, theirs)
                if mine is not None and admission.in_share(name, row_id):
                    touched.append(row_id)  # the office's version goes back to the laptop
                    if base is not None:  # which holds its own version, not the agreed one
                        base.sent, base.sent_seq = as_text(theirs), None
                continue  # no new base: a refused row is never taken for one it may hold
            admission.admit(name, row_id)
            for column, compute in DERIVED.get(name, {}).items():
                theirs[column] = compute(theirs)  # the search keys are the office's own
        found: list[FieldConflict] = []
        twin = same_fact(connection, name, theirs) if mine is None else None
        if twin is not None and me.is_hub:  # the office's record of the same fact stands
            _agree(session, base, peer, name, row_id, theirs, seq)
            continue
        if twin is not None:  # on the laptop: the office's record replaces its own
            _forget(connection, name, twin)
        if mine is None:
            merged = theirs
        elif name in AT_THE_OFFICE_ONLY:
            merged = mine  # a conflict both sides found: listed once, here
        elif not me.is_hub and marks.get(row_id, 0) <= ack:
            merged = theirs  # the office has seen this laptop's version: its word
        else:
            result = merge(name, mine, theirs, from_text(base.agreed) if base else None,
                           local_is_hub=me.is_hub)
            merged, found = result.row, result.conflicts
        if merged != mine:
            (inserted if mine is None else updated).append(merged)
            applied += 1
            uow.audit("exchange_apply", name, row_id, {
                "from": peer.name, "by": theirs.get("updated_by"),
                "at": theirs.get("updated_at"),
                "fields": sorted(key for key in merged if mine is None
                                 or merged[key] != mine.get(key))})
        elif merged != theirs:
            touched.append(row_id)  # the other side lacks some of it: send it
        for conflict in found:
            conflicts += _list_conflict(uow, me, peer, name, mine or theirs, theirs, conflict)
        _agree(session, base, peer, name, row_id, theirs, seq)
    _write(connection, name, inserted, updated, touched)
    written.extend(row["id"] for row in (*inserted, *updated))
    return applied, conflicts


def _agree(session: Session, base: ExchangeBase | None, peer: Replica, name: str,
           row_id: str, theirs: Row, seq: int) -> None:
    """The other side holds ``theirs``: the base of the next merge of this row."""
    text = as_text(theirs)
    if base is None:
        base = ExchangeBase(peer_id=peer.id, table_name=name, row_id=row_id, their_seq=0)
        session.add(base)
    base.agreed, base.their_seq = text, seq
    if base.sent == text:
        base.sent, base.sent_seq = None, None


def _forget(connection: Connection, name: str, row_id: str) -> None:
    """A laptop's own record of a fact the office recorded under another id: removed,
    with what this laptop knew of it."""
    target = table(name)
    connection.execute(target.delete().where(target.c.id == row_id))
    connection.execute(table(ChangeMark.__tablename__).delete().where(
        ChangeMark.table_name == name, ChangeMark.row_id == row_id))
    connection.execute(table(ExchangeBase.__tablename__).delete().where(
        ExchangeBase.table_name == name, ExchangeBase.row_id == row_id))


def import_changes(db: Database, actor: Actor, data: bytes) -> Imported:
    """Apply an exchange file written for this database; all of it or nothing."""
    actor.require(Permission.EXCHANGE)
    if len(data) > MAX_FILE:
        raise BadExchangeFile(msg(N_("This file is too large to be an exchange file.")))
    try:
        return _import(db, actor, data)
    except (IntegrityError, DataError):
        # What the checks above let through and the database still refuses (a value the
        # server stores differently, a key taken meanwhile): said without its values,
        # which may be a person's.
        raise BadExchangeFile(msg(N_(
            "A change of this file cannot be stored here (a value or a key the database "
            "refuses). Nothing was changed."))) from None


def _import(db: Database, actor: Actor, data: bytes) -> Imported:
    with unit_of_work(db, actor) as uow:
        session = uow.session
        me, peer, payload, number = _payload(data, session)
        by_table = check_rows(payload)
        if payload["since"] > peer.received_seq:
            raise BadExchangeFile(msg(N_(
                "A file from {name} is missing before this one: import the earlier file "
                "first. Nothing was changed."), name=peer.name))
        _promote(session, peer, int(payload["ack"]))
        session.flush()
        carried = {(name, str(item["id"])) for name, items in by_table.items()
                   for item in items}
        discarded = _let_go_destroyed(session.connection(), by_table) if me.is_hub else 0
        admission = Admission.for_laptop(
            session.connection(), peer.id, counsellors_of(peer),
            share_ids(session.connection(), counsellors_of(peer)),
            peer.number_prefix) if me.is_hub else None
        refused: list[Refusal] = []
        applied = conflicts = 0
        written: dict[str, list[str]] = {}
        arriving = [str(item["id"]) for item in by_table.get("clients", [])]
        known_here = read_rows(session.connection(), "clients", arriving) if me.is_hub else {}
        for name in EXCHANGED:
            if name in by_table:
                done, found = _apply_table(uow, me, peer, name, by_table[name],
                                           int(payload["ack"]), written.setdefault(name, []),
                                           admission, refused)
                applied, conflicts = applied + done, conflicts + found
        for name, ids in written.items():  # written in plain SQL: told to the screens here
            if ids:
                uow.wrote(name)
        session.flush()
        for broken in broken_rules(session.connection(), written):
            conflicts += _list_broken_rule(uow, me, peer, broken)
        if me.is_hub:  # a person the laptop created whom the office has under another file
            created = [ident for ident in written.get("clients", []) if ident not in known_here]
            for broken in same_people(session.connection(), created):
                conflicts += _list_broken_rule(uow, me, peer, broken)
        peer.received_seq = max(peer.received_seq, int(payload["upto"]))
        peer.last_file_seq = number
        peer.last_exchange_at = clock.now()
        removed = 0 if me.is_hub else leave_share(session, me, peer, lambda person: uow.audit(
            "erase_details", "clients", person, {"why": N_("left this laptop's share")}),
            uow.wrote)  # the tables files left, told to the screens
        forgotten = forget_those_who_left(session, peer, carried) if me.is_hub else 0
        rows = len(carried)
        heard = [] if me.is_hub else told(payload)
        uow.audit("exchange_import", "exchange_replicas", peer.id, {
            "file": number, "rows": rows, "applied": applied, "conflicts": conflicts,
            "removed": removed, "destroyed_files_changes": discarded,
            "bases_forgotten": forgotten, "refused": len(refused) if me.is_hub else len(heard),
            "refused_tables": sorted({item.table for item in refused})})
        if me.is_hub:
            return Imported(peer.name, rows, applied, conflicts, removed, discarded,
                            len(refused))
        return Imported(peer.name, rows, applied, conflicts, removed, discarded, len(heard),
                        tuple(heard))


def _let_go_destroyed(connection: Connection, by_table: dict[str, list[dict[str, Any]]]) -> int:
    """At the office: the incoming rows about files destroyed here taken out of the file
    (none of their values is written anywhere); how many."""
    gone = of_destroyed_files(connection, by_table)
    for name, ids in gone.items():
        by_table[name] = [item for item in by_table[name] if str(item["id"]) not in ids]
    return sum(len(ids) for ids in gone.values())


def import_file(db: Database, actor: Actor, path: Path) -> Imported:
    """``import_changes`` of the file at ``path`` (a USB key, an attachment saved), refused
    in a sentence when it is too large to be an exchange file or cannot be read."""
    actor.require(Permission.EXCHANGE)
    try:
        if path.stat().st_size > MAX_FILE:
            raise BadExchangeFile(msg(N_("This file is too large to be an exchange file.")))
        data = path.read_bytes()
    except OSError as error:
        raise BadExchangeFile(msg(N_("The file could not be read: {reason}"),
                                  reason=error.strerror or type(error).__name__)) from error
    return import_changes(db, actor, data)
