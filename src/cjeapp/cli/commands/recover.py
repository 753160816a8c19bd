"""``cjeapp recover``: every password lost, the recovery key gives --user a new one."""

from __future__ import annotations

import argparse
import sys

from cjeapp.cli.arguments import existing_file
from cjeapp.cli.arguments import recovery_key_from_environment_or_prompt
from cjeapp.cli.arguments import secret_from_environment_or_prompt
from cjeapp.cli.output import fail
from cjeapp.cli.session import on_a_file
from cjeapp.cli.session import refuse_plain
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "recover"
HELP = "every password lost: the recovery key gives --user a new password"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=existing_file, required=True)
    parser.add_argument("--user", required=True, help="the account to give a new password")


def check(args: argparse.Namespace) -> str | None:
    return None


@on_a_file
def run(args: argparse.Namespace) -> int:
    """Every password lost: the recovery key gives --user a new password."""
    from cjeapp.core.staff.opening import recover as do_recover

    path = args.db.expanduser().resolve()
    try:
        refuse_plain(path)
        recovery = recovery_key_from_environment_or_prompt()
        new = secret_from_environment_or_prompt("CJEAPP_NEW_PASSWORD", N_("New password: "))
        again = secret_from_environment_or_prompt("CJEAPP_NEW_PASSWORD",
                                                  N_("New password again: "))
        if new != again:
            print(gettext(N_("Error: the two new passwords differ.")), file=sys.stderr)
            return 1
        do_recover(path, recovery, args.user, new)
    except CjeError as error:
        return fail(error)
    print(gettext(N_("{user} can sign in with the new password.")).format(user=args.user))
    return 0
