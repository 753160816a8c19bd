"""Handlers of ``cjeapp board`` (the director's board as a PDF or a spreadsheet) and
``cjeapp bench board``."""

from __future__ import annotations

import argparse
import sys

from cjeapp.commands import _credentials
from cjeapp.commands import _open
from cjeapp.commands import fail
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.writers.whole_file import write_whole


def board(args: argparse.Namespace) -> int:
    from cjeapp.core.reporting.board import board_choices
    from cjeapp.core.reporting.board import check_period
    from cjeapp.core.reporting.board import find_choice
    from cjeapp.core.reporting.board import fiscal_year
    from cjeapp.core.reporting.board_export import BoardFormat
    from cjeapp.core.reporting.board_export import export_board
    from cjeapp.core.reporting.board_figures import BoardFilter

    form = BoardFormat(args.out.suffix.lower().lstrip("."))
    try:
        db, actor = _open(args)
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
    except CjeError as error:
        return fail(error)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_whole(args.out, data)
    print(gettext(N_("Board written: {path}")).format(path=args.out))
    return 0


def bench_board(args: argparse.Namespace) -> int:
    from cjeapp.bench.board_bench import run
    from cjeapp.core.locale_format import format_number

    if args.db is None:
        print(gettext(N_("Building a demo database of {clients} clients…")).format(
            clients=format_number(args.clients)), file=sys.stderr)
    result = run(args.db, clients=args.clients, credentials=_credentials(args))
    if result.build_seconds is not None:
        print(gettext(N_("demo database built in {seconds} s")).format(
            seconds=format_number(round(result.build_seconds, 1))))
    print(gettext(N_("board of a fiscal year: {clients} people, {served} served in the year"))
          .format(clients=format_number(result.clients), served=format_number(result.served)))
    print(gettext(N_("whole board {board} s (its {queries} queries alone {alone} s); PDF "
                     "{pdf} s; spreadsheet {xlsx} s")).format(
        board=format_number(round(result.board_seconds, 2)),
        queries=format_number(result.queries),
        alone=format_number(round(result.queries_seconds, 2)),
        pdf=format_number(round(result.pdf_seconds, 2)),
        xlsx=format_number(round(result.xlsx_seconds, 2))))
    return 0
