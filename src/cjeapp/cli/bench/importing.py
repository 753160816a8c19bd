"""``cjeapp bench import``: a list of people as organizations keep them (a CSV saved by a
spreadsheet, an XLSX) read, checked and imported, then the services given to them."""

from __future__ import annotations

import argparse

from cjeapp.cli.bench import say_building
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext

NAME = "import"
HELP = "a list of people checked then imported: time, memory"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rows", type=int, default=20_000, help="people in the list")
    parser.add_argument("--clients", type=int, default=2_000,
                        help="people already in the demo database (default 2_000)")


def check(args: argparse.Namespace) -> str | None:
    return None


def run(args: argparse.Namespace) -> int:
    from cjeapp.bench.import_bench import run as measure
    from cjeapp.core.locale_format import format_number

    say_building(args.clients)
    result = measure(rows=args.rows, clients=args.clients)
    print(gettext(N_("import: {rows} people (CSV, cp1252): read {read} s, check {check} s, "
                     "import (check included) {write} s; {imported} imported; peak memory "
                     "{peak} MB")).format(
        rows=format_number(result.rows), read=format_number(round(result.read_seconds, 2)),
        check=format_number(round(result.check_seconds, 1)),
        write=format_number(round(result.import_seconds, 1)),
        imported=format_number(result.imported), peak=format_number(round(result.peak_mb))))
    print(gettext(N_("import: {rows} services of those people: check {check} s, import "
                     "(check included) {write} s; {imported} imported")).format(
        rows=format_number(result.services),
        check=format_number(round(result.services_check_seconds, 1)),
        write=format_number(round(result.services_import_seconds, 1)),
        imported=format_number(result.services_imported)))
    if result.xlsx is not None:
        xlsx = result.xlsx
        print(gettext(N_("import: {rows} people (XLSX): read, check and import {seconds} s of "
                         "processor; the reference (python-calamine's read {read} s, one "
                         "executemany of the same rows {insert} s) {reference} s: {ratio} "
                         "times the reference; {imported} imported")).format(
            rows=format_number(xlsx.rows), seconds=format_number(round(xlsx.import_seconds, 2)),
            read=format_number(round(xlsx.reference_read, 2)),
            insert=format_number(round(xlsx.reference_insert, 2)),
            reference=format_number(round(xlsx.reference_seconds, 2)),
            ratio=format_number(round(xlsx.ratio, 1)), imported=format_number(xlsx.imported)))
    return 0
