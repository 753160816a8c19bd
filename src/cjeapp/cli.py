"""The ``cjeapp`` command: the GUI by default, and headless maintenance commands.

Every command uses the same core services as the GUI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cjeapp import __version__


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("cjeapp", appauthor=False) / "cjeapp.sqlite3"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cjeapp", description="cjeapp: accueil et accompagnement des personnes immigrantes.")
    parser.add_argument("--version", action="version", version=f"cjeapp {__version__}")
    parser.add_argument("--db", dest="gui_db", type=Path, help="database file to open")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of the interface")
    commands = parser.add_subparsers(dest="command")

    demo = commands.add_parser("demo", help="fill a new database with demo data")
    demo.add_argument("--db", type=Path, required=True)
    demo.add_argument("--clients", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)

    check = commands.add_parser("check", help="integrity and consistency report")
    check.add_argument("--db", type=Path, required=True)

    backup = commands.add_parser("backup", help="online backup to a file, verified")
    backup.add_argument("--db", type=Path, required=True)
    backup.add_argument("--to", type=Path, required=True)

    bench = commands.add_parser("bench", help="benchmarks that print their figures")
    bench.add_argument("what", choices=("search", "client-list", "documents", "export",
                                        "sign-in"))
    bench.add_argument("--count", type=int, default=500, help="documents (bench documents)")
    bench.add_argument("--db", type=Path, help="existing database (default: build a demo one)")
    bench.add_argument("--clients", type=int, default=100_000)

    document = commands.add_parser("document", help="issue one document (PDF)")
    document.add_argument("--db", type=Path, required=True)
    document.add_argument("--kind", required=True,
                          choices=("attestation_participation", "attestation_services",
                                   "referral_letter", "collection_notice"))
    document.add_argument("--client", required=True, help="client identifier")
    document.add_argument("--activity", help="activity (attestation of participation)")
    document.add_argument("--referral", help="referral (referral letter)")
    document.add_argument("--from", dest="period_from", help="first day (services), YYYY-MM-DD")
    document.add_argument("--to", dest="period_to", help="last day (services), YYYY-MM-DD")
    document.add_argument("--lang", dest="doc_lang", choices=("fr", "en"))
    document.add_argument("--out", type=Path, required=True)

    verify = commands.add_parser("verify-document", help="check a document against the register")
    verify.add_argument("--db", type=Path, required=True)
    verify.add_argument("file", type=Path)

    export = commands.add_parser("export", help="the package for the funder (validated)")
    export.add_argument("--db", type=Path, required=True)
    export.add_argument("--profile", default="PASI", help="profile name or .toml file")
    export.add_argument("--from", dest="period_from", required=True, help="YYYY-MM-DD")
    export.add_argument("--to", dest="period_to", required=True, help="YYYY-MM-DD")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--sequence", type=int, default=None,
                        help="default: the next one for this period and profile")

    verify_package = commands.add_parser("verify-package", help="check a funder package")
    verify_package.add_argument("file", type=Path)
    verify_package.add_argument("--public-key", type=Path)

    restore = commands.add_parser("restore", help="restore a verified backup")
    restore.add_argument("--from", dest="source", type=Path, required=True)
    restore.add_argument("--db", type=Path, required=True)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from cjeapp.core.i18n import set_language

    if args.lang:
        set_language(args.lang)
    if args.command is None:
        from cjeapp.app import run_gui

        return run_gui(args.gui_db or default_db_path(), language=args.lang)
    from cjeapp import commands

    handler = {"demo": commands.demo, "check": commands.check, "backup": commands.backup,
               "restore": commands.restore,
               "bench": commands.bench, "document": commands.document,
               "verify-document": commands.verify_document,
               "export": commands.export, "verify-package": commands.verify_package}[args.command]
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
