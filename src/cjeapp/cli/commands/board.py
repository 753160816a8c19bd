"""``cjeapp board``: the director's board as a PDF or a spreadsheet (.pdf or .xlsx)."""

from __future__ import annotations

import argparse

from cjeapp.cli.arguments import database_problem
from cjeapp.cli.arguments import iso_date
from cjeapp.cli.arguments import output_file
from cjeapp.cli.arguments import period_problem
from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.output import write_output
from cjeapp.cli.session import open_signed_in
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "board"
HELP = ("the director's board: the load of a period beside the same period a year earlier, "
        "as a PDF or a spreadsheet (.pdf or .xlsx); counts under 5 written « < 5 »")


def arguments(parser: argparse.ArgumentParser) -> None:
    signed_in(parser)
    parser.add_argument("--from", dest="period_from", type=iso_date,
                        help="first day, YYYY-MM-DD (default: the fiscal year's, April 1)")
    parser.add_argument("--to", dest="period_to", type=iso_date,
                        help="last day, YYYY-MM-DD (default: the fiscal year's, March 31)")
    parser.add_argument("--office", help="only the files of this office (its name)")
    parser.add_argument("--counsellor", help="only this counsellor's people (user name)")
    parser.add_argument("--lang", dest="doc_lang", choices=("fr", "en"), default="fr")
    parser.add_argument("--out", type=output_file, required=True, help="a .pdf or .xlsx file")


def check(args: argparse.Namespace) -> str | None:
    if problem := period_problem(args):
        return problem
    if args.out.suffix.lower() not in (".pdf", ".xlsx"):
        return gettext(N_("board writes a PDF (.pdf) or a spreadsheet (.xlsx): end --out with "
                          "one of them."))
    return database_problem(args, "out")


def run(args: argparse.Namespace) -> int:
    from cjeapp.core.reporting.board import board_choices
    from cjeapp.core.reporting.board import check_period
    from cjeapp.core.reporting.board import find_choice
    from cjeapp.core.reporting.board import fiscal_year
    from cjeapp.core.reporting.board_export import BoardFormat
    from cjeapp.core.reporting.board_export import export_board
    from cjeapp.core.reporting.board_figures import BoardFilter

    form = BoardFormat(args.out.suffix.lower().lstrip("."))
    try:
        db, actor = open_signed_in(args)
        try:
            first, last = fiscal_year(args.period_from or args.period_to)
            first, last = args.period_from or first, args.period_to or last
            check_period(first, last)
            choices = board_choices(db, actor)
            office = find_choice(choices.offices, args.office) if args.office else None
            counsellor = (find_choice(choices.counsellors, args.counsellor)
                          if args.counsellor else None)
            data = export_board(db, actor, BoardFilter(
                first, last, office.id if office else None,
                counsellor.id if counsellor else None), form, args.doc_lang)
        finally:
            db.close()
        write_output(args.out, data)
    except CjeError as error:
        return fail(error)
    print(gettext(N_("Board written: {path}")).format(path=args.out))
    return 0
