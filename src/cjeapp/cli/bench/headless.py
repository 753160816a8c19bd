"""``cjeapp bench headless``: ``find`` and ``document`` run as a person runs them (a fresh
process each) on a small and a large demo file; a command that opens the file costs the
same whatever its size (the whole-file check belongs to ``check`` and backups)."""

from __future__ import annotations

import argparse
import sys

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "headless"
HELP = "find and document on a small and a large file: the same time whatever the size"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--small", type=int, default=300, help="people in the small file")
    parser.add_argument("--large", type=int, default=20_000, help="people in the large file")


def check(args: argparse.Namespace) -> str | None:
    if not 1 <= args.small < args.large:
        return gettext(N_("--small must be at least 1 and less than --large."))
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.bench.headless_bench import CommandRefused
    from cjeapp.bench.headless_bench import run as measure
    from cjeapp.core.locale_format import format_number

    try:
        result = measure(small=args.small, large=args.large)
    except CommandRefused as failed:  # a command refused: its own sentence, not a traceback
        print(str(failed), file=sys.stderr)
        return 1

    def seconds(value: float) -> str:
        return format_number(round(value, 2))

    print(gettext(N_("commands on a file, median of {count} launches each:")).format(
        count=result.launches))
    for command, small, large in (
            ("cjeapp find", result.small.find_s, result.large.find_s),  # what one types
            ("cjeapp document", result.small.document_s, result.large.document_s)):
        print(gettext(N_("  {command}: {small_s} s on {small} people, {large_s} s on {large} "
                         "people ({percent} %; the reference: within 50 %)")).format(
            command=command, small_s=seconds(small), large_s=seconds(large),
            small=format_number(result.small.clients), large=format_number(result.large.clients),
            percent=format_number(round((large / small - 1) * 100))))
    return 0
