"""``cjeapp verify-package``: a funder package checked (its signature, its files)."""

from __future__ import annotations

import argparse

from cjeapp.cli.arguments import existing_file

NAME = "verify-package"
HELP = "check a funder package"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=existing_file)
    parser.add_argument("--public-key", type=existing_file)


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.core.reporting.package_verify import verify

    key = args.public_key.read_bytes()[:4096] if args.public_key else None
    verdict = verify(args.file, key)
    print(verdict.reason)
    return 0 if verdict.intact else 1
