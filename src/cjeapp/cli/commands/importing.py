"""``cjeapp import``: the same read, mapping, dry run and batch import as the assistant in
the program, headless (``--dry-run`` checks and writes the report, changing nothing)."""

from __future__ import annotations

import argparse
import sys

from cjeapp.cli.arguments import database_problem
from cjeapp.cli.arguments import existing_file
from cjeapp.cli.arguments import output_file
from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.output import write_output
from cjeapp.cli.session import open_signed_in
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg

NAME = "import"
HELP = ("people, services given, activity attendance or partners from a spreadsheet (XLSX, "
        "XLS, ODS, CSV): checked row by row, imported as one batch that can be undone in the "
        "program")


def arguments(parser: argparse.ArgumentParser) -> None:
    signed_in(parser)
    parser.add_argument("--kind", choices=("people", "services", "attendance", "partners"),
                        default="people", help="what the rows are (default: people)")
    parser.add_argument("--mapping", help="a mapping saved in the program (default: the "
                        "columns recognized from their titles)")
    parser.add_argument("--sheet", help="the workbook's sheet (default: the first)")
    parser.add_argument("--encoding", choices=("utf-8-sig", "cp1252", "latin-1"),
                        help="a CSV's encoding (default: detected)")
    parser.add_argument("--delimiter", choices=(";", ",", "tab"),
                        help="a CSV's delimiter (default: detected)")
    parser.add_argument("--header-row", type=int, metavar="N",
                        help="the row holding the column titles, as the spreadsheet numbers "
                        "it (default: found among the first rows)")
    parser.add_argument("--dry-run", action="store_true", help="check only; change nothing")
    parser.add_argument("--leave-out-errors", action="store_true",
                        help="import the good rows even when others have errors")
    parser.add_argument("--report", type=output_file, help="write the check, row by row, "
                        "to this spreadsheet (.xlsx)")
    parser.add_argument("file", type=existing_file)


def check(args: argparse.Namespace) -> str | None:
    return database_problem(args, "report")


def run(args: argparse.Namespace) -> int:
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
        db, actor = open_signed_in(args)
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
                write_output(args.report, report_bytes(checked))
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
