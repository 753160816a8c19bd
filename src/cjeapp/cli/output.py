"""What the commands print and write: an error in one sentence, the files they make
(written whole; a full disk, a folder that cannot be written or that went away is said in
a sentence, never a traceback), the keys and passwords shown once."""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg

if TYPE_CHECKING:
    from cjeapp.core.db.server_logins import OneTimePassword

def fail(error: CjeError) -> int:
    print(gettext(N_("Error: {message}")).format(message=error), file=sys.stderr)
    return 1


class NotWritten(CjeError):
    """A file a command writes could not be written; nothing of it is left."""


def not_written(path: Path, error: OSError) -> NotWritten:
    """``error`` (raised writing ``path``) in a sentence that says what to do."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return NotWritten(msg(N_(
            "{path} could not be written: the disk is full. Free some space or write it "
            "elsewhere; nothing was written."), path=str(path)))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return NotWritten(msg(N_(
            "{path} could not be written: this folder may not be written to (permissions, "
            "or a read-only disk). Write it elsewhere; nothing was written."), path=str(path)))
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return NotWritten(msg(N_(
            "{path} could not be written: its folder does not exist (any more). Write it "
            "in a folder that exists; nothing was written."), path=str(path)))
    return NotWritten(msg(N_("{path} could not be written ({reason}); nothing was written."),
                          path=str(path), reason=error.strerror or type(error).__name__))


def file_problem(error: OSError) -> CjeError:
    """An error of the file system no command caught (a backup's disk full), in a sentence."""
    name = str(error.filename or "")
    path = name.removesuffix(".partial")
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
        return not_written(Path(path), error)
    return CjeError(msg(N_("{path} could not be read or written ({reason})."),
                        path=path or "—", reason=error.strerror or type(error).__name__))


def write_output(path: Path, data: bytes) -> None:
    """``data`` written whole to ``path`` (its missing folders made); raises NotWritten."""
    from cjeapp.core.writers.whole_file import write_whole

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_whole(path, data)
    except OSError as error:
        raise not_written(path, error) from error


def print_demo_accounts() -> None:
    from cjeapp.core.codelists import codelist
    from cjeapp.core.demo.generator import DEMO_ACCOUNTS

    print(gettext(N_("Demo accounts (user name / password / role):")))
    for account in DEMO_ACCOUNTS:
        role = codelist("roles").label(account.role)
        print(f"  {account.username:<14} {account.password:<16} {role}")


def print_recovery_key(recovery: str) -> None:
    print(gettext(N_("Recovery key of this database (shown once; write it down and keep it "
                     "away from the computer: it opens the database when every password is "
                     "lost):")))
    print(f"  {recovery}")


def print_one_time_passwords(made: list[OneTimePassword]) -> None:
    if not made:
        return
    print(gettext(N_("Each person signs in once with this one-time password, then chooses "
                     "their own (give each their own, by hand):")))
    for account in made:
        print(f"  {account.username}\t{account.full_name}\t{account.password}")
