"""``cjeapp server-secure``: an office's server moved from the shared seat role to
personal logins, as the server's owner, in one step."""

from __future__ import annotations

import argparse

from cjeapp.cli.arguments import server_address
from cjeapp.cli.commands.server_init import seat_address
from cjeapp.cli.output import fail
from cjeapp.cli.output import print_one_time_passwords
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "server-secure"
HELP = ("move an office's server from the shared seat role to personal logins: a login for "
        "each person (one-time passwords printed), the server's rights set, the shared role "
        "dropped; run with the owner's role")


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=server_address, required=True,
                        help="postgresql://owner@host/database")
    parser.add_argument("--seat-role", default="cjeapp_seat",
                        help="the shared role the desks connected with (dropped)")


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    """``cjeapp server-secure --db postgresql://OWNER@host/db``: an office on the shared
    seat role moves to personal logins, as the server's owner, in one step: every active
    account gets its login and a one-time password, the server's rights are set, and the
    shared role loses every right and is dropped (its password on the desks opens nothing
    from then on). Records, the audit chain and the accounts stay as they are."""
    from cjeapp.core.db import server_logins
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
