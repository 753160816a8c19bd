"""Headless commands for Law 25: a person's copy of their file (access and portability)."""

from __future__ import annotations

import argparse
import os
import sys

from cjeapp.commands import _open
from cjeapp.commands import fail
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import ngettext
from cjeapp.core.ids import ClientId
from cjeapp.core.writers.whole_file import write_whole

PASSPHRASE_VARIABLE = "CJEAPP_EXPORT_PASSPHRASE"


def person_export(args: argparse.Namespace) -> int:
    """The encrypted zip (and the readable PDF with --pdf); the passphrase is printed unless
    it was given in CJEAPP_EXPORT_PASSPHRASE: give it to the person by another way."""
    from cjeapp.core.privacy import person_export as export

    try:
        db, actor = _open(args)
        try:
            made = export.make(db, actor, ClientId(args.client), language=args.doc_lang,
                               withhold_notes_reason=args.withhold_notes,
                               request_id=args.request,
                               passphrase=os.environ.get(PASSPHRASE_VARIABLE) or None)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_whole(args.out, made.zip_bytes)
    if args.pdf is not None:
        write_whole(args.pdf, made.pdf)
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


def retention(args: argparse.Namespace) -> int:
    """The files past their retention; with --apply, destroy those not held back."""
    from cjeapp.core.locale_format import format_date
    from cjeapp.core.privacy import retention as files

    try:
        db, actor = _open(args)
        try:
            due = files.due_files(db, actor)
            for row in due:
                held = f"\t{row.blocked}" if row.blocked else ""
                print(f"{row.client_id}\t{row.person}\t{format_date(row.last_activity)}\t"
                      f"{row.records}{held}")
            ready = [row.client_id for row in due if row.blocked is None]
            print(ngettext("{count} file past its retention ({years} years), {ready} that "
                           "can be destroyed.", "{count} files past their retention "
                           "({years} years), {ready} that can be destroyed.", len(due))
                  .format(count=len(due), years=files.retention_years(db), ready=len(ready)),
                  file=sys.stderr)
            if args.apply and ready:
                report = files.destroy(db, actor, ready)
                print(ngettext("{count} file destroyed under the rule: {rule}.",
                               "{count} files destroyed under the rule: {rule}.",
                               report.persons).format(count=report.persons, rule=report.rule))
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    return 0
