"""``cjeapp bench documents``: attestations issued by the hundred, register included."""

from __future__ import annotations

import argparse

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "documents"
HELP = "attestations issued by the hundred, register included"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--count", type=int, default=500, help="documents")


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.bench.documents_bench import run as measure
    from cjeapp.core.locale_format import format_number

    result = measure(args.count)
    print(gettext(N_("documents: {count} attestations issued, register included")).format(
        count=result.count))
    print(gettext(N_("median {median} ms per document, total {total} s, one alone {single} ms"))
          .format(median=format_number(round(result.median_ms, 1)),
                  total=format_number(round(result.total_seconds, 2)),
                  single=format_number(round(result.single_ms, 1))))
    return 0
