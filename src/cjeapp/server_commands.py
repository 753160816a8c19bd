"""``cjeapp server-init``: the organization and its first administrator on a new, empty
database of the office's server (the program's first-run set-up, for the server; the
seats then sign in with ``cjeapp --db postgresql://…``); ``migrate-store``, a file into an
empty server database; and ``backup --db postgresql://…``, the server copied into a file."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from cjeapp.commands import fail
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
            accounts.initialize(db, organization_name=args.organization,
                                office_name=args.office, username=args.user,
                                full_name=args.full_name,
                                password=password_from_environment_or_prompt())
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    print(gettext(N_("{address} is ready: sign in as {user} with cjeapp --db {url}")).format(
        address=shown_address(args.db), user=args.user, url=args.db))
    return 0


def migrate_store(args: argparse.Namespace) -> int:
    """``cjeapp migrate-store --from FILE --user NAME --to postgresql://…``."""
    from cjeapp.cli_arguments import password_from_environment_or_prompt
    from cjeapp.core.db.address import shown_address
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
    except CjeError as error:
        return fail(error)
    for table in moved:
        print(f"{table.name}\t{format_number(table.rows)}\t{table.checksum[:16]}")
    print(gettext(N_("Moved to {address}: {tables} tables, {rows} records, each table "
                     "counted and checksummed on both sides.")).format(
        address=shown_address(args.to), tables=format_number(len(moved)),
        rows=format_number(sum(table.rows for table in moved))))
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
