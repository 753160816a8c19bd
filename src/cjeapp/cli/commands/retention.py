"""``cjeapp retention``, for Law 25: the files past their retention period; with --apply,
those no open request holds back are destroyed (anonymized, statistics kept)."""

from __future__ import annotations

import argparse
import sys

from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.session import open_signed_in
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import ngettext

NAME = "retention"
HELP = ("files past their retention period (Law 25); --apply destroys them (anonymized, "
        "statistics kept)")


def arguments(parser: argparse.ArgumentParser) -> None:
    signed_in(parser)
    parser.add_argument("--apply", action="store_true",
                        help="destroy the files listed that no open request holds back")


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    """The files past their retention; with --apply, destroy those not held back."""
    from cjeapp.core.locale_format import format_date
    from cjeapp.core.privacy import retention as files

    try:
        db, actor = open_signed_in(args)
        try:
            due = files.due_files(db, actor)
            for row in due:
                held = f"\t{row.blocked}" if row.blocked else ""
                print(f"{row.client_id}\t{row.person}\t{format_date(row.last_activity)}\t"
                      f"{row.records}{held}")
            ready = [row.client_id for row in due if row.blocked is None]
            print(ngettext("{count} file past its retention ({years} years), {ready} that "
                           "can be destroyed.", "{count} files past their retention "
                           "({years} years), {ready} that can be destroyed.", len(due))
                  .format(count=len(due), years=files.retention_years(db), ready=len(ready)),
                  file=sys.stderr)
            if args.apply and ready:
                report = files.destroy(db, actor, ready)
                print(ngettext("{count} file destroyed under the rule: {rule}.",
                               "{count} files destroyed under the rule: {rule}.",
                               report.persons).format(count=report.persons, rule=report.rule))
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    return 0
