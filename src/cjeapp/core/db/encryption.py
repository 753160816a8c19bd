"""Turning a plain database of an earlier version into an encrypted one, in place.

The encrypted copy is written in a work folder beside the file (``work_files``), verified,
and its key file written; only then does it take the plain file's name (one rename), and
the plain bytes are overwritten before they are removed. A kill at any step leaves either
the plain file whole (the work folder, and the plain file's second name, are removed at the
next start) or the encrypted one whole.
"""

from __future__ import annotations

import os
from pathlib import Path

from cjeapp.core.db import keyring
from cjeapp.core.db import sqlite_file
from cjeapp.core.db import work_files
from cjeapp.core.db.database import backups_dir
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg


def encrypt_file(path: Path, key: bytes, ring: keyring.Keyring) -> None:
    """Replace the plain database at ``path`` (closed, nobody else using it) by an
    encrypted copy under ``key``, with ``ring`` as its key file."""
    from cjeapp.core.db.maintenance import check_database

    if not sqlite_file.checkpoint(path, None):
        raise DatabaseOpenError(msg(N_(
            "{path} is in use by another program: close cjeapp everywhere it is open, then "
            "sign in again."), path=str(path)))
    sqlite_file.remove_leftovers(path)
    with work_files.work_dir(path.parent) as work:
        encrypted = work.path / path.name
        sqlite_file.encrypted_copy(path, key, encrypted)
        report = check_database(encrypted, key)
        if not report.sound:
            raise DatabaseOpenError(msg(N_(
                "The encrypted copy of {path} did not check sound ({reason}); the file was "
                "left as it was."), path=str(path), reason=report.errors[0]))
        keyring.save(ring, keyring.keys_path(path))
        _swap_in(encrypted, path)


def _swap_in(work: Path, path: Path) -> None:
    """The encrypted ``work`` file takes the name ``path``; the plain bytes it replaces
    are overwritten (through a second name kept for them) before they are let go."""
    plain = Path(f"{path}{sqlite_file.PLAIN_LEFTOVER}")
    try:
        os.link(path, plain)
    except OSError:  # a file system without hard links: the plain bytes are only unlinked
        plain = path.with_name(path.name + ".no-link")
    os.replace(work, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if plain.exists():
        sqlite_file.shred(plain)


def encrypt_backups(db_path: Path, key: bytes) -> list[Path]:
    """The plain copies the program itself kept beside the database (before upgrades and
    restores) are encrypted too, each with a copy of the key file. Returns them."""
    folder = backups_dir(db_path)
    done: list[Path] = []
    if not folder.is_dir():
        return done
    ring = keyring.load(keyring.keys_path(db_path))
    plain = [copy for copy in sorted(folder.glob("*.sqlite3")) if sqlite_file.is_plain(copy)]
    if not plain:
        return done
    with work_files.work_dir(folder) as work:
        for copy in plain:
            encrypted = work.path / copy.name
            sqlite_file.remove_leftovers(copy)
            sqlite_file.encrypted_copy(copy, key, encrypted)
            keyring.save(ring, keyring.keys_path(copy))
            _swap_in(encrypted, copy)
            done.append(copy)
    return done
