"""``cjeapp backup``: an online backup of the database file, verified; or the office's
server copied into a new encrypted file, verified table by table."""

from __future__ import annotations

import argparse

from cjeapp.cli.arguments import database_problem
from cjeapp.cli.arguments import output_file
from cjeapp.cli.arguments import password_from_environment_or_prompt
from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.output import print_recovery_key
from cjeapp.cli.session import unlock
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "backup"
HELP = "online backup to a file, verified"


def arguments(parser: argparse.ArgumentParser) -> None:
    signed_in(parser)
    parser.add_argument("--to", type=output_file, required=True)


def check(args: argparse.Namespace) -> str | None:
    return database_problem(args, "to")


def run(args: argparse.Namespace) -> int:
    from cjeapp.core.db.maintenance import backup as do_backup

    if isinstance(args.db, str):
        return _from_server(args)
    path = args.db.expanduser().resolve()
    try:
        key = unlock(path, args.user, password_from_environment_or_prompt())
        target = do_backup(path, key, args.to.expanduser().resolve())
    except CjeError as error:
        return fail(error)
    print(gettext(N_("Backup written and verified: {path} (with its key file)")).format(
        path=target))
    return 0


def _from_server(args: argparse.Namespace) -> int:
    """``cjeapp backup --db postgresql://… --user ADMIN --to FILE``: the office's server
    copied into a new encrypted cjeapp file, verified table by table."""
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
