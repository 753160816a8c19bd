"""``cjeapp bench search``: each keystroke's query timed, as a receptionist types names."""

from __future__ import annotations

import argparse

from cjeapp.cli.bench import built_in
from cjeapp.cli.bench import credentials
from cjeapp.cli.bench import database_options
from cjeapp.cli.bench import database_options_problem
from cjeapp.cli.bench import say_building
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "search"
HELP = "search as one types: each keystroke's query, p50/p95"


def arguments(parser: argparse.ArgumentParser) -> None:
    database_options(parser)


def check(args: argparse.Namespace) -> str | None:
    return database_options_problem(args)


def run(args: argparse.Namespace) -> int:
    from cjeapp.bench import search_bench
    from cjeapp.core.locale_format import format_number

    if args.db is None:
        say_building(args.clients)
    result = search_bench.run(args.db, clients=args.clients, credentials=credentials(args))
    built_in(result.build_seconds)
    print(gettext(N_("search: {clients} clients, {queries} keystroke queries")).format(
        clients=format_number(result.clients), queries=format_number(result.queries)))
    print(gettext(N_("p50 {p50} ms  p95 {p95} ms  max {max} ms")).format(
        p50=format_number(round(result.p50_ms, 2)), p95=format_number(round(result.p95_ms, 2)),
        max=format_number(round(result.max_ms, 2))))
    return 0
