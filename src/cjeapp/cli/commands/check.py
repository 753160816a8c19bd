"""``cjeapp check``: the database's integrity and consistency, on a file (held against
witnesses made earlier with --against) or on the office's server."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from cjeapp.cli.arguments import existing_file
from cjeapp.cli.arguments import password_from_environment_or_prompt
from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.session import unlock
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.i18n import ngettext

if TYPE_CHECKING:
    from cjeapp.core.db.maintenance import CheckReport

NAME = "check"
HELP = "integrity and consistency report"

# The exit status: 0 sound and nothing to resolve, 1 damage (or a refusal), 3 sound with
# business findings left to resolve (they never stop a backup).
FINDINGS_LEFT = 3


def arguments(parser: argparse.ArgumentParser) -> None:
    signed_in(parser)
    parser.add_argument("--against", type=existing_file, action="append", metavar="FILE",
                        help="a witness made earlier — a backup, a seal of the audit log "
                        "(Vie privée), an exchange file this database wrote or a funder "
                        "package it made: the audit log must still hold the entry it names "
                        "as it was (repeat for several)")


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.core.db.maintenance import check_database
    from cjeapp.core.locale_format import format_number

    report: CheckReport
    try:
        if isinstance(args.db, str):
            if getattr(args, "against", None):
                raise CjeError(msg(N_(
                    "--against holds a database file's log against its backups; the "
                    "office's server is backed up and checked by its own tools.")))

            report = _on_server(args)
        else:
            from cjeapp.core.db.anchors import file_anchor

            path = args.db.expanduser().resolve()
            key = unlock(path, args.user, password_from_environment_or_prompt())
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


def _on_server(args: argparse.Namespace) -> CheckReport:
    """``cjeapp check --db postgresql://… --user ADMIN``: the program's own checks there."""
    from cjeapp.core.db.server import open_server
    from cjeapp.core.db.server_check import check_server
    from cjeapp.core.staff import accounts

    password = password_from_environment_or_prompt()
    db = open_server(args.db)
    try:
        return check_server(db, accounts.sign_in(db, args.user, password))
    finally:
        db.close()
