"""``cjeapp bench startup``: from launching the program to its sign-in window painted, and
from « Sign in » to the main window painted, beside a bare PySide6 dialog in the same run."""

from __future__ import annotations

import argparse

from cjeapp.cli.bench import credentials
from cjeapp.cli.bench import database_options
from cjeapp.cli.bench import database_options_problem
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "startup"
HELP = "launch to the sign-in window, « Sign in » to the main window, beside a bare dialog"


def arguments(parser: argparse.ArgumentParser) -> None:
    database_options(parser)


def check(args: argparse.Namespace) -> str | None:
    return database_options_problem(args)


def run(args: argparse.Namespace) -> int:
    import tempfile
    from pathlib import Path

    from cjeapp.bench.bench_database import open_or_build
    from cjeapp.bench.startup_bench import run as measure
    from cjeapp.core.demo.generator import DEMO_ACCOUNTS
    from cjeapp.core.locale_format import format_number

    with tempfile.TemporaryDirectory() as folder:
        if args.db is not None:
            given = credentials(args)
            if given is None:
                return 2
            path, (username, password) = args.db.expanduser().resolve(), given
        else:
            db, _seconds = open_or_build(None, None, Path(folder), clients=args.clients)
            path, account = db.path, DEMO_ACCOUNTS[1]
            db.close()
            username, password = account.username, account.password
        result = measure(path, username, password)
    print(gettext(N_("start-up, median of {count} launches ({clients}):")).format(
        count=result.launches, clients=path.name if args.db else gettext(N_(
            "{clients} clients")).format(clients=format_number(args.clients))))
    print(gettext(N_("  a bare PySide6 dialog painted: {seconds} s")).format(
        seconds=f"{result.bare_dialog_s:.2f}"))
    print(gettext(N_("  cjeapp's sign-in window painted: {seconds} s (slowest {slowest} s)"))
          .format(seconds=f"{result.sign_in_s:.2f}", slowest=f"{result.sign_in_max_s:.2f}"))
    print(gettext(N_("  from « Sign in » to the main window painted: {seconds} s (slowest "
                     "{slowest} s)")).format(seconds=f"{result.main_window_s:.2f}",
                                            slowest=f"{result.main_window_max_s:.2f}"))
    print(gettext(N_("  « Sign in » to the main window: {times} times the bare dialog (the "
                     "reference: at most 3 times)")).format(
        times=format_number(round(result.main_window_s / result.bare_dialog_s, 1))))
    return 0
