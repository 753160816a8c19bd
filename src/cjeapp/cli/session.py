"""Opening --db for a command: as the staff member named by --user (audited under their
name), with the password from CJEAPP_PASSWORD or asked; or only its key, for the commands
about the file itself."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from cjeapp.core.errors import AuthenticationError
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg

if TYPE_CHECKING:
    from pathlib import Path

    from cjeapp.core.db.database import Database
    from cjeapp.core.permissions import Actor


def refuse_plain(path: Path) -> None:
    """Commands work on encrypted databases; a plain one of an earlier version is
    encrypted by the program at the first sign-in, or by ``cjeapp encrypt``."""
    from cjeapp.core.db.file_state import FileState
    from cjeapp.core.db.file_state import file_state
    from cjeapp.core.errors import DatabaseOpenError

    if file_state(path) is FileState.PLAIN:
        raise DatabaseOpenError(msg(N_(
            "{path} is not encrypted yet: open it once in the program and sign in, or run "
            "cjeapp encrypt --db {path} --user NAME."), path=str(path)))


def open_signed_in(args: argparse.Namespace) -> tuple[Database, Actor]:
    """--db opened as the staff member named by --user, with the password from
    CJEAPP_PASSWORD or asked; the caller closes the database."""
    from cjeapp.cli.arguments import password_from_environment_or_prompt
    from cjeapp.core.staff import opening

    if isinstance(args.db, str):  # the office's server: as the person's own login
        db, actor = opening.open_server_as(args.db, args.user,
                                           password_from_environment_or_prompt())
    else:
        path = args.db.expanduser().resolve()
        refuse_plain(path)
        # No whole-file scan here: a command's cost is its own work, not the file's size.
        # The integrity check is check's, backup's and the program's after sign-in.
        db, actor = opening.open_database(path, args.user,
                                          password_from_environment_or_prompt(), verify=False)
    if actor.must_change_password:
        db.close()
        raise AuthenticationError(msg(N_(
            "Your password was reset: sign in to the program once to choose a new one.")))
    return db, actor


def unlock(path: Path, username: str, password: str) -> bytes:
    """The key of the database file ``path``, for ``username``'s password (no sign-in)."""
    from cjeapp.core.staff.opening import unlock_key

    refuse_plain(path)
    return unlock_key(path, username, password)


def on_a_file(command: Callable[[argparse.Namespace], int]
              ) -> Callable[[argparse.Namespace], int]:
    """A command about the PC's database file itself: refused in a sentence for the
    office's server, whose backups and checks are the server's own tools."""
    from cjeapp.cli.output import fail

    def run(args: argparse.Namespace) -> int:
        if isinstance(getattr(args, "db", None), str):
            return fail(CjeError(msg(N_(
                "This command works on a database file. On the office's server, the data at "
                "rest is encrypted by the server's own disk encryption, and a lost password "
                "is reset by an administrator in Paramètres. See the README."))))
        return command(args)
    run.__doc__ = command.__doc__
    return run
