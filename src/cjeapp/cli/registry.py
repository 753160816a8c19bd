"""The ``cjeapp`` parser, built from the command modules (``cli/commands/``), each in the
shape ``cli.command.Command`` describes."""

from __future__ import annotations

import argparse

from cjeapp.cli.command import Command
from cjeapp.cli.command import add_commands
from cjeapp.cli.commands import agenda_ics
from cjeapp.cli.commands import backup
from cjeapp.cli.commands import bench
from cjeapp.cli.commands import board
from cjeapp.cli.commands import check
from cjeapp.cli.commands import demo
from cjeapp.cli.commands import document
from cjeapp.cli.commands import encrypt
from cjeapp.cli.commands import exchange
from cjeapp.cli.commands import export
from cjeapp.cli.commands import find
from cjeapp.cli.commands import importing
from cjeapp.cli.commands import licences
from cjeapp.cli.commands import migrate_store
from cjeapp.cli.commands import person_export
from cjeapp.cli.commands import public_key
from cjeapp.cli.commands import recover
from cjeapp.cli.commands import replica
from cjeapp.cli.commands import restore
from cjeapp.cli.commands import retention
from cjeapp.cli.commands import server_init
from cjeapp.cli.commands import server_secure
from cjeapp.cli.commands import verify_document
from cjeapp.cli.commands import verify_package
from cjeapp.cli.commands import where
from cjeapp.cli.window import window_options

# In the order of ``cjeapp --help``.
COMMANDS: tuple[Command, ...] = (
    demo, check, backup, encrypt, recover, bench, document, agenda_ics, verify_document,
    export, board, verify_package, find, person_export, retention, public_key, where,
    licences, server_init, server_secure, migrate_store, importing, replica, exchange,
    restore)


def parser() -> tuple[argparse.ArgumentParser, dict[str, Command]]:
    """The whole parser, and the commands by name."""
    top = argparse.ArgumentParser(
        prog="cjeapp", description="cjeapp: accueil et accompagnement des personnes immigrantes.")
    window_options(top)
    return top, add_commands(top, COMMANDS, "command")
