"""Work folders: where a database file, a copy of one or its key file is made before it
takes its name, so a program killed at any moment leaves either nothing under that name or
a whole file, and the next start removes what the kill left.

A work folder sits in the folder of the file it makes (the final rename stays on one disk
and is atomic), named ``.cjeapp-work-…``. It holds ``lock``, locked for as long as the work
runs (``filelock``: ``flock`` on POSIX, ``msvcrt`` on Windows; the system lets the lock go
when the process ends, even by SIGKILL), and ``owner``, written once the lock is held. So a
work folder whose ``owner`` exists and whose lock can be taken at once is stale: its
process is gone. A folder without ``owner`` is one being made this instant, or one whose
process was killed in the microseconds between making it and locking it: it is removed
only once it is old (``UNCLAIMED_AFTER``).

Several files take their names together (a database and its key file) through
``Work.give_names``: the names are recorded first, the last rename is the moment the work
is done, and a kill before it is undone by the next ``sweep`` (the files that had already
taken their names are taken back, and what they replaced is put back).

``sweep(folder)`` runs at the next start (``Database.open`` sweeps the database's folder
and its backups folder; a backup sweeps its destination; a new file its folder) and logs
each removal. It also removes the work files the versions before work folders left beside
a file (``sqlite_file.LEFTOVER_SUFFIXES``), with cautions: only for the names the program
gives its databases and key files (``OUR_NAMES``); ``NAME.partial`` is also how key files
are written whole (for an instant), so it goes only once it is old; and ``NAME.plain`` (the
plain bytes an encryption holds under a second name, see
``sqlite_file.remove_plain_leftover``) waits while any work is live in the folder, and goes
only when it is what an encryption of ``NAME`` leaves.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextlib import suppress
from pathlib import Path

from filelock import FileLock
from filelock import Timeout

from cjeapp.core.db import sqlite_file

log = logging.getLogger(__name__)

PREFIX = ".cjeapp-work-"
# new_file.database_made_for made ``.cjeapp-new-…`` folders, without a lock, before this
# module: a kill left them for ever. Without ``owner``, they go once old.
PREFIXES = (PREFIX, ".cjeapp-new-")
LOCK = "lock"
OWNER = "owner"
RECORD = "names.json"
BEFORE = "before"  # what the files given names replaced, to put back if the work is undone
UNCLAIMED_AFTER = 600.0  # seconds: a folder without ``owner`` (see the module's note)
# The older work files are removed only for the names the program gives its databases'
# copies and key files: a database's folder is often the person's own (Documents,
# Downloads), where another program's file may end in ``.partial``. (A database of another
# name has its own removed when it is opened: ``sqlite_file.remove_leftovers``.)
OUR_NAMES = (".sqlite3", ".keys")
PARTIAL_AFTER = 600.0  # seconds: a key file or an export is written whole in far less
LOCK_WAIT = 10.0  # seconds: only a sweep probing a new folder at that instant delays it


class Work:
    """A live work folder: files are made in ``path``, then ``give_names`` gives them
    their names in ``folder``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def folder(self) -> Path:
        return self.path.parent

    def give_names(self, *names: str) -> None:
        """Move each file ``path / name`` to ``folder / name``, in order. The last move is
        the moment the work is done; until then, a failure here (or a kill, at the next
        sweep) takes back the files already moved and puts back what they replaced. The
        files before the last are copied aside when they replace one: keep them small
        (key files)."""
        if not names:
            return
        before = self.path / BEFORE
        for name in names[:-1]:
            if (self.folder / name).exists():
                before.mkdir(exist_ok=True)
                shutil.copy2(self.folder / name, before / name)
        _write_whole(self.path / RECORD, json.dumps({"names": list(names)}).encode())
        try:
            for name in names:
                os.replace(self.path / name, self.folder / name)
        except BaseException:
            _undo(self.path, quiet=True)
            raise
        _sync_folder(self.folder)


@contextmanager
def work_dir(folder: Path) -> Iterator[Work]:
    """A new work folder in ``folder`` (made if missing), locked until the block ends, then
    removed with whatever is left in it. OSError when the folder cannot take it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=folder))
    try:
        lock = FileLock(path / LOCK, thread_local=False)
        lock.acquire(timeout=LOCK_WAIT)
        try:
            (path / OWNER).write_text(f"{os.getpid()}\n", encoding="ascii")
            yield Work(path)
        finally:
            lock.release()
    finally:
        # Released first: Windows removes no file that is open. A sweep that finds the
        # folder meanwhile sees the work done (or undone) and only removes it too.
        shutil.rmtree(path, ignore_errors=True)


def sweep(folder: Path) -> list[Path]:
    """Remove what killed work left in ``folder`` (never a live work's, in this process or
    another) and log each removal; return what was removed. Never raises: a folder that
    cannot be read or written is left as it is."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:  # no such folder (yet), or not ours to read
        return []
    removed: list[Path] = []
    busy = False
    for entry in entries:
        if not entry.name.startswith(PREFIXES):
            continue
        try:
            if not entry.is_dir():
                continue
            if not _remove_if_stale(entry):
                busy = True
                continue
        except FileNotFoundError:  # its own process removed it meanwhile
            continue
        except (OSError, RuntimeError) as exc:  # RuntimeError: filelock's own refusals
            reason = exc.strerror if isinstance(exc, OSError) else None
            log.warning("work folder %s in %s could not be removed (%s)", entry.name,
                        folder.name, reason or type(exc).__name__)
            busy = True
            continue
        log.warning("removed the work folder %s in %s, left by an interrupted run",
                    entry.name, folder.name)
        removed.append(entry)
    now = time.time()
    for entry in entries:
        found = sqlite_file.leftover(entry.name)
        if found is None or not found[0].endswith(OUR_NAMES):
            continue
        base, suffix = found
        try:
            if not entry.is_file() or entry.is_symlink():
                continue
            if suffix == sqlite_file.PLAIN_LEFTOVER:
                if busy or not _plain_leftover(entry, folder / base):
                    continue  # an encryption in progress holds it, or it is not ours
                sqlite_file.remove_plain_leftover(folder / base)  # logged there
                removed.append(entry)
                continue
            if suffix == ".partial" and now - entry.stat().st_mtime < PARTIAL_AFTER:
                continue
            entry.unlink()
        except OSError as exc:
            log.warning("work file %s in %s could not be removed (%s)", entry.name,
                        folder.name, exc.strerror or type(exc).__name__)
            continue
        log.warning("removed the work file %s in %s, left by an interrupted run",
                    entry.name, folder.name)
        removed.append(entry)
    return removed


def _plain_leftover(plain: Path, base: Path) -> bool:
    """``plain`` is what an interrupted encryption of ``base`` left: ``base`` itself under
    a second name (the swap did not happen), or the plain bytes the encrypted ``base``
    replaced (perhaps partly overwritten already: no header to tell them by). Anything
    else of that name is left alone."""
    if not base.is_file():
        return False
    return os.path.samefile(plain, base) or (
        not sqlite_file.is_plain(base) and base.stat().st_size > 0)


def _remove_if_stale(work: Path) -> bool:
    """Remove ``work`` when no process runs it any more (undoing its names first); False
    when it is live (or too new to tell)."""
    if not (work / OWNER).exists():
        if time.time() - work.stat().st_mtime < UNCLAIMED_AFTER:
            return False
        _remove_tree(work)
        return True
    lock = FileLock(work / LOCK, thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return False  # live: its process holds the lock
    try:
        _undo(work, quiet=False)
    finally:
        lock.release()
    _remove_tree(work)
    return True


def _undo(work: Path, *, quiet: bool) -> None:
    """Unless the last of the recorded names was given, take back each file given its name
    and put back what it replaced. Safe to run again after a kill of its own."""
    try:
        names = [str(name) for name in json.loads((work / RECORD).read_bytes())["names"]]
    except (OSError, ValueError, KeyError, TypeError):
        return  # no record: no file of this work took a name
    if not names or not (work / names[-1]).exists():
        return  # the work was done
    folder = work.parent
    for name in reversed(names[:-1]):
        if not (work / name).exists():
            with suppress(FileNotFoundError):
                os.replace(folder / name, work / name)
            if not quiet:
                log.warning("took back %s in %s: the work that wrote it was interrupted",
                            name, folder.name)
        previous = work / BEFORE / name
        if previous.exists() and not (folder / name).exists():
            os.replace(previous, folder / name)
            if not quiet:
                log.warning("put back the previous %s in %s", name, folder.name)


def _remove_tree(work: Path) -> None:
    """Remove a stale work folder; a plain database left in it (a copy of a file of an
    earlier version, made before an upgrade) is overwritten first."""
    for item in work.rglob("*"):
        if item.is_file() and not item.is_symlink() and sqlite_file.is_plain(item):
            sqlite_file.shred(item)
    shutil.rmtree(work, onerror=_gone_is_fine)


def _gone_is_fine(_function: object, _path: str, error: tuple[type[BaseException],
                                                              BaseException, object]) -> None:
    """rmtree's handler: a file its own process removed meanwhile is not a failure."""
    if not isinstance(error[1], FileNotFoundError):
        raise error[1]


def _write_whole(path: Path, data: bytes) -> None:
    work = path.with_name(path.name + ".new")
    with work.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(work, path)


def _sync_folder(folder: Path) -> None:
    """The renames reach the disk (POSIX; Windows has no handle on a folder for it)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
