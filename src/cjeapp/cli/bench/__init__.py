"""The benchmarks, ``cjeapp bench NAME``: one module each, in the commands' shape (``NAME``,
``HELP``, ``arguments``, ``check``, ``run``); each prints its figures. What they measure
lives in ``cjeapp.bench``; here, their arguments and their printing.

The options shared by the benchmarks that measure a database (a demo one built, or
``--db`` opened as ``--user``) are here too."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cjeapp.cli.arguments import database_place
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext


def database_options(parser: argparse.ArgumentParser, clients: int = 100_000) -> None:
    parser.add_argument("--db", type=database_place,
                        help="existing database (default: build a demo one)")
    parser.add_argument("--user", help="with --db: your user name (password as for --db)")
    parser.add_argument("--clients", type=int, default=clients,
                        help=f"people in the demo database built (default {clients:_})")


def database_options_problem(args: argparse.Namespace) -> str | None:
    if isinstance(args.db, Path) and not args.user:
        return gettext(N_("bench with --db FILE needs --user NAME."))
    return None


def credentials(args: argparse.Namespace) -> tuple[str, str] | None:
    """With --db, the benchmark opens it as --user (password from CJEAPP_PASSWORD or asked)."""
    from cjeapp.cli.arguments import password_from_environment_or_prompt
    from cjeapp.cli.session import refuse_plain

    if args.db is None:
        return None
    if isinstance(args.db, str):  # the office's server: an empty one is filled, no password
        return (args.user, password_from_environment_or_prompt()) if args.user else None
    refuse_plain(args.db.expanduser().resolve())
    return args.user, password_from_environment_or_prompt()


def say_building(clients: int) -> None:
    from cjeapp.core.locale_format import format_number

    print(gettext(N_("Building a demo database of {clients} clients…")).format(
        clients=format_number(clients)), file=sys.stderr)


def built_in(seconds: float | None) -> None:
    """How long the demo database took to build, when one was."""
    from cjeapp.core.locale_format import format_number

    if seconds is not None:
        print(gettext(N_("demo database built in {seconds} s")).format(
            seconds=format_number(round(seconds, 1))))
