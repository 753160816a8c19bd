"""``cjeapp bench NAME``: the benchmarks, each a module of ``cjeapp.cli.bench`` in the
commands' shape; they print their figures (speed is never asserted by a timed test)."""

from __future__ import annotations

import argparse

from cjeapp.cli.bench import board
from cjeapp.cli.bench import client_list
from cjeapp.cli.bench import documents
from cjeapp.cli.bench import exchange
from cjeapp.cli.bench import export
from cjeapp.cli.bench import headless
from cjeapp.cli.bench import importing
from cjeapp.cli.bench import search
from cjeapp.cli.bench import seats
from cjeapp.cli.bench import sign_in
from cjeapp.cli.bench import startup
from cjeapp.cli.bench import today
from cjeapp.cli.command import Command
from cjeapp.cli.command import add_commands

NAME = "bench"
HELP = "benchmarks that print their figures"

BENCHES: tuple[Command, ...] = (
    search, client_list, documents, export, sign_in, startup, importing, seats, exchange,
    board, today, headless)


def arguments(parser: argparse.ArgumentParser) -> None:
    add_commands(parser, BENCHES, "what", required=True)


def _chosen(args: argparse.Namespace) -> Command:
    return next(bench for bench in BENCHES if args.what == bench.NAME)


def check(args: argparse.Namespace) -> str | None:
    return _chosen(args).check(args)


def run(args: argparse.Namespace) -> int:
    return _chosen(args).run(args)
