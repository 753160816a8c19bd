"""``cjeapp public-key``: the key that lets the funder check the packages (and anyone the
documents' QR codes)."""

from __future__ import annotations

import argparse

from cjeapp.cli.arguments import database_problem
from cjeapp.cli.arguments import output_file
from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.output import write_output
from cjeapp.cli.session import open_signed_in
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "public-key"
HELP = "the key that lets the funder check packages"


def arguments(parser: argparse.ArgumentParser) -> None:
    signed_in(parser)
    parser.add_argument("--out", type=output_file, required=True)


def check(args: argparse.Namespace) -> str | None:
    return database_problem(args, "out")


def run(args: argparse.Namespace) -> int:
    from cjeapp.core.reporting import keys

    try:
        db, actor = open_signed_in(args)
        try:
            pem = keys.public_key_for(db, actor)
        finally:
            db.close()
        write_output(args.out, pem)
    except CjeError as error:
        return fail(error)
    print(gettext(N_("Public key written to {path}: give it to the funder.")).format(
        path=args.out))
    return 0
