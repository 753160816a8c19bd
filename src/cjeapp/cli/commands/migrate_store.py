"""``cjeapp migrate-store``: an office's database file copied to an empty database of the
office's server, every record and the audit chain as they are, verified table by table."""

from __future__ import annotations

import argparse

from cjeapp.cli.arguments import existing_file
from cjeapp.cli.arguments import password_from_environment_or_prompt
from cjeapp.cli.arguments import server_address
from cjeapp.cli.output import fail
from cjeapp.cli.output import print_one_time_passwords
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "migrate-store"
HELP = ("copy an office's database file to an empty database of the office's PostgreSQL "
        "server, every record and the audit chain as they are, verified table by table (all "
        "or nothing)")


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="source", type=existing_file, required=True)
    parser.add_argument("--user", required=True,
                        help="an administrator of the file (password from CJEAPP_PASSWORD or "
                        "asked)")
    parser.add_argument("--to", type=server_address, required=True,
                        help="postgresql://user@host/database (empty)")


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    """``cjeapp migrate-store --from FILE --user NAME --to postgresql://…``."""
    from cjeapp.core.db import server_logins
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
