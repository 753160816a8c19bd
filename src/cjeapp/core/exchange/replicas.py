"""Registering a counsellor's laptop at the office: the office's database becomes the hub
(its exchange keys made once), the laptop gets its name, its counsellors, its own keys and
a number prefix for the documents it issues, and its database is written — encrypted, with
its counsellor's password and a recovery key, holding its share and nothing else — ready
to be carried to the laptop. Both sides start agreed on every row of the share."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import delete
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.db import work_files
from cjeapp.core.db.database import Database
from cjeapp.core.db.keyring import keys_path
from cjeapp.core.db.new_file import database_made_for
from cjeapp.core.db.server_logins import SERVER_LOGIN
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.exchange.packages import last_seq
from cjeapp.core.exchange.packages import outgoing
from cjeapp.core.exchange.rows import EXCHANGED
from cjeapp.core.exchange.rows import as_text
from cjeapp.core.exchange.rows import decode_row
from cjeapp.core.exchange.rows import read_rows
from cjeapp.core.exchange.rows import table
from cjeapp.core.exchange.sealing import new_keys
from cjeapp.core.exchange.share import AT_THE_OFFICE_ONLY
from cjeapp.core.exchange.share import share_ids
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import ExchangeBase
from cjeapp.core.models import ExchangeConflict
from cjeapp.core.models import Organization
from cjeapp.core.models import Replica
from cjeapp.core.models import User
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.staff.passwords import verify_password
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LaptopMade:
    replica_id: str
    path: Path
    recovery_key: str  # shown once: opens the laptop's file without the password
    rows: int


def hub_of(session: Session) -> Replica:
    """This database as the hub, its keys made the first time a laptop is registered."""
    me = session.scalar(select(Replica).where(Replica.is_self.is_(True),
                                              Replica.deleted_at.is_(None)))
    if me is not None:
        if not me.is_hub:
            raise ValidationError([FieldError("name", msg(N_(
                "This database is a laptop's: laptops are registered at the office.")))])
        return me
    organization = session.scalar(select(Organization).where(
        Organization.deleted_at.is_(None)).limit(1))
    keys = new_keys()
    me = Replica(name=organization.name if organization else "Bureau", is_self=True,
                 is_hub=True, counsellor_ids="[]", number_prefix="",
                 sign_public=keys.sign_public, box_public=keys.box_public,
                 sign_private=keys.sign_private, box_private=keys.box_private)
    session.add(me)
    session.flush()
    return me


def _check(session: Session, name: str, counsellors: list[str], password: str,
           destination: Path) -> tuple[str, list[User]]:
    check = Validator()
    label = check.text("name", name, required=True, max_length=120)
    people = [session.get(User, user_id) for user_id in counsellors]
    found = [user for user in people if user is not None and user.deleted_at is None
             and user.active]
    if not counsellors or len(found) != len(counsellors):
        check.fail("counsellors", N_("Choose the laptop's counsellor among the active "
                                     "staff accounts."))
    user = found[0] if found and found[0].id == (counsellors or [""])[0] else None
    if user is not None and not _password_holds(session, user, password):
        check.fail("password", N_("This is not the password of {name}: the laptop opens "
                                  "with the counsellor's own password."), name=user.full_name)
    if (destination.exists() or keys_path(destination).exists()) and not (
            user is not None and _orphan(session, destination, user.username, password)):
        check.fail("destination", N_("This file already exists; choose a new file name."))
    check.raise_if_any()
    return label or name, found


def _password_holds(session: Session, user: User, password: str) -> bool:
    """The counsellor's own password: on a server of personal logins the server judges it
    (it keeps no hash the program could check); elsewhere, their Argon2id hash."""
    if user.password_hash == SERVER_LOGIN:
        from cjeapp.core.db.server_logins import password_holds_at

        return password_holds_at(session.get_bind().engine.url, user.username, password)
    return verify_password(user.password_hash, password)


def _orphan(session: Session, destination: Path, username: str, password: str) -> bool:
    """Whether ``destination`` is a laptop's file this office never registered — the
    registration was killed after the file took its name, before the office's transaction
    committed — and opens with this counsellor's password: then it is removed (logged),
    so that registering again simply works. Any other file stays, and is refused."""
    from cjeapp.core.db import sqlite_file
    from cjeapp.core.staff.opening import unlock_key

    try:
        key = unlock_key(destination, username, password)
        connection = sqlite_file.connect(destination, key, readonly=True)
        try:
            own = connection.execute("SELECT id FROM exchange_replicas WHERE is_self = 1 "
                                     "AND is_hub = 0").fetchone()
        finally:
            connection.close()
    except (CjeError, sqlite_file.DatabaseError, OSError):
        return False
    if own is None or session.get(Replica, own[0]) is not None:
        return False
    log.warning("removed %s: a laptop's file this office never registered (a registration "
                "was interrupted)", destination.name)
    for path in (destination, keys_path(destination)):
        path.unlink(missing_ok=True)
    return True


def _share_rows(connection: Connection, counsellors: list[str]) -> dict[str, dict[str, Any]]:
    share = share_ids(connection, counsellors)
    rows: dict[str, dict[str, Any]] = {}
    for name in EXCHANGED:
        if name in AT_THE_OFFICE_ONLY:
            continue
        found = read_rows(connection, name, sorted(share.get(name, set())))
        if name == "users":
            for row_id, row in found.items():
                if row_id not in counsellors:
                    row["password_hash"] = ""
        rows[name] = found
    return rows


def create_replica(db: Database, actor: Actor, *, name: str, counsellors: list[str],
                   password: str, destination: Path) -> LaptopMade:
    """Register a laptop for ``counsellors`` and write its database to ``destination``,
    opened by the first of them with their own ``password`` (typed by that person)."""
    actor.require(Permission.EXCHANGE_ADMIN)
    destination = destination.expanduser().absolute()
    work_files.sweep(destination.parent)  # a key file left alone by a kill is taken back
    with unit_of_work(db, actor) as uow:
        session = uow.session
        label, people = _check(session, name, counsellors, password, destination)
        username = people[0].username
        hub = hub_of(session)
        keys = new_keys()
        taken = session.scalars(select(Replica.number_prefix)).all()
        prefix = next(f"L{number}" for number in range(1, 10_000) if f"L{number}" not in taken)
        laptop = uow.add(Replica(name=label, is_self=False, is_hub=False,
                                 counsellor_ids=json.dumps(counsellors), number_prefix=prefix,
                                 sign_public=keys.sign_public, box_public=keys.box_public))
        connection = session.connection()
        upto = last_seq(connection)
        rows = _share_rows(connection, counsellors)
        for table_name, in_table in rows.items():
            for row_id, row in in_table.items():
                session.add(ExchangeBase(peer_id=laptop.id, table_name=table_name,
                                         row_id=row_id, agreed=as_text(row), their_seq=0))
        laptop.acked_seq = upto
        hub_row = {"id": hub.id, "name": hub.name, "sign_public": hub.sign_public,
                   "box_public": hub.box_public}
        path, recovery, laptop_seq = _write_laptop(
            destination, rows, laptop_id=laptop.id, label=label, counsellors=counsellors,
            prefix=prefix, keys=keys, hub=hub_row, upto=upto, username=username,
            password=password)
        laptop.received_seq = laptop_seq
        uow.audit("replica_create", "exchange_replicas", laptop.id, {
            "name": label, "counsellors": counsellors, "prefix": prefix,
            "rows": sum(len(found) for found in rows.values()), "file": path.name})
        return LaptopMade(laptop.id, path, recovery, sum(len(found) for found in rows.values()))


def _write_laptop(destination: Path, rows: dict[str, dict[str, Any]], *, laptop_id: str,
                  label: str, counsellors: list[str], prefix: str, keys: Any,
                  hub: dict[str, str], upto: int, username: str,
                  password: str) -> tuple[Path, str, int]:
    """The laptop's database, made beside ``destination`` and given its name at the end
    (a failure leaves nothing)."""
    with database_made_for(destination, N_("The laptop's file could not be written to "
                                           "{folder}: {reason}")) as (made, key, recovery):
        with made.keyring_update() as ring:
            ring.set_password(key, username, password)
        with made.engine.begin() as writing:
            for table_name in EXCHANGED:
                for row in rows.get(table_name, {}).values():
                    writing.execute(table(table_name).insert().values(
                        **decode_row(table_name, row), version=1))
            laptop_seq = last_seq(writing)
            replicas = table("exchange_replicas")
            common = {"acked_seq": 0, "received_seq": 0, "last_file_seq": 0,
                      "files_sent": 0, "counsellor_ids": "[]", "number_prefix": "",
                      "created_at": clock.now(), "updated_at": clock.now(), "version": 1}
            writing.execute(replicas.insert().values(
                {**common, "id": laptop_id, "name": label, "is_self": True, "is_hub": False,
                 "counsellor_ids": json.dumps(counsellors), "number_prefix": prefix,
                 "sign_public": keys.sign_public, "box_public": keys.box_public,
                 "sign_private": keys.sign_private, "box_private": keys.box_private}))
            writing.execute(replicas.insert().values(
                {**common, "id": hub["id"], "name": hub["name"], "is_self": False,
                 "is_hub": True, "sign_public": hub["sign_public"],
                 "box_public": hub["box_public"], "acked_seq": laptop_seq,
                 "received_seq": upto}))
            bases = table("exchange_bases")
            for table_name, found in rows.items():
                batch = [{"peer_id": hub["id"], "table_name": table_name, "row_id": row_id,
                          "agreed": as_text(row), "their_seq": 0}
                         for row_id, row in found.items()]
                if batch:
                    writing.execute(bases.insert(), batch)
    return destination, recovery, laptop_seq
@dataclass(frozen=True)
class Retired:
    name: str
    counsellors: list[str]  # their names: change their password if the laptop was lost
    open_conflicts: int  # still to decide: what it sent is kept until then


def retire_replica(db: Database, actor: Actor, replica_id: str) -> Retired:
    """A laptop lost, stolen or replaced: from now on the office accepts no file from it
    and writes none for it (its key may be in someone else's hands). What the office kept
    of its copy to merge against is erased; the conflicts it brought stay, to be decided.
    Its number series stays taken: a new laptop gets the next one."""
    actor.require(Permission.EXCHANGE_ADMIN)
    with unit_of_work(db, actor) as uow:
        session = uow.session
        laptop = session.get(Replica, replica_id)
        if laptop is None or laptop.deleted_at is not None or laptop.is_self \
                or laptop.is_hub:
            raise CjeError(msg(N_("No laptop {id} is registered here (already retired?)."),
                               id=replica_id))
        hub_of(session)  # a laptop retires nothing: only the office registers them
        bases = session.connection().execute(delete(ExchangeBase).where(
            ExchangeBase.peer_id == laptop.id)).rowcount
        uow.soft_delete(laptop)
        counsellors = json.loads(laptop.counsellor_ids)
        names = [name for user_id, name in session.execute(
            select(User.id, User.full_name).where(User.id.in_(counsellors)))]
        conflicts = session.scalar(select(func.count()).select_from(ExchangeConflict).where(
            ExchangeConflict.resolved_at.is_(None),
            ExchangeConflict.replica_id == laptop.id)) or 0
        uow.audit("replica_retire", "exchange_replicas", laptop.id, {
            "name": laptop.name, "prefix": laptop.number_prefix, "bases_erased": bases,
            "last_exchange_at": laptop.last_exchange_at.isoformat()
            if laptop.last_exchange_at else None})
        return Retired(laptop.name, sorted(names), int(conflicts))


@dataclass(frozen=True)
class ReplicaRow:
    id: str
    name: str
    is_hub: bool
    counsellors: list[str]  # their names
    number_prefix: str
    last_exchange_at: datetime | None
    waiting: int  # changes of this database not yet acknowledged by that one
    open_conflicts: int


def list_replicas(db: Database, actor: Actor) -> list[ReplicaRow]:
    """The other side(s) of this database's exchanges: the laptops, at the office; the
    office, on a laptop."""
    actor.require(Permission.EXCHANGE)
    with db.read_session() as session:
        names = {str(ident): name for ident, name in session.execute(
            select(User.id, User.full_name))}
        me = session.scalar(select(Replica).where(Replica.is_self.is_(True),
                                                  Replica.deleted_at.is_(None)))
        if me is None:
            return []  # no laptop registered yet
        rows: list[ReplicaRow] = []
        for peer in session.scalars(select(Replica).where(
                Replica.is_self.is_(False), Replica.deleted_at.is_(None))
                .order_by(Replica.name)):
            waiting = len(outgoing(session, me, peer))
            conflicts = session.scalar(select(func.count()).select_from(ExchangeConflict).where(
                ExchangeConflict.resolved_at.is_(None),
                ExchangeConflict.replica_id == peer.id)) or 0
            rows.append(ReplicaRow(peer.id, peer.name, peer.is_hub,
                                   [names.get(user_id, user_id)
                                    for user_id in json.loads(peer.counsellor_ids)],
                                   peer.number_prefix, peer.last_exchange_at, int(waiting),
                                   int(conflicts)))
        return rows


@dataclass(frozen=True)
class LaptopStatus:
    hub_id: str
    hub_name: str
    last_exchange_at: datetime | None
    waiting: int  # this laptop's changes the office has not acknowledged


def laptop_status(db: Database, actor: Actor) -> LaptopStatus | None:
    """On a laptop, where its exchange with the office stands; None elsewhere (the office,
    a PC that takes part in no exchange) or for who does not exchange."""
    if not actor.can(Permission.EXCHANGE):
        return None
    with db.read_session() as session:
        me = session.scalar(select(Replica).where(Replica.is_self.is_(True),
                                                  Replica.deleted_at.is_(None)))
        if me is None or me.is_hub:
            return None
        hub = session.scalar(select(Replica).where(Replica.is_hub.is_(True),
                                                   Replica.is_self.is_(False),
                                                   Replica.deleted_at.is_(None)))
        if hub is None:
            return None
        return LaptopStatus(hub.id, hub.name, hub.last_exchange_at,
                            len(outgoing(session, me, hub)))
