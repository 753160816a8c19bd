"""``cjeapp document``: one document issued (a PDF): an attestation, a referral letter or
the notice at collection, numbered in the register."""

from __future__ import annotations

import argparse
import sys

from cjeapp.cli.arguments import database_problem
from cjeapp.cli.arguments import iso_date
from cjeapp.cli.arguments import output_file
from cjeapp.cli.arguments import period_problem
from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.output import write_output
from cjeapp.cli.session import open_signed_in
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "document"
HELP = "issue one document (PDF)"
KINDS = ("attestation_participation", "attestation_services", "referral_letter",
         "collection_notice")


def arguments(parser: argparse.ArgumentParser) -> None:
    signed_in(parser)
    parser.add_argument("--kind", required=True, choices=KINDS)
    parser.add_argument("--client", required=True, help="client identifier")
    parser.add_argument("--activity", help="activity (attestation of participation)")
    parser.add_argument("--referral", help="referral (referral letter)")
    parser.add_argument("--from", dest="period_from", type=iso_date,
                        help="first day (services), YYYY-MM-DD")
    parser.add_argument("--to", dest="period_to", type=iso_date,
                        help="last day (services), YYYY-MM-DD")
    parser.add_argument("--lang", dest="doc_lang", help="fr or en; the notice at collection "
                        "also in every language it is written in (es, ar…)")
    parser.add_argument("--out", type=output_file, required=True)


def check(args: argparse.Namespace) -> str | None:
    if problem := period_problem(args):
        return problem
    if args.doc_lang:
        from cjeapp.core.documents.notices import notice_codes

        allowed = notice_codes() if args.kind == "collection_notice" else ["fr", "en"]
        if args.doc_lang not in allowed:
            return gettext(N_("--lang {language}: this document is written in {choices}."))\
                .format(language=args.doc_lang, choices=", ".join(allowed))
    return database_problem(args, "out")


def run(args: argparse.Namespace) -> int:
    from cjeapp.core.documents import issuing

    needed = {"attestation_participation": ("activity", N_(
                  "Error: --activity is needed for this kind.")),
              "attestation_services": ("period_to", N_(
                  "Error: --from and --to are needed for this kind.")),
              "referral_letter": ("referral", N_("Error: --referral is needed for this kind."))}
    if args.kind in needed:
        name, sentence = needed[args.kind]
        if not getattr(args, name) or (name == "period_to" and not args.period_from):
            print(gettext(sentence), file=sys.stderr)
            return 2
    try:
        db, actor = open_signed_in(args)
        try:
            if args.kind == "collection_notice":
                draft = issuing.notice_draft(db, actor, args.client, args.doc_lang)
            elif args.kind == "attestation_participation":
                draft = issuing.participation_draft(db, actor, args.client, args.activity,
                                                    args.doc_lang)
            elif args.kind == "attestation_services":
                draft = issuing.services_draft(db, actor, args.client, args.period_from,
                                               args.period_to, args.doc_lang)
            else:
                draft = issuing.referral_draft(db, actor, args.referral, args.doc_lang)
            issued = issuing.issue(db, actor, draft)
        finally:
            db.close()
        write_output(args.out, issued.pdf)
    except CjeError as error:
        return fail(error)
    print(gettext(N_("Document {number} written to {path} (verification code {code}).")).format(
        number=issued.document.number, path=args.out, code=issued.document.verification_code))
    return 0
