"""The shape of a command: a module of ``cjeapp.cli.commands`` (or of ``cjeapp.cli.bench``,
under ``cjeapp bench``) holding

- ``NAME`` and ``HELP``: the command's name and its line in ``cjeapp --help``;
- ``arguments(parser)``: its arguments, each typed by a checker of ``cli.arguments`` so a
  wrong date, folder or pipe is refused before anything runs;
- ``check(args)``: its arguments against each other: the sentence of the first problem, or
  None (said as argparse says its own: usage, the sentence, exit code 2);
- ``run(args)``: the work, its printing and its exit code.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Protocol


class Command(Protocol):
    """A command module (mypy checks each one listed against this)."""

    NAME: str
    HELP: str

    def arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def check(self, args: argparse.Namespace) -> str | None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def add_commands(parent: argparse.ArgumentParser, commands: Sequence[Command], dest: str,
                 required: bool = False) -> dict[str, Command]:
    """A sub-command of ``parent`` for each command; the commands by name."""
    actions = parent.add_subparsers(dest=dest, required=required)
    made: dict[str, Command] = {}
    for command in commands:
        parser = actions.add_parser(command.NAME, help=command.HELP)
        command.arguments(parser)
        parser.set_defaults(said_by=parser)  # the innermost command's, for its check
        made[command.NAME] = command
    return made
