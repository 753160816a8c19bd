"""``cjeapp import``: the same read, mapping, dry run and batch import as the assistant in
the program, headless (``--dry-run`` checks and writes the report, changing nothing)."""

from __future__ import annotations

import argparse
import sys

from cjeapp.commands import _open
from cjeapp.commands import fail
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.writers.whole_file import write_whole


def import_file(args: argparse.Namespace) -> int:
    from cjeapp.core.imports import runners
    from cjeapp.core.imports.mappings import proposed_mapping
    from cjeapp.core.imports.mappings import saved_mappings
    from cjeapp.core.imports.reading import read_sheet
    from cjeapp.core.imports.report import report_bytes

    try:
        sheet = read_sheet(args.file, sheet=args.sheet, encoding=args.encoding,
                           delimiter="\t" if args.delimiter == "tab" else args.delimiter,
                           header_row=args.header_row)
        print(gettext(N_("Column titles on row {row}: {titles}")).format(
            row=sheet.header_row, titles=" | ".join(sheet.headers)))
        if sheet.stopped:
            print(sheet.stopped_sentence(), file=sys.stderr)
        db, actor = _open(args)
        try:
            if args.mapping:
                known = saved_mappings(db, actor, args.kind)
                if args.mapping not in known:
                    raise ValidationError([FieldError("mapping", msg(N_(
                        "There is no mapping named « {name} » for this kind of rows; known: "
                        "{names}."), name=args.mapping, names=", ".join(sorted(known)) or "—"))])
                mapping = known[args.mapping]
            else:
                mapping = proposed_mapping(sheet.headers, args.kind)
            checked = runners.dry_run(db, actor, sheet, mapping)
            print(gettext(N_("Rows: {rows} — ready: {ready}, likely duplicates: "
                             "{duplicates}, with errors: {errors}.")).format(
                rows=len(checked.results), ready=checked.count("ready"),
                duplicates=checked.count("duplicate"), errors=checked.count("error")))
            for result in checked.results:
                if result.status == "error":
                    print(gettext(N_("row {row}: {what}")).format(
                        row=result.row, what=result.error_text()), file=sys.stderr)
            if args.report is not None:
                write_whole(args.report, report_bytes(checked))
            if args.dry_run:
                return 1 if checked.count("error") else 0
            done = runners.run_import(db, actor, sheet, mapping,
                                      leave_out_errors=args.leave_out_errors)
        finally:
            db.close()
    except CjeError as error:
        return fail(error)
    print(gettext(N_("Imported {count} rows (batch {batch}); {left} rows left out.")).format(
        count=done.imported, batch=done.batch_id, left=done.left_out))
    return 0
