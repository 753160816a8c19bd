"""``cjeapp bench export``: a large year (50,000 persons, 500,000 services) exported as
the funder's package: time and peak memory."""

from __future__ import annotations

import argparse

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "export"
HELP = "a large year exported for the funder: time, memory"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--clients", type=int, default=50_000,
                        help="persons in the year (default 50_000)")


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.bench.export_bench import run as measure
    from cjeapp.core.locale_format import format_number

    result = measure(persons=args.clients, services=500_000)
    print(gettext(N_("export: {persons} persons, {services} services: {seconds} s, peak "
                     "memory {peak} MB")).format(
        persons=format_number(result.persons), services=format_number(result.services),
        seconds=format_number(round(result.seconds, 1)),
        peak=format_number(round(result.peak_mb))))
    return 0
