"""``cjeapp find``: the people whose name, phone or number matches, as the search box
finds them."""

from __future__ import annotations

import argparse
import sys

from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.session import open_signed_in
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "find"
HELP = "people whose name, phone or number matches"


def arguments(parser: argparse.ArgumentParser) -> None:
    signed_in(parser)
    parser.add_argument("text", help="what you would type in the search box")


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.core.locale_format import format_date
    from cjeapp.core.search.finder import search_clients

    try:
        db, actor = open_signed_in(args)
        try:
            hits = search_clients(db, actor, args.text)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    for hit in hits:
        born = format_date(hit.birth_date) if hit.birth_date else "—"
        print(f"{hit.id}\t{hit.display_name}\t{born}")
    if not hits:
        print(gettext(N_("Nobody matches.")), file=sys.stderr)
    return 0 if hits else 1
