"""``cjeapp verify-document``: a document checked against the register, or its QR code
with the organization's public key (no database needed)."""

from __future__ import annotations

import argparse
import sys

from cjeapp.cli.arguments import existing_file
from cjeapp.cli.output import fail
from cjeapp.cli.session import open_signed_in
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "verify-document"
HELP = ("check a document against the register, or its QR code with the organization's "
        "public key (no database needed)")


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=existing_file)
    parser.add_argument("--user", help="your user name (password from CJEAPP_PASSWORD or asked)")
    parser.add_argument("file", type=existing_file, nargs="?", help="the PDF to check")
    parser.add_argument("--qr", help="the text read from the document's QR code")
    parser.add_argument("--public-key", type=existing_file,
                        help="the organization's public key (cjeapp public-key)")
    parser.add_argument("--kind", choices=("attestation_services", "attestation_participation",
                                           "referral_letter", "collection_notice"),
                        help="what the paper says it is: refused when the QR was signed for "
                        "another kind of document")


def check(args: argparse.Namespace) -> str | None:
    if (args.file is None) == (args.qr is None):
        return gettext(N_("verify-document checks a PDF file or a --qr text: give one of "
                          "them."))
    if args.file is not None and not (args.db and args.user):
        return gettext(N_("Checking a PDF needs the register: --db PATH --user NAME."))
    if args.qr is not None and not args.public_key and not (args.db and args.user):
        return gettext(N_("Checking a QR code needs the organization's public key "
                          "(--public-key KEY) or its database (--db PATH --user NAME)."))
    return None


def run(args: argparse.Namespace) -> int:
    if args.qr is not None:
        return _verify_qr(args)
    from cjeapp.core.documents import issuing

    try:
        db, _actor = open_signed_in(args)
        try:
            result = issuing.verify(db, args.file.read_bytes())
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    print(result.reason)
    return 0 if result.genuine else 1


def _verify_qr(args: argparse.Namespace) -> int:
    """A paper's QR code against the organization's public key, from a file or the
    database; without the database, revocation cannot be known (and is said)."""
    from cjeapp.core.documents import paper_check
    from cjeapp.core.reporting import keys

    try:
        if args.public_key:
            try:
                found = keys.load_public_keys(args.public_key.read_bytes()[:8192])
            except ValueError:
                print(gettext(N_("{path} is not an Ed25519 public key in PEM form.")).format(
                    path=args.public_key), file=sys.stderr)
                return 2
        else:
            db, actor = open_signed_in(args)
            try:
                found = keys.checking_keys(db, actor)
            except ValueError:
                print(gettext(N_("The organization has no signing key yet: nothing it "
                                 "made was signed.")), file=sys.stderr)
                return 2
            finally:
                db.close()
    except CjeError as error:
        return fail(error)
    result = paper_check.check(args.qr, found[0], getattr(args, "kind", None),
                               found[1] if len(found) > 1 else None)
    print(result.reason)
    if result.genuine and args.public_key:
        print(gettext(N_("Whether it was revoked since is known only to the organization's "
                         "register (verify the PDF with --db).")))
    return 0 if result.genuine else 1
