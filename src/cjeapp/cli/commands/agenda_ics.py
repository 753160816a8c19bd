"""``cjeapp agenda-ics``: a counsellor's appointments as an .ics file for a phone."""

from __future__ import annotations

import argparse

from cjeapp.cli.arguments import database_problem
from cjeapp.cli.arguments import day_count
from cjeapp.cli.arguments import iso_date
from cjeapp.cli.arguments import output_file
from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.output import write_output
from cjeapp.cli.session import open_signed_in
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import ngettext

NAME = "agenda-ics"
HELP = "a counsellor's appointments as an .ics file for a phone"


def arguments(parser: argparse.ArgumentParser) -> None:
    signed_in(parser)
    parser.add_argument("--counsellor", required=True, help="user name or identifier")
    parser.add_argument("--from", dest="period_from", type=iso_date,
                        help="first day, YYYY-MM-DD (default: today)")
    parser.add_argument("--days", type=day_count, default=28, help="how many days (default 28)")
    parser.add_argument("--out", type=output_file, required=True)


def check(args: argparse.Namespace) -> str | None:
    return database_problem(args, "out")


def run(args: argparse.Namespace) -> int:
    from cjeapp.core import clock
    from cjeapp.core.agenda import exports
    from cjeapp.core.locale_format import format_number

    try:
        db, actor = open_signed_in(args)
        try:
            counsellor = exports.counsellor_named(db, actor, args.counsellor)
            data = exports.counsellor_ics(db, actor, counsellor,
                                          args.period_from or clock.today(), args.days)
        finally:
            db.close()
        write_output(args.out, data)
    except CjeError as error:
        return fail(error)
    events = data.count(b"BEGIN:VEVENT")
    print(ngettext("{count} appointment written to {path}.",
                   "{count} appointments written to {path}.", events).format(
        count=format_number(events), path=args.out))
    return 0
