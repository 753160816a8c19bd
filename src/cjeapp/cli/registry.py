"""The ``cjeapp`` command: the GUI by default, and headless maintenance commands.

Every command uses the same core services as the GUI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cjeapp import __version__
from cjeapp.cli_arguments import check_relations
from cjeapp.cli_arguments import database_or_new_file
from cjeapp.cli_arguments import database_place
from cjeapp.cli_arguments import day_count
from cjeapp.cli_arguments import existing_file
from cjeapp.cli_arguments import iso_date
from cjeapp.cli_arguments import new_database_place
from cjeapp.cli_arguments import output_file
from cjeapp.cli_arguments import restored_file
from cjeapp.cli_arguments import server_address


def default_db_path() -> Path:
    from cjeapp.locations import locations

    return locations().database


def _signed_in(command: argparse.ArgumentParser) -> None:
    """Commands that touch personal data act as a staff member, audited under their name."""
    command.add_argument("--db", type=database_place, required=True,
                         help="the database file, or the office server's address "
                         "(postgresql://user@host/database)")
    command.add_argument("--user", required=True,
                         help="your user name (password from CJEAPP_PASSWORD or asked)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cjeapp", description="cjeapp: accueil et accompagnement des personnes immigrantes.")
    parser.add_argument("--version", action="version", version=f"cjeapp {__version__}")
    parser.add_argument("--db", dest="gui_db", type=database_or_new_file,
                        help="database file to open, or the office server's address "
                        "(postgresql://user@host/database)")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of the interface")
    commands = parser.add_subparsers(dest="command")

    demo = commands.add_parser("demo", help="fill a new database with demo data")
    demo.add_argument("--db", type=new_database_place, required=True,
                      help="a new file, or an empty database of the office's server")
    demo.add_argument("--clients", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--laptop", type=output_file,
                      help="also the demo counsellor's laptop, written to this new file, "
                      "after a day apart from the office and one exchange (conflicts to "
                      "decide in Échanges)")

    check = commands.add_parser("check", help="integrity and consistency report")
    _signed_in(check)
    check.add_argument("--against", type=existing_file, action="append", metavar="FILE",
                       help="a witness made earlier — a backup, a seal of the audit log "
                       "(Vie privée), an exchange file this database wrote or a funder "
                       "package it made: the audit log must still hold the entry it names "
                       "as it was (repeat for several)")

    backup = commands.add_parser("backup", help="online backup to a file, verified")
    _signed_in(backup)
    backup.add_argument("--to", type=output_file, required=True)

    encrypt = commands.add_parser("encrypt", help="encrypt a database of an earlier version")
    _signed_in(encrypt)

    recover = commands.add_parser(
        "recover", help="every password lost: the recovery key gives --user a new password")
    recover.add_argument("--db", type=existing_file, required=True)
    recover.add_argument("--user", required=True, help="the account to give a new password")

    bench = commands.add_parser("bench", help="benchmarks that print their figures")
    bench.add_argument("what", choices=("search", "client-list", "documents", "export",
                                        "sign-in", "startup", "import", "seats",
                                        "exchange", "board", "today"))
    bench.add_argument("--changes", type=int, default=10_000,
                       help="changes each way (bench exchange)")
    bench.add_argument("--rows", type=int, default=20_000, help="people in the list "
                       "(bench import)")
    bench.add_argument("--count", type=int, default=500, help="documents (bench documents)")
    bench.add_argument("--db", type=database_place,
                       help="existing database (default: build a demo one)")
    bench.add_argument("--user", help="with --db: your user name (password as for --db)")
    bench.add_argument("--clients", type=int, default=100_000)
    bench.add_argument("--seats", type=int, default=10,
                       help="seats working at once on the server (bench seats)")
    bench.add_argument("--minutes", type=float, default=1.0,
                       help="how long the seats work (bench seats)")

    document = commands.add_parser("document", help="issue one document (PDF)")
    _signed_in(document)
    document.add_argument("--kind", required=True,
                          choices=("attestation_participation", "attestation_services",
                                   "referral_letter", "collection_notice"))
    document.add_argument("--client", required=True, help="client identifier")
    document.add_argument("--activity", help="activity (attestation of participation)")
    document.add_argument("--referral", help="referral (referral letter)")
    document.add_argument("--from", dest="period_from", type=iso_date,
                          help="first day (services), YYYY-MM-DD")
    document.add_argument("--to", dest="period_to", type=iso_date,
                          help="last day (services), YYYY-MM-DD")
    document.add_argument("--lang", dest="doc_lang", help="fr or en; the notice at "
                          "collection also in every language it is written in (es, ar…)")
    document.add_argument("--out", type=output_file, required=True)

    ics = commands.add_parser("agenda-ics",
                              help="a counsellor's appointments as an .ics file for a phone")
    _signed_in(ics)
    ics.add_argument("--counsellor", required=True, help="user name or identifier")
    ics.add_argument("--from", dest="period_from", type=iso_date,
                     help="first day, YYYY-MM-DD (default: today)")
    ics.add_argument("--days", type=day_count, default=28, help="how many days (default 28)")
    ics.add_argument("--out", type=output_file, required=True)

    verify = commands.add_parser(
        "verify-document", help="check a document against the register, or its QR code "
        "with the organization's public key (no database needed)")
    verify.add_argument("--db", type=existing_file)
    verify.add_argument("--user", help="your user name (password from CJEAPP_PASSWORD or asked)")
    verify.add_argument("file", type=existing_file, nargs="?", help="the PDF to check")
    verify.add_argument("--qr", help="the text read from the document's QR code")
    verify.add_argument("--public-key", type=existing_file,
                        help="the organization's public key (cjeapp public-key)")
    verify.add_argument("--kind", choices=("attestation_services",
                                           "attestation_participation", "referral_letter",
                                           "collection_notice"),
                        help="what the paper says it is: refused when the QR was signed "
                        "for another kind of document")

    export = commands.add_parser("export", help="the package for the funder (validated)")
    _signed_in(export)
    export.add_argument("--profile", default="PASI", help="profile name or .toml file")
    export.add_argument("--from", dest="period_from", type=iso_date, required=True,
                        help="YYYY-MM-DD")
    export.add_argument("--to", dest="period_to", type=iso_date, required=True,
                        help="YYYY-MM-DD")
    export.add_argument("--out", type=output_file, required=True)
    export.add_argument("--sequence", type=int, default=None,
                        help="default: the next one for this period and profile")

    board = commands.add_parser(
        "board", help="the director's board: the load of a period beside the same period a "
        "year earlier, as a PDF or a spreadsheet (.pdf or .xlsx); counts under 5 written "
        "« < 5 »")
    _signed_in(board)
    board.add_argument("--from", dest="period_from", type=iso_date,
                       help="first day, YYYY-MM-DD (default: the fiscal year's, April 1)")
    board.add_argument("--to", dest="period_to", type=iso_date,
                       help="last day, YYYY-MM-DD (default: the fiscal year's, March 31)")
    board.add_argument("--office", help="only the files of this office (its name)")
    board.add_argument("--counsellor", help="only this counsellor's people (user name)")
    board.add_argument("--lang", dest="doc_lang", choices=("fr", "en"), default="fr")
    board.add_argument("--out", type=output_file, required=True, help="a .pdf or .xlsx file")

    verify_package = commands.add_parser("verify-package", help="check a funder package")
    verify_package.add_argument("file", type=existing_file)
    verify_package.add_argument("--public-key", type=existing_file)

    find = commands.add_parser("find", help="people whose name, phone or number matches")
    _signed_in(find)
    find.add_argument("text", help="what you would type in the search box")

    person = commands.add_parser(
        "person-export", help="a person's copy of their file (Law 25): readable PDF and "
        "JSON + CSV, in a zip encrypted with a passphrase")
    _signed_in(person)
    person.add_argument("--client", required=True, help="the person's identifier (find)")
    person.add_argument("--out", type=output_file, required=True, help="the zip to write")
    person.add_argument("--pdf", type=output_file, help="also write the readable PDF here")
    person.add_argument("--lang", dest="doc_lang", choices=("fr", "en"), default="fr")
    person.add_argument("--withhold-notes", metavar="REASON",
                        help="withhold counsellors' notes, for this reason (the Act's "
                        "exceptions); the copy says so")
    person.add_argument("--request", help="the request register entry this answers")

    keep = commands.add_parser(
        "retention", help="files past their retention period (Law 25); --apply destroys "
        "them (anonymized, statistics kept)")
    _signed_in(keep)
    keep.add_argument("--apply", action="store_true",
                      help="destroy the files listed that no open request holds back")

    public_key = commands.add_parser("public-key",
                                     help="the key that lets the funder check packages")
    _signed_in(public_key)
    public_key.add_argument("--out", type=output_file, required=True)

    commands.add_parser("where", help="where this computer keeps the database, backups, "
                        "log and settings (and whether the program runs portable)")
    licences = commands.add_parser("licences",
                                   help="the third-party components and their licences")
    licences.add_argument("--out", type=output_file, help="write them to this file (UTF-8)")

    server = commands.add_parser(
        "server-init", help="set up a new, empty database of the office's PostgreSQL server: "
        "the organization and its first administrator (password from CJEAPP_PASSWORD or "
        "asked)")
    server.add_argument("--db", type=server_address, required=True,
                        help="postgresql://user@host/database")
    server.add_argument("--organization", required=True)
    server.add_argument("--office", required=True, help="the main office's name")
    server.add_argument("--user", required=True, help="the administrator's user name")
    server.add_argument("--full-name", required=True, help="the administrator's name")

    secure = commands.add_parser(
        "server-secure", help="move an office's server from the shared seat role to "
        "personal logins: a login for each person (one-time passwords printed), the "
        "server's rights set, the shared role dropped; run with the owner's role")
    secure.add_argument("--db", type=server_address, required=True,
                        help="postgresql://owner@host/database")
    secure.add_argument("--seat-role", default="cjeapp_seat",
                        help="the shared role the desks connected with (dropped)")

    move = commands.add_parser(
        "migrate-store", help="copy an office's database file to an empty database of the "
        "office's PostgreSQL server, every record and the audit chain as they are, verified "
        "table by table (all or nothing)")
    move.add_argument("--from", dest="source", type=existing_file, required=True)
    move.add_argument("--user", required=True,
                      help="an administrator of the file (password from CJEAPP_PASSWORD or "
                      "asked)")
    move.add_argument("--to", type=server_address, required=True,
                      help="postgresql://user@host/database (empty)")

    bring = commands.add_parser(
        "import", help="people, services given, activity attendance or partners from a "
        "spreadsheet (XLSX, XLS, ODS, CSV): checked row by row, imported as one batch that "
        "can be undone in the program")
    _signed_in(bring)
    bring.add_argument("--kind", choices=("people", "services", "attendance", "partners"),
                       default="people", help="what the rows are (default: people)")
    bring.add_argument("--mapping", help="a mapping saved in the program (default: the "
                       "columns recognized from their titles)")
    bring.add_argument("--sheet", help="the workbook's sheet (default: the first)")
    bring.add_argument("--encoding", choices=("utf-8-sig", "cp1252", "latin-1"),
                       help="a CSV's encoding (default: detected)")
    bring.add_argument("--delimiter", choices=(";", ",", "tab"),
                       help="a CSV's delimiter (default: detected)")
    bring.add_argument("--header-row", type=int, metavar="N",
                       help="the row holding the column titles, as the spreadsheet numbers "
                       "it (default: found among the first rows)")
    bring.add_argument("--dry-run", action="store_true", help="check only; change nothing")
    bring.add_argument("--leave-out-errors", action="store_true",
                       help="import the good rows even when others have errors")
    bring.add_argument("--report", type=output_file, help="write the check, row by row, "
                       "to this spreadsheet (.xlsx)")
    bring.add_argument("file", type=existing_file)

    replica = commands.add_parser("replica", help="a counsellor's laptop, registered at "
                                  "the office")
    replica_actions = replica.add_subparsers(dest="action", required=True)
    create = replica_actions.add_parser(
        "create", help="register a laptop and write its database (its share only), opened "
        "with its counsellor's password (from CJEAPP_LAPTOP_PASSWORD or asked)")
    _signed_in(create)
    create.add_argument("--counsellor", required=True,
                        help="the laptop's counsellor: user name or id")
    create.add_argument("--name", help="the laptop's name (default: Laptop of NAME)")
    create.add_argument("--out", type=output_file, required=True,
                        help="the laptop's database file to write (new)")
    retire = replica_actions.add_parser(
        "retire", help="a laptop lost, stolen or replaced: its files are refused from now on")
    _signed_in(retire)
    retire.add_argument("laptop", help="the laptop: its name or id")

    exchange = commands.add_parser(
        "exchange", help="a laptop's exchange with the office: directly with --hub, or by "
        "file (export, import)")
    exchange.add_argument("--db", type=database_place, help="the database (a laptop's, or "
                          "the office's)")
    exchange.add_argument("--user", help="your user name (password from CJEAPP_PASSWORD or "
                          "asked)")
    exchange.add_argument("--hub", type=database_place,
                          help="the office's database (file or postgresql://…), reached now")
    exchange_actions = exchange.add_subparsers(dest="action")
    outward = exchange_actions.add_parser("export", help="write the exchange file")
    inward = exchange_actions.add_parser("import", help="import an exchange file")
    for action in (outward, inward):  # also accepted after the action's name
        action.add_argument("--db", type=database_place, default=argparse.SUPPRESS)
        action.add_argument("--user", default=argparse.SUPPRESS)
    outward.add_argument("--for", dest="recipient",
                         help="the replica the file is for (name or id; from a laptop: the "
                         "office, by default)")
    outward.add_argument("--out", type=output_file, required=True)
    inward.add_argument("file", type=existing_file)

    restore = commands.add_parser("restore", help="restore a verified backup")
    restore.add_argument("--from", dest="source", type=existing_file, required=True)
    restore.add_argument("--db", type=restored_file, required=True)
    restore.add_argument("--user", help="your user name (the password opens the backup)")
    restore.add_argument("--recovery-key", action="store_true",
                         help="open the backup with the recovery key instead (asked)")
    restore.add_argument("--insist", action="store_true",
                         help="restore even a backup whose audit log contradicts the current "
                         "file's (recorded as such)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    check_relations(parser, args)
    from cjeapp.core.i18n import set_language

    if args.lang:
        set_language(args.lang)
    if args.command is None:
        from cjeapp.app import run_gui

        return run_gui(args.gui_db, language=args.lang)
    from cjeapp import commands
    from cjeapp import demo_commands
    from cjeapp import exchange_commands
    from cjeapp import file_commands
    from cjeapp import import_commands
    from cjeapp import privacy_commands
    from cjeapp import report_commands
    from cjeapp import server_commands

    handler = {"demo": demo_commands.demo, "check": file_commands.check,
               "backup": file_commands.backup, "restore": file_commands.restore,
               "encrypt": file_commands.encrypt, "recover": file_commands.recover,
               "bench": commands.bench, "document": commands.document,
               "verify-document": commands.verify_document,
               "export": commands.export, "board": report_commands.board,
               "verify-package": commands.verify_package,
               "find": commands.find, "public-key": commands.public_key,
               "agenda-ics": commands.agenda_ics,
               "person-export": privacy_commands.person_export,
               "retention": privacy_commands.retention,
               "import": import_commands.import_file,
               "where": file_commands.where, "licences": commands.licences,
               "server-init": server_commands.server_init,
               "server-secure": server_commands.server_secure,
               "migrate-store": server_commands.migrate_store,
               "replica": exchange_commands.replica,
               "exchange": exchange_commands.exchange}[args.command]
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
