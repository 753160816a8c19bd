"""``cjeapp restore``: a verified backup put back in place of the database file, by its
administrator (their password as it was) or with the recovery key; the live file is kept."""

from __future__ import annotations

import argparse
from pathlib import Path

from cjeapp.cli.arguments import database_problem
from cjeapp.cli.arguments import existing_file
from cjeapp.cli.arguments import password_from_environment_or_prompt
from cjeapp.cli.arguments import recovery_key_from_environment_or_prompt
from cjeapp.cli.arguments import restored_file
from cjeapp.cli.output import fail
from cjeapp.cli.session import refuse_plain
from cjeapp.cli.session import unlock
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg

NAME = "restore"
HELP = "restore a verified backup"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="source", type=existing_file, required=True)
    parser.add_argument("--db", type=restored_file, required=True)
    parser.add_argument("--user", help="your user name (the password opens the backup)")
    parser.add_argument("--recovery-key", action="store_true",
                        help="open the backup with the recovery key instead (asked)")
    parser.add_argument("--insist", action="store_true",
                        help="restore even a backup whose audit log contradicts the current "
                        "file's (recorded as such)")


def check(args: argparse.Namespace) -> str | None:
    if not (args.user or args.recovery_key):
        return gettext(N_("restore needs --user NAME, or --recovery-key."))
    return database_problem(args, "source")


def require_administrator(path: Path, key: bytes, username: str) -> None:
    """Restoring is the administrator's: ``username`` must be an active administrator in
    this file (the backup, and the live file when the same password opens it)."""
    from cjeapp.core.db import sqlite_file
    from cjeapp.core.errors import PermissionDenied

    try:
        connection = sqlite_file.connect(path, key, readonly=True)
        try:
            found = connection.execute(
                "SELECT role, active FROM users WHERE username = ? AND deleted_at IS NULL",
                (username,)).fetchone()
        finally:
            connection.close()
    except sqlite_file.DatabaseError:
        return  # unreadable: the restore refuses such a backup itself, in a sentence
    if found is None or found[0] != "administrator" or not found[1]:
        raise PermissionDenied("restore")


def run(args: argparse.Namespace) -> int:
    """The backup is opened with the password of --user as it was when the backup was
    made, or with the recovery key (--recovery-key); the live file, when the same password
    opens it, is kept as a verified copy, else byte for byte."""
    from cjeapp.core.backups.automatic import record_restore
    from cjeapp.core.db import keyring
    from cjeapp.core.db.file_state import FileState
    from cjeapp.core.db.file_state import file_state
    from cjeapp.core.db.maintenance import restore as do_restore
    from cjeapp.core.errors import AuthenticationError

    source, db_path = args.source.expanduser().resolve(), args.db.expanduser().resolve()
    try:
        refuse_plain(source)
        if args.recovery_key:
            recovery = recovery_key_from_environment_or_prompt()
            source_key = keyring.load(keyring.keys_path(source)).unwrap_recovery(recovery)
            if source_key is None:
                raise AuthenticationError(msg(N_(
                    "This recovery key does not open {path}: check each group of four "
                    "characters."), path=str(source)))
            live_key = None
            if file_state(db_path) is FileState.ENCRYPTED:
                try:  # the same recovery key opens the live file when it is the same lineage
                    live_key = keyring.load(keyring.keys_path(db_path)).unwrap_recovery(
                        recovery)
                except CjeError:
                    live_key = None
        else:
            password = password_from_environment_or_prompt()
            source_key = unlock(source, args.user, password)
            live_key = None
            if file_state(db_path) is FileState.ENCRYPTED:
                try:
                    live_key = unlock(db_path, args.user, password)
                except CjeError:
                    live_key = None  # damaged, or the password changed since: kept as is
            for path, key in ((source, source_key), (db_path, live_key)):
                if key is not None:
                    require_administrator(path, key, args.user)
        if file_state(db_path) is FileState.ENCRYPTED and live_key is None:
            raise AuthenticationError(msg(N_(
                "Restoring replaces {path}: only someone it opens for may do it — its "
                "administrator with their password, or its recovery key. If its key file is "
                "lost, move the damaged file aside first, then restore."), path=str(db_path)))
        insist = bool(getattr(args, "insist", False))
        kept = do_restore(source, source_key, db_path, live_key, insist=insist)
        record_restore(db_path, source_key, None if args.recovery_key else args.user,
                       source.name, kept.name if kept else None,
                       **({"insisted": "restored without holding its log against the file's"}
                          if insist else {}))
    except CjeError as error:
        return fail(error)
    print(gettext(N_("Database restored: {path}")).format(path=args.db))
    if kept:
        print(gettext(N_("The previous file was kept as {path}")).format(path=kept))
    return 0
