"""Handlers of the commands that look after the database file and its keys: ``check``,
``backup``, ``restore``, ``encrypt`` and ``recover`` (printing and exit codes only)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cjeapp.cli_arguments import password_from_environment_or_prompt
from cjeapp.commands import fail
from cjeapp.commands import print_recovery_key
from cjeapp.commands import refuse_plain
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.i18n import ngettext

# `check`'s exit status: 0 sound and nothing to resolve, 1 damage (or a refusal), 3 sound
# with business findings left to resolve (they never stop a backup).
FINDINGS_LEFT = 3


def on_a_file(command: Callable[[argparse.Namespace], int]
              ) -> Callable[[argparse.Namespace], int]:
    """A command about the PC's database file itself: refused in a sentence for the
    office's server, whose backups and checks are the server's own tools."""
    def run(args: argparse.Namespace) -> int:
        if isinstance(getattr(args, "db", None), str):
            return fail(CjeError(msg(N_(
                "This command works on a database file. On the office's server, the data at "
                "rest is encrypted by the server's own disk encryption, and a lost password "
                "is reset by an administrator in Paramètres. See the README."))))
        return command(args)
    run.__doc__ = command.__doc__
    return run


def _key(path: Path, username: str, password: str) -> bytes:
    from cjeapp.core.staff.opening import unlock_key

    refuse_plain(path)
    return unlock_key(path, username, password)


def check(args: argparse.Namespace) -> int:
    from cjeapp.core.db.maintenance import CheckReport
    from cjeapp.core.db.maintenance import check_database
    from cjeapp.core.locale_format import format_number

    report: CheckReport
    try:
        if isinstance(args.db, str):
            from cjeapp.server_commands import server_check

            if getattr(args, "against", None):
                raise CjeError(msg(N_(
                    "--against holds a database file's log against its backups; the "
                    "office's server is backed up and checked by its own tools.")))

            report = server_check(args)
        else:
            from cjeapp.core.db.anchors import file_anchor

            path = args.db.expanduser().resolve()
            key = _key(path, args.user, password_from_environment_or_prompt())
            anchors = [anchor for anchor in (
                file_anchor(witness.expanduser().resolve(), key, path)
                for witness in getattr(args, "against", None) or []) if anchor is not None]
            report = check_database(path, key, anchors)
    except CjeError as error:
        return fail(error)
    for problem in report.errors:
        print(gettext(N_("DAMAGE: {message}")).format(message=problem))
    for warning in report.warnings:
        print(gettext(N_("WARNING: {message}")).format(message=warning))
    for finding in report.findings:
        print(gettext(N_("TO RESOLVE: {message}")).format(message=finding))
    for table, count in report.counts.items():
        print(f"  {table}: {format_number(count)}")
    if not report.sound:
        print(gettext(N_("The database is damaged: backups are refused until it is repaired "
                         "or a backup is restored.")))
        return 1
    if report.findings:
        print(ngettext("The database is sound; {count} finding is left to resolve (it "
                       "does not stop backups).",
                       "The database is sound; {count} findings are left to resolve (they "
                       "do not stop backups).",
                       len(report.findings)).format(count=len(report.findings)))
        return FINDINGS_LEFT
    print(gettext(N_("The database is sound.")))
    return 0


def backup(args: argparse.Namespace) -> int:
    from cjeapp.core.db.maintenance import backup as do_backup

    if isinstance(args.db, str):
        from cjeapp.server_commands import server_backup

        return server_backup(args)
    path = args.db.expanduser().resolve()
    try:
        key = _key(path, args.user, password_from_environment_or_prompt())
        target = do_backup(path, key, args.to.expanduser().resolve())
    except CjeError as error:
        return fail(error)
    print(gettext(N_("Backup written and verified: {path} (with its key file)")).format(
        path=target))
    return 0


def _recovery_key() -> str:
    from cjeapp.cli_arguments import secret_from_environment_or_prompt

    return secret_from_environment_or_prompt("CJEAPP_RECOVERY_KEY", N_("Recovery key: "))


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


def restore(args: argparse.Namespace) -> int:
    """The backup is opened with the password of --user as it was when the backup was
    made, or with the recovery key (--recovery-key); the live file, when the same password
    opens it, is kept as a verified copy, else byte for byte."""
    from cjeapp.core.backups.automatic import record_restore
    from cjeapp.core.db import keyring
    from cjeapp.core.db.file_state import FileState
    from cjeapp.core.db.file_state import file_state
    from cjeapp.core.db.maintenance import restore as do_restore
    from cjeapp.core.errors import AuthenticationError
    from cjeapp.core.i18n import msg

    source, db_path = args.source.expanduser().resolve(), args.db.expanduser().resolve()
    try:
        refuse_plain(source)
        if args.recovery_key:
            recovery = _recovery_key()
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
            source_key = _key(source, args.user, password)
            live_key = None
            if file_state(db_path) is FileState.ENCRYPTED:
                try:
                    live_key = _key(db_path, args.user, password)
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


@on_a_file
def encrypt(args: argparse.Namespace) -> int:
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


@on_a_file
def recover(args: argparse.Namespace) -> int:
    """Every password lost: the recovery key gives --user a new password."""
    from cjeapp.cli_arguments import secret_from_environment_or_prompt
    from cjeapp.core.staff.opening import recover as do_recover

    path = args.db.expanduser().resolve()
    try:
        refuse_plain(path)
        recovery = _recovery_key()
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


def where(_args: argparse.Namespace) -> int:
    """Where this computer keeps what the program writes (for whoever helps the office)."""
    from cjeapp.locations import locations

    places = locations()
    print(gettext(N_("Database: {path}")).format(path=places.database))
    print(gettext(N_("Backups (until Settings names another folder): {path}")).format(
        path=places.backups))
    print(gettext(N_("Log: {path}")).format(path=places.logs))
    print(gettext(N_("Settings of this computer: {path}")).format(path=places.settings))
    if places.portable:
        print(gettext(N_("Portable mode: everything is kept beside the program.")))
    return 0
