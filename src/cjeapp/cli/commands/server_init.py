"""``cjeapp server-init``: the organization and its first administrator on a new, empty
database of the office's server (the program's first-run set-up, for the server; the seats
then sign in with ``cjeapp --db postgresql://…``)."""

from __future__ import annotations

import argparse
from urllib.parse import urlsplit

from cjeapp.cli.arguments import password_from_environment_or_prompt
from cjeapp.cli.arguments import server_address
from cjeapp.cli.output import fail
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg

NAME = "server-init"
HELP = ("set up a new, empty database of the office's PostgreSQL server: the organization "
        "and its first administrator (password from CJEAPP_PASSWORD or asked)")


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=server_address, required=True,
                        help="postgresql://user@host/database")
    parser.add_argument("--organization", required=True)
    parser.add_argument("--office", required=True, help="the main office's name")
    parser.add_argument("--user", required=True, help="the administrator's user name")
    parser.add_argument("--full-name", required=True, help="the administrator's name")


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.core.db import server_logins
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
