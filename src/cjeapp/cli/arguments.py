"""Arguments of the headless commands, checked before anything runs: an impossible date, a
missing file, a folder or a pipe where a file is expected, the same file as source and
target each get one sentence and exit code 2, and nothing is written.

The types here check one argument; the ``*_problem`` functions, called from a command's
``check``, check arguments against each other and return the sentence, or None."""

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


def signed_in(parser: argparse.ArgumentParser) -> None:
    """Commands that touch personal data act as a staff member, audited under their name."""
    parser.add_argument("--db", type=database_place, required=True,
                        help="the database file, or the office server's address "
                        "(postgresql://user@host/database)")
    parser.add_argument("--user", required=True,
                        help="your user name (password from CJEAPP_PASSWORD or asked)")


def period_problem(args: argparse.Namespace) -> str | None:
    """--to before --from."""
    first, last = getattr(args, "period_from", None), getattr(args, "period_to", None)
    if isinstance(first, date) and isinstance(last, date) and last < first:
        return gettext(N_("--to ({last}) comes before --from ({first}).")).format(
            first=first.isoformat(), last=last.isoformat())
    return None


def database_problem(args: argparse.Namespace, *names: str) -> str | None:
    """A file the command writes or reads (``names``, its arguments' names) that is the
    database file itself."""
    db = getattr(args, "db", None)
    for name in names:
        other = getattr(args, name, None)
        if isinstance(db, Path) and isinstance(other, Path) and same_file(db, other):
            return gettext(N_("{path} is the database itself; give another file.")).format(
                path=other)
    return None


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


def recovery_key_from_environment_or_prompt() -> str:
    """CJEAPP_RECOVERY_KEY when set (scripts), else asked without echo."""
    return secret_from_environment_or_prompt("CJEAPP_RECOVERY_KEY", N_("Recovery key: "))
