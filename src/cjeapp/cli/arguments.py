"""Arguments of the headless commands, checked before anything runs: an impossible date, a
missing file, a folder or a pipe where a file is expected, the same file as source and
target each get one sentence and exit code 2, and nothing is written."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from datetime import date
from pathlib import Path

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(gettext(N_(
            "\"{text}\" is not a date: write it YYYY-MM-DD (for example 2026-03-31), with a "
            "day that exists.")).format(text=text)) from None


def day_count(text: str) -> int:
    """A number of days between 1 and 366."""
    try:
        days = int(text)
    except ValueError:
        days = 0
    if not 1 <= days <= 366:
        raise argparse.ArgumentTypeError(gettext(N_(
            "\"{text}\" is not a number of days: write a whole number from 1 to 366.")).format(
            text=text))
    return days


def database_place(text: str) -> Path | str:
    """A database file that exists, or the office server's address (postgresql://…)."""
    from cjeapp.core.db.address import is_server_url

    if is_server_url(text):
        return text
    return existing_file(text)


def server_address(text: str) -> str:
    """The office server's address (postgresql://user@host/database)."""
    from cjeapp.core.db.address import is_server_url

    if not is_server_url(text):
        raise argparse.ArgumentTypeError(gettext(N_(
            "{text} is not the address of a PostgreSQL server: write it as "
            "postgresql://user@host/database.")).format(text=text))
    return text


def database_or_new_file(text: str) -> Path | str:
    """The program's database: a file (made at first run when it does not exist yet), or
    the office server's address."""
    from cjeapp.core.db.address import is_server_url

    return text if is_server_url(text) else Path(text)


def existing_file(text: str) -> Path:
    """A regular file that exists and can be read (not a folder, a pipe or a device)."""
    path = Path(text).expanduser()
    try:
        mode = path.stat().st_mode
    except OSError:
        raise argparse.ArgumentTypeError(gettext(N_(
            "{path} does not exist.")).format(path=path)) from None
    if stat.S_ISDIR(mode):
        raise argparse.ArgumentTypeError(gettext(N_(
            "{path} is a folder; give a file.")).format(path=path))
    if not stat.S_ISREG(mode):
        raise argparse.ArgumentTypeError(gettext(N_(
            "{path} is not an ordinary file.")).format(path=path))
    if not os.access(path, os.R_OK):
        raise argparse.ArgumentTypeError(gettext(N_(
            "{path} cannot be read (permissions).")).format(path=path))
    return path


def new_database_place(text: str) -> Path | str:
    """Where a new database goes: a new file, or an empty database of the office's server."""
    from cjeapp.core.db.address import is_server_url

    return text if is_server_url(text) else output_file(text)


def restored_file(text: str) -> Path:
    """The database file a backup is put back in place of (never the office's server)."""
    from cjeapp.core.db.address import is_server_url

    if is_server_url(text):
        raise argparse.ArgumentTypeError(gettext(N_(
            "restore puts a backup in place of a database file; a copy of the office goes "
            "back to the server with cjeapp migrate-store --from COPY --to {url} (into an "
            "empty database).")).format(url=text))
    return output_file(text)


def output_file(text: str) -> Path:
    """Where a file will be written: not a folder, not a pipe, in a folder that exists."""
    path = Path(text).expanduser()
    if path.exists() and not path.is_file():
        raise argparse.ArgumentTypeError(gettext(N_(
            "{path} exists and is not an ordinary file; give a file name.")).format(path=path))
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent  # missing folders are made when the file is written
    if not ancestor.is_dir():
        raise argparse.ArgumentTypeError(gettext(N_(
            "{folder} is not a folder; the file cannot be written there.")).format(
                folder=ancestor))
    return path


def same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve() or (
            first.exists() and second.exists() and first.samefile(second))
    except OSError:
        return False


def check_relations(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Checks between arguments (a period's order, a source that is also the target); a
    problem stops as argparse does for its own: usage, the sentence, exit code 2."""
    first, last = getattr(args, "period_from", None), getattr(args, "period_to", None)
    if isinstance(first, date) and isinstance(last, date) and last < first:
        parser.error(gettext(N_("--to ({last}) comes before --from ({first}).")).format(
            first=first.isoformat(), last=last.isoformat()))
    if getattr(args, "command", None) == "restore" and not (args.user or args.recovery_key):
        parser.error(gettext(N_("restore needs --user NAME, or --recovery-key.")))
    if getattr(args, "command", None) == "verify-document":
        if (args.file is None) == (args.qr is None):
            parser.error(gettext(N_("verify-document checks a PDF file or a --qr text: give "
                                    "one of them.")))
        if args.file is not None and not (args.db and args.user):
            parser.error(gettext(N_("Checking a PDF needs the register: --db PATH --user "
                                    "NAME.")))
        if args.qr is not None and not args.public_key and not (args.db and args.user):
            parser.error(gettext(N_("Checking a QR code needs the organization's public key "
                                    "(--public-key KEY) or its database (--db PATH --user "
                                    "NAME).")))
    if getattr(args, "command", None) == "document" and args.doc_lang:
        from cjeapp.core.documents.notices import notice_codes

        allowed = notice_codes() if args.kind == "collection_notice" else ["fr", "en"]
        if args.doc_lang not in allowed:
            parser.error(gettext(N_("--lang {language}: this document is written in {choices}."))
                         .format(language=args.doc_lang, choices=", ".join(allowed)))
    if getattr(args, "command", None) == "bench" and isinstance(args.db, Path) \
            and not args.user:
        parser.error(gettext(N_("bench with --db FILE needs --user NAME.")))
    if getattr(args, "command", None) == "bench" and args.what == "seats" and not (
            1 <= args.seats <= 50 and 0 < args.minutes <= 60):
        parser.error(gettext(N_("bench seats takes 1 to 50 seats and up to 60 minutes.")))
    if getattr(args, "command", None) == "bench" and args.what == "exchange" and not (
            1 <= args.changes <= 1_000_000):
        parser.error(gettext(N_("bench exchange takes 1 to 1,000,000 changes.")))
    if getattr(args, "command", None) == "board" and args.out.suffix.lower() not in (
            ".pdf", ".xlsx"):
        parser.error(gettext(N_("board writes a PDF (.pdf) or a spreadsheet (.xlsx): end "
                                "--out with one of them.")))
    if getattr(args, "command", None) == "demo" and args.laptop is not None \
            and isinstance(args.db, str):
        parser.error(gettext(N_("demo --laptop is made beside a demo office in a file.")))
    if getattr(args, "command", None) == "exchange":
        if not (args.db and args.user):
            parser.error(gettext(N_("exchange needs --db PATH --user NAME.")))
        if (args.action is None) == (args.hub is None):
            parser.error(gettext(N_("exchange either reaches the office now (--hub "
                                    "ADDRESS) or works by file (export, import): one of "
                                    "them.")))
    db = getattr(args, "db", None)
    for name in ("to", "out", "source", "pdf", "hub"):
        other = getattr(args, name, None)
        if isinstance(db, Path) and isinstance(other, Path) and same_file(db, other):
            parser.error(gettext(N_(
                "{path} is the database itself; give another file.")).format(path=other))


def secret_from_environment_or_prompt(variable: str, prompt: str) -> str:
    """The environment ``variable`` when set (scripts), else asked without echo (a line of
    standard input when it is not a terminal)."""
    from getpass import getpass

    found = os.environ.get(variable)
    if found is not None:
        return found
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    try:
        return getpass(gettext(prompt))
    except (EOFError, KeyboardInterrupt):  # Ctrl-D or Ctrl-C at the prompt: nothing typed
        return ""


def password_from_environment_or_prompt() -> str:
    """CJEAPP_PASSWORD when set (scripts), else asked without echo."""
    return secret_from_environment_or_prompt("CJEAPP_PASSWORD", N_("Password: "))
