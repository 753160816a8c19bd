"""``cjeapp encrypt``: a plain database of an earlier version, encrypted in place."""

from __future__ import annotations

import argparse

from cjeapp.cli.arguments import password_from_environment_or_prompt
from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.output import print_recovery_key
from cjeapp.cli.session import on_a_file
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "encrypt"
HELP = "encrypt a database of an earlier version"


def arguments(parser: argparse.ArgumentParser) -> None:
    signed_in(parser)


def check(args: argparse.Namespace) -> str | None:
    return None


@on_a_file
def run(args: argparse.Namespace) -> int:
    """A plain database of an earlier version, encrypted in place."""
    from cjeapp.core.db.file_state import FileState
    from cjeapp.core.db.file_state import file_state
    from cjeapp.core.staff.opening import encrypt_and_open

    path = args.db.expanduser().resolve()
    if file_state(path) is not FileState.PLAIN:
        print(gettext(N_("{path} is already encrypted.")).format(path=path))
        return 0
    try:
        db, _actor, recovery = encrypt_and_open(path, args.user,
                                                password_from_environment_or_prompt())
        db.close()
    except CjeError as error:
        return fail(error)
    print(gettext(N_("{path} is now encrypted; your password opens it. The other staff "
                     "members' passwords open it after they sign in once in the program "
                     "while it is open, or after an administrator resets them.")).format(
        path=path))
    print_recovery_key(recovery)
    return 0
