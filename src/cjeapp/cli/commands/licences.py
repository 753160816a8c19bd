"""``cjeapp licences``: the third-party components and their licences."""

from __future__ import annotations

import argparse
import sys

from cjeapp.cli.arguments import output_file
from cjeapp.cli.output import write_output

NAME = "licences"
HELP = "the third-party components and their licences"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=output_file, help="write them to this file (UTF-8)")


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.about import licence_texts

    text = licence_texts()
    if args.out is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
    else:
        write_output(args.out, text.encode("utf-8"))
    return 0
