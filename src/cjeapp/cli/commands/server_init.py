"""``cjeapp server-init``: the organization and its first administrator on a new, empty
database of the office's server (the program's first-run set-up, for the server; the
seats then sign in with ``cjeapp --db postgresql://…``); ``migrate-store``, a file into an
empty server database; and ``backup --db postgresql://…``, the server copied into a file."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from cjeapp.commands import fail
from cjeapp.core.db import server_logins
from cjeapp.core.db.server_logins import OneTimePassword
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg

if TYPE_CHECKING:
    from cjeapp.core.db.maintenance import CheckReport


def server_init(args: argparse.Namespace) -> int:
    from cjeapp.cli_arguments import password_from_environment_or_prompt
    from cjeapp.core.db.address import shown_address
    from cjeapp.core.db.server import open_server
    from cjeapp.core.staff import accounts

    try:
        db = open_server(args.db)
        try:
            if not accounts.needs_first_run(db):
                raise CjeError(msg(N_(
                    "The server's database {address} is already set up: sign in to the "
                    "program with one of its accounts."), address=shown_address(args.db)))
            password = password_from_environment_or_prompt()
            actor = accounts.initialize(db, organization_name=args.organization,
                                        office_name=args.office, username=args.user,
                                        full_name=args.full_name, password=password)
            server_logins.secure(db, {actor.username: password})
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    print(gettext(N_("{address} is ready: sign in as {user} with cjeapp --db {url}")).format(
        address=shown_address(args.db), user=args.user, url=seat_address(args.db)))
    print(gettext(N_("Each person connects to the server as their own login; the server "
                     "checks every role itself.")))
    return 0


def seat_address(url: str) -> str:
    """The address seats use: the server's, without the owner's name and password (each
    person connects as their own login)."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return parts._replace(netloc=host).geturl()


def print_one_time_passwords(made: list[OneTimePassword]) -> None:
    if not made:
        return
    print(gettext(N_("Each person signs in once with this one-time password, then chooses "
                     "their own (give each their own, by hand):")))
    for account in made:
        print(f"  {account.username}\t{account.full_name}\t{account.password}")


def server_secure(args: argparse.Namespace) -> int:
    """``cjeapp server-secure --db postgresql://OWNER@host/db``: an office on the shared
    seat role moves to personal logins, as the server's owner, in one step: every active
    account gets its login and a one-time password, the server's rights are set, and the
    shared role loses every right and is dropped (its password on the desks opens nothing
    from then on). Records, the audit chain and the accounts stay as they are."""
    from cjeapp.core.db.address import shown_address
    from cjeapp.core.db.server import open_server

    try:
        db = open_server(args.db)
        try:
            made = server_logins.secure(db)
            dropped = server_logins.drop_shared_role(db, args.seat_role)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    print(gettext(N_("{address} now has a login for each person; the server checks every "
                     "role itself.")).format(address=shown_address(args.db)))
    if dropped:
        print(gettext(N_("The shared role {role} is dropped.")).format(role=args.seat_role))
    print_one_time_passwords(made)
    print(gettext(N_("The desks connect with cjeapp --db {url} (Paramètres › Serveur on each "
                     "desk).")).format(url=seat_address(args.db)))
    return 0


def migrate_store(args: argparse.Namespace) -> int:
    """``cjeapp migrate-store --from FILE --user NAME --to postgresql://…``."""
    from cjeapp.cli_arguments import password_from_environment_or_prompt
    from cjeapp.core.db.address import shown_address
    from cjeapp.core.db.server import open_server
    from cjeapp.core.db.store_move import move_to_server
    from cjeapp.core.locale_format import format_number
    from cjeapp.core.staff import opening

    try:
        source, actor = opening.open_database(args.source.expanduser().resolve(), args.user,
                                              password_from_environment_or_prompt())
        try:
            moved = move_to_server(source, actor, args.to)
        finally:
            source.close()
        target = open_server(args.to)
        try:
            made = server_logins.secure(target)
        finally:
            target.close()
    except CjeError as error:
        return fail(error)
    for table in moved:
        print(f"{table.name}\t{format_number(table.rows)}\t{table.checksum[:16]}")
    print(gettext(N_("Moved to {address}: {tables} tables, {rows} records, each table "
                     "counted and checksummed on both sides.")).format(
        address=shown_address(args.to), tables=format_number(len(moved)),
        rows=format_number(sum(table.rows for table in moved))))
    print_one_time_passwords(made)
    return 0


def server_backup(args: argparse.Namespace) -> int:
    """``cjeapp backup --db postgresql://… --user ADMIN --to FILE``: the office's server
    copied into a new encrypted cjeapp file, verified table by table."""
    from cjeapp.cli_arguments import password_from_environment_or_prompt
    from cjeapp.commands import print_recovery_key
    from cjeapp.core.backups.server_copy import back_up_server
    from cjeapp.core.db.server import open_server
    from cjeapp.core.locale_format import format_number
    from cjeapp.core.staff import accounts

    password = password_from_environment_or_prompt()
    try:
        db = open_server(args.db)
        try:
            actor = accounts.sign_in(db, args.user, password)
            made = back_up_server(db, actor, password, args.to)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    print(gettext(N_("The server's office copied and verified: {path} (with its key file; "
                     "{tables} tables, {rows} records). It opens with your user name and "
                     "password.")).format(path=made.path, tables=format_number(len(made.tables)),
                                          rows=format_number(made.records)))
    print_recovery_key(made.recovery_key)
    return 0


def server_check(args: argparse.Namespace) -> CheckReport:
    """``cjeapp check --db postgresql://… --user ADMIN``: the program's own checks there."""
    from cjeapp.cli_arguments import password_from_environment_or_prompt
    from cjeapp.core.db.server import open_server
    from cjeapp.core.db.server_check import check_server
    from cjeapp.core.staff import accounts

    password = password_from_environment_or_prompt()
    db = open_server(args.db)
    try:
        return check_server(db, accounts.sign_in(db, args.user, password))
    finally:
        db.close()
