"""``cjeapp bench exchange``: an office and its counsellor's laptop exchange changes each
way: the file written, its size, its import."""

from __future__ import annotations

import argparse

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "exchange"
HELP = "a laptop's exchange each way: write, file size, import and apply"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--changes", type=int, default=10_000, help="changes each way")


def check(args: argparse.Namespace) -> str | None:
    if not 1 <= args.changes <= 1_000_000:
        return gettext(N_("bench exchange takes 1 to 1,000,000 changes."))
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.bench.exchange_bench import run as measure
    from cjeapp.core.locale_format import format_number

    result = measure(changes=args.changes)
    for label, way in ((gettext(N_("laptop to office")), result.up),
                       (gettext(N_("office to laptop")), result.down)):
        print(gettext(N_("exchange, {way}: {changes} changes; file written in {write} s "
                         "({size} KB); imported and applied in {apply} s ({applied} "
                         "written)")).format(
            way=label, changes=format_number(way.changes),
            write=format_number(round(way.write_seconds, 2)),
            size=format_number(round(way.file_bytes / 1024)),
            apply=format_number(round(way.import_seconds, 2)),
            applied=format_number(way.applied)))
    return 0
