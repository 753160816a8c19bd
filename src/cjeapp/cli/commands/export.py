"""``cjeapp export``: the package for the funder, validated, signed and numbered."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from cjeapp.cli.arguments import database_problem
from cjeapp.cli.arguments import iso_date
from cjeapp.cli.arguments import output_file
from cjeapp.cli.arguments import period_problem
from cjeapp.cli.arguments import signed_in
from cjeapp.cli.output import fail
from cjeapp.cli.session import open_signed_in
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import ngettext

if TYPE_CHECKING:
    from cjeapp.core.reporting.validation import Problem

NAME = "export"
HELP = "the package for the funder (validated)"


def arguments(parser: argparse.ArgumentParser) -> None:
    signed_in(parser)
    parser.add_argument("--profile", default="PASI", help="profile name or .toml file")
    parser.add_argument("--from", dest="period_from", type=iso_date, required=True,
                        help="YYYY-MM-DD")
    parser.add_argument("--to", dest="period_to", type=iso_date, required=True,
                        help="YYYY-MM-DD")
    parser.add_argument("--out", type=output_file, required=True)
    parser.add_argument("--sequence", type=int, default=None,
                        help="default: the next one for this period and profile")


def check(args: argparse.Namespace) -> str | None:
    return period_problem(args) or database_problem(args, "out")


def run(args: argparse.Namespace) -> int:
    from cjeapp.core.locale_format import format_number
    from cjeapp.core.reporting import package
    from cjeapp.core.reporting.profile import load

    first, last = args.period_from, args.period_to
    try:
        profile = load(args.profile)
        db, actor = open_signed_in(args)
        try:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            sequence = args.sequence or package.next_sequence(db, actor, profile, first, last)
            result = package.build(db, actor, profile, first, last, args.out,
                                   sequence=sequence)
        finally:
            db.close()
    except package.PackageRefused as refused:
        errors = [problem for problem in refused.problems if problem.error]
        _print_problems(errors, N_("ERROR: {message}"), limit=len(errors))
        return fail(refused)
    except CjeError as error:
        return fail(error)
    if result.warnings:
        _print_problems(result.warnings, N_("WARNING: {message}"), limit=50)
        report = package.write_warnings(result)
        print(ngettext("{count} warning in all, written to {path}",
                       "{count} warnings in all, written to {path}",
                       len(result.warnings)).format(count=format_number(len(result.warnings)),
                                                    path=report), file=sys.stderr)
    from cjeapp.core.reporting.package_words import rows_in_words

    print(gettext(N_("Package written: {path}")).format(path=result.path))
    print("  " + rows_in_words(result.row_counts))
    return 0


def _print_problems(problems: list[Problem], template: str, limit: int) -> None:
    """Problems on standard error: the first ``limit``, then how many more."""
    from cjeapp.core.locale_format import format_number
    from cjeapp.core.reporting import package

    for problem in problems[:limit]:
        print(gettext(template).format(message=package.problem_line(problem)),
              file=sys.stderr)
    if len(problems) > limit:
        more = len(problems) - limit
        print(ngettext("… and {count} more.", "… and {count} more.", more).format(
            count=format_number(more)), file=sys.stderr)
