"""``cjeapp where``: where this computer keeps what the program writes (for whoever helps
the office)."""

from __future__ import annotations

import argparse

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "where"
HELP = ("where this computer keeps the database, backups, log and settings (and whether the "
        "program runs portable)")


def arguments(parser: argparse.ArgumentParser) -> None:
    """No arguments."""


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.locations import locations

    places = locations()
    print(gettext(N_("Database: {path}")).format(path=places.database))
    print(gettext(N_("Backups (until Settings names another folder): {path}")).format(
        path=places.backups))
    print(gettext(N_("Log: {path}")).format(path=places.logs))
    print(gettext(N_("Settings of this computer: {path}")).format(path=places.settings))
    if places.portable:
        print(gettext(N_("Portable mode: everything is kept beside the program.")))
    return 0
