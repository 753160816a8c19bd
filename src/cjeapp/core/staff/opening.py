"""From a database file and a person's user name and password to an open database and a
signed-in staff member; and the two other ways in: the recovery key, and the first sign-in
after an upgrade, which encrypts a plain database of an earlier version.

Opening happens before the database can record anything, so failed attempts are counted in
the key file (same lockout rules as signing in) and written to the audit log at the next
opening.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from cjeapp.core.custody import boxes
from cjeapp.core.custody import taking_up
from cjeapp.core.db import encryption
from cjeapp.core.db import keyring
from cjeapp.core.db import sqlite_file
from cjeapp.core.db import work_files
from cjeapp.core.db.database import Database
from cjeapp.core.db.database import damaged
from cjeapp.core.db.new_file import database_made_for
from cjeapp.core.db.new_file import refuse_database
from cjeapp.core.errors import AuthenticationError
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.locale_format import format_time
from cjeapp.core.models import User
from cjeapp.core.permissions import SYSTEM
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from cjeapp.core.staff import throttle
from cjeapp.core.unit_of_work import unit_of_work


def set_up(path: Path, *, organization_name: str, office_name: str, username: str,
           full_name: str, password: str) -> tuple[Database, Actor, str]:
    """First run: the encrypted file with its organization and administrator, and the
    recovery key to show once. The file is made whole in a work folder beside ``path`` and
    takes its name only with its administrator: refused details (ValidationError), a
    failure or a kill leave no file behind."""
    destination = path.expanduser().resolve()
    with database_made_for(destination, N_("The database could not be written to {folder}: "
                                           "{reason}"),
                           refuse=refuse_database) as (made, key, recovery):
        actor = accounts.initialize(made, organization_name=organization_name,
                                    office_name=office_name, username=username,
                                    full_name=full_name, password=password)
        taking_up.escrow_to_recovery(made, recovery)
    return Database.open(destination, key), actor, recovery


def unlock_key(path: Path, username: str, password: str) -> bytes:
    """The database key that ``password`` unwraps for ``username``, or AuthenticationError.
    Unknown names cost the same time and get the same sentence; failures are counted.
    What a killed run left beside the file is cleaned first (a key file that took its name
    without its database is taken back, and the one it replaced put back)."""
    work_files.sweep(path.parent)
    keys = keyring.keys_path(path)
    ring = keyring.load(keys)
    locked = ring.locked_until(username)
    if locked is not None:
        raise AuthenticationError(msg(N_(
            "Too many failed attempts with this user name. Try again at {time}, or ask the "
            "administrator to unlock the account."), time=format_time(locked)))
    key = ring.unwrap_password(username, password)
    if key is None:
        ring.record_failure(username, throttle.lock_after)
        keyring.save(ring, keys)
        raise AuthenticationError(msg(N_("Unknown user name or wrong password.")))
    return key


def open_database(path: Path, username: str, password: str, *,
                  verify: bool = True) -> tuple[Database, Actor]:
    """Unlock, open and sign in; the caller closes the database. With ``verify`` False the
    caller runs ``db.check_integrity()`` itself, later (the GUI: after sign-in); a file too
    damaged to sign in is then still refused with the sentence saying what to do."""
    with keyring.one_derivation():  # the key file, the pin and the key pair: once
        return _open_database(path, username, password, verify=verify)


def _open_database(path: Path, username: str, password: str, *,
                   verify: bool) -> tuple[Database, Actor]:
    key = unlock_key(path, username, password)
    try:
        db = Database.open(path, key, verify=verify)
    except (sqlite_file.DatabaseError, SQLAlchemyDatabaseError) as exc:
        raise damaged(path, str(exc)) from exc
    try:
        report_failures_before_open(db)
        actor = accounts._sign_in(db, username, password, proven=True)
        ring = db.keyring()
        if ring.who(username) in ring.failures:  # a success starts the count again
            with db.keyring_update() as changed:
                changed.forget_failures(username)
    except (sqlite_file.DatabaseError, SQLAlchemyDatabaseError) as exc:
        db.close()
        raise damaged(path, str(exc)) from exc
    except BaseException:
        db.close()
        raise
    return db, actor


def report_failures_before_open(db: Database) -> None:
    """Write to the audit log the failed attempts to open the file not yet written there."""
    ring = db.keyring()
    pending = {who: row for who, row in ring.failures.items() if row.count > row.audited}
    if not pending:
        return
    with unit_of_work(db, SYSTEM) as uow:
        users = {ring.who(user.username): user for user in uow.session.scalars(select(User))}
        for who, row in pending.items():
            user = users.get(who)
            uow.audit("open_failed", "users", user.id if user else None,
                      {"username": user.username if user else None,
                       "failures": row.count - row.audited, "last": row.last.isoformat()})
    with db.keyring_update() as ring:
        for who, row in pending.items():
            if who in ring.failures:
                ring.failures[who].audited = row.count


def encrypt_and_open(path: Path, username: str, password: str) -> tuple[Database, Actor, str]:
    """The first sign-in on a plain database of an earlier version: check the person
    against it, encrypt it (and the copies the program kept beside it), and open it.
    Returns the database, the person and the recovery key to show them once."""
    plain = Database.open(path, None)
    try:
        actor = accounts.sign_in(plain, username, password)
        with unit_of_work(plain, actor) as uow:
            uow.audit("encrypt_database", "database", None)
    finally:
        plain.close()
    key = keyring.new_database_key()
    ring, recovery = keyring.Keyring.new(key)
    ring.set_password(key, username, password)
    encryption.encrypt_file(path, key, ring)
    encryption.encrypt_backups(path, key)
    db = Database.open(path, key)
    taking_up.escrow_to_recovery(db, recovery)
    return db, actor, recovery


def recover(path: Path, recovery_key: str, username: str, new_password: str) -> None:
    """Every password lost: the recovery key opens the database once, to give
    ``username`` (an active account) a new password. Audited."""
    from cjeapp.core.staff.passwords import hash_password
    from cjeapp.core.staff.passwords import password_problem

    problem = password_problem("new_password", new_password)
    if problem:
        raise ValidationError([problem])
    key = keyring.load(keyring.keys_path(path)).unwrap_recovery(recovery_key)
    if key is None:
        raise AuthenticationError(msg(N_(
            "This recovery key does not open {path}: check each group of four characters."),
            path=str(path)))
    db = Database.open(path, key, verify=False)  # a password given back: no whole-file scan
    try:
        login = username.strip().lower()
        with unit_of_work(db, SYSTEM) as uow:
            user = uow.session.scalar(select(User).where(User.username == login,
                                                         User.deleted_at.is_(None)))
            if user is None or not user.active:
                raise DatabaseOpenError(msg(N_(
                    "No active staff account is named {username} in this database."),
                    username=login))
            user.password_hash = hash_password(new_password)
            user.must_change_password = False
            throttle.forget(uow.session, login)
            uow.audit("recover_account", "users", user.id)
            actor = accounts.actor_for(user)
        with db.keyring_update() as ring:
            ring.set_password(key, login, new_password)
            ring.forget_failures(login)
        # What was sealed to the recovery key, taken up, and the person's new key pair
        # vouched for by it.
        secret = keyring.parse_recovery(recovery_key)
        if secret is not None:
            taking_up.take_up(db, actor, new_password, boxes.recovery_private(secret))
    finally:
        db.close()


def open_place(place: Path | str, username: str, password: str) -> tuple[Database, Actor]:
    """A database file, or the office's server (``postgresql://…``), opened and signed in;
    the caller closes it. A file is not scanned whole (an exchange costs its changes, not
    the office file's size): its program checks it after sign-in, its backups verify it."""
    if isinstance(place, str):
        return open_server_as(place, username, password)
    return open_database(place.expanduser().resolve(), username, password, verify=False)


def open_server_as(url: str, username: str, password: str) -> tuple[Database, Actor]:
    """The office's server opened as this staff member: with their own login where the
    server has personal logins; on a server still on the shared seat role (the address
    names it), through that role, the password checked against the account's hash."""
    from urllib.parse import urlsplit

    from cjeapp.core.db.server import open_server
    from cjeapp.core.db.server_logins import connect_as
    from cjeapp.core.db.server_logins import refused_by_name

    if urlsplit(url).username:
        try:
            shared = open_server(url)
        except DatabaseOpenError as error:
            if not refused_by_name(error):
                raise  # unreachable, or not cjeapp's: said as it is
            shared = None  # the shared role is gone (the office moved to personal logins)
        if shared is not None and not shared.personal_logins:
            try:
                return shared, accounts.sign_in(shared, username, password)
            except BaseException:
                shared.close()
                raise
        if shared is not None:
            shared.close()
    db = connect_as(url, username, password)
    try:
        return db, accounts.sign_in_proven(db, username, password)
    except BaseException:
        db.close()
        raise
