"""``cjeapp bench today``: the Today page's refresh for each role that has one, its queries
and their plans; exit code 1 when a query reads a whole table."""

from __future__ import annotations

import argparse

from cjeapp.cli.bench import built_in
from cjeapp.cli.bench import credentials
from cjeapp.cli.bench import database_options
from cjeapp.cli.bench import database_options_problem
from cjeapp.cli.bench import say_building
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "today"
HELP = "the Today page's refresh per role, its queries and their plans"


def arguments(parser: argparse.ArgumentParser) -> None:
    database_options(parser)


def check(args: argparse.Namespace) -> str | None:
    return database_options_problem(args)


def run(args: argparse.Namespace) -> int:
    from cjeapp.bench.today_bench import run as measure
    from cjeapp.core.locale_format import format_number

    if args.db is None:
        say_building(args.clients)
    result = measure(args.db, clients=args.clients, credentials=credentials(args))
    built_in(result.build_seconds)

    def ms(seconds: float) -> str:
        return format_number(round(seconds * 1000, 1))

    print(gettext(N_("Today page on {clients} people; the reference, one person read by "
                     "their key: {ms} ms")).format(clients=format_number(result.clients),
                                                   ms=ms(result.lookup_seconds)))
    for role in result.roles:
        print(gettext(N_("  {user}: refresh {ms} ms (median), {rows} rows shown; its "
                         "queries alone {alone} ms")).format(
            user=role.username, ms=ms(role.seconds), rows=format_number(role.rows),
            alone=ms(sum(query.seconds for query in role.queries))))
        for query in role.queries:
            words = " ".join(query.statement.split())
            print(gettext(N_("    {ms} ms, {rows} rows: {start}…")).format(
                ms=ms(query.seconds), rows=format_number(query.rows), start=words[:70]))
            for line in query.plan:
                print(f"        {line}")
    scans = [line for role in result.roles for query in role.queries for line in query.scans]
    print(gettext(N_("whole tables read: {count}")).format(count=format_number(len(scans))))
    return 1 if scans else 0
