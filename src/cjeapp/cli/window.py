"""The program's own options (its window: ``--db``, ``--lang``, ``--version``), and reading
them without the commands: when the arguments hold nothing else, a parser that knows
nothing else reads them and the command modules are never imported (the window starts
sooner). Anything else — a command, ``--help``, a mistake — goes to the whole parser, which
says it as always."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn

from cjeapp import __version__
from cjeapp.cli.arguments import database_or_new_file


def window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"cjeapp {__version__}")
    parser.add_argument("--db", dest="gui_db", type=database_or_new_file,
                        help="database file to open, or the office server's address "
                        "(postgresql://user@host/database)")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of the interface")


class _NotTheWindowsOnly(Exception):
    pass


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheWindowsOnly(message)


def window_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The window's options when ``argv`` holds nothing else; None otherwise."""
    quick = _WindowParser(prog="cjeapp", add_help=False)
    window_options(quick)
    try:
        args, rest = quick.parse_known_args(argv)
    except _NotTheWindowsOnly:
        return None
    if rest:
        return None
    args.command = None
    return args
