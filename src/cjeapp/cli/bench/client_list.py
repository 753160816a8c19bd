"""``cjeapp bench client-list``: the list of every person painted, and the memory it takes."""

from __future__ import annotations

import argparse

from cjeapp.cli.bench import built_in
from cjeapp.cli.bench import credentials
from cjeapp.cli.bench import database_options
from cjeapp.cli.bench import database_options_problem
from cjeapp.cli.bench import say_building
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "client-list"
HELP = "the list of every person: first paint, scrolling, memory"


def arguments(parser: argparse.ArgumentParser) -> None:
    database_options(parser)


def check(args: argparse.Namespace) -> str | None:
    return database_options_problem(args)


def run(args: argparse.Namespace) -> int:
    from cjeapp.bench.client_list_bench import run as measure
    from cjeapp.core.locale_format import format_number

    if args.db is None:
        say_building(args.clients)
    result = measure(args.db, clients=args.clients, credentials=credentials(args))
    print(gettext(N_("client list: {clients} clients")).format(
        clients=format_number(result.clients)))
    built_in(result.build_seconds)
    print(gettext(N_("first paint {ms} ms, {rows} rows read after 20 screens of scrolling"))
          .format(ms=format_number(round(result.paint_seconds * 1000)),
                  rows=format_number(result.rows_loaded)))
    print(gettext(N_("memory (the program with the file just opened): {before} MB before, "
                     "{painted} MB after the first paint, {scrolled} MB after scrolling"))
          .format(before=format_number(round(result.rss_before_mb)),
                  painted=format_number(round(result.rss_after_paint_mb)),
                  scrolled=format_number(round(result.rss_after_scroll_mb))))
    return 0
