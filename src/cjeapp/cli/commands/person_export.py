"""``cjeapp person-export``, for Law 25: a person's copy of their file (access and
portability), a readable PDF and JSON + CSV in a zip encrypted with a passphrase."""

from __future__ import annotations

import argparse
import os
import sys

from cjeapp.cli.arguments import database_problem
from cjeapp.cli.arguments import output_file
from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.output import write_output
from cjeapp.cli.session import open_signed_in
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.ids import ClientId

NAME = "person-export"
HELP = ("a person's copy of their file (Law 25): readable PDF and JSON + CSV, in a zip "
        "encrypted with a passphrase")

PASSPHRASE_VARIABLE = "CJEAPP_EXPORT_PASSPHRASE"


def arguments(parser: argparse.ArgumentParser) -> None:
    signed_in(parser)
    parser.add_argument("--client", required=True, help="the person's identifier (find)")
    parser.add_argument("--out", type=output_file, required=True, help="the zip to write")
    parser.add_argument("--pdf", type=output_file, help="also write the readable PDF here")
    parser.add_argument("--lang", dest="doc_lang", choices=("fr", "en"), default="fr")
    parser.add_argument("--withhold-notes", metavar="REASON",
                        help="withhold counsellors' notes, for this reason (the Act's "
                        "exceptions); the copy says so")
    parser.add_argument("--request", help="the request register entry this answers")


def check(args: argparse.Namespace) -> str | None:
    return database_problem(args, "out", "pdf")


def run(args: argparse.Namespace) -> int:
    """The encrypted zip (and the readable PDF with --pdf); the passphrase is printed unless
    it was given in CJEAPP_EXPORT_PASSPHRASE: give it to the person by another way."""
    from cjeapp.core.privacy import person_export as export

    try:
        db, actor = open_signed_in(args)
        try:
            made = export.make(db, actor, ClientId(args.client), language=args.doc_lang,
                               withhold_notes_reason=args.withhold_notes,
                               request_id=args.request,
                               passphrase=os.environ.get(PASSPHRASE_VARIABLE) or None)
        finally:
            db.close()
        write_output(args.out, made.zip_bytes)
        if args.pdf is not None:
            write_output(args.pdf, made.pdf)
    except CjeError as error:
        return fail(error)
    print(gettext(N_("The person's copy is written to {path}, encrypted (AES-256).")).format(
        path=args.out))
    if not os.environ.get(PASSPHRASE_VARIABLE):
        print(gettext(N_("Passphrase to give the person by another way: {passphrase}")).format(
            passphrase=made.passphrase))
    withheld = made.document["withheld"]
    if withheld:
        print(gettext(N_("Counsellors' notes withheld: {count}. Reason: {reason}")).format(
            count=withheld[0]["count"], reason=withheld[0]["reason"]), file=sys.stderr)
    return 0
