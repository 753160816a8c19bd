"""``cjeapp bench board``: the director's board of a fiscal year, beside its queries alone,
and its PDF and spreadsheet."""

from __future__ import annotations

import argparse

from cjeapp.cli.bench import built_in
from cjeapp.cli.bench import credentials
from cjeapp.cli.bench import database_options
from cjeapp.cli.bench import database_options_problem
from cjeapp.cli.bench import say_building
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "board"
HELP = "a fiscal year's board, beside its queries alone; PDF and spreadsheet"


def arguments(parser: argparse.ArgumentParser) -> None:
    database_options(parser)


def check(args: argparse.Namespace) -> str | None:
    return database_options_problem(args)


def run(args: argparse.Namespace) -> int:
    from cjeapp.bench.board_bench import run as measure
    from cjeapp.core.locale_format import format_number

    if args.db is None:
        say_building(args.clients)
    result = measure(args.db, clients=args.clients, credentials=credentials(args))
    built_in(result.build_seconds)
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
