"""The automatic backups in their folder: how they are named, listed and removed.

A backup is ``STEM-auto-YYYYMMDDTHHMMSSZ.sqlite3`` (the database's name, the UTC time it
was made) with its key file ``….sqlite3.keys`` beside it. A file takes that name only once
its copy has been verified (``maintenance.backup``), so every file listed here is a good
backup. Other files in the folder (copies kept before an upgrade or a restore, anything a
person put there) are never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path

from cjeapp.core.db import keyring

_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-auto-(?P<stamp>\d{8}T\d{6}Z)\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime  # aware, UTC
    size: int  # bytes, the database copy alone


def name_for(db_path: Path, made_at: datetime) -> str:
    return f"{db_path.stem}-auto-{made_at.astimezone(UTC).strftime(_STAMP)}.sqlite3"


def listing(folder: Path, db_path: Path) -> list[BackupFile]:
    """The automatic backups of the database at ``db_path`` in ``folder``, newest first
    (a missing folder holds none; an unreadable one raises OSError)."""
    if not folder.is_dir():
        return []
    found: list[BackupFile] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != db_path.stem or not path.is_file():
            continue
        made_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append(BackupFile(path, made_at, path.stat().st_size))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def remove(backup: BackupFile) -> None:
    """Remove a backup with its key file."""
    backup.path.unlink(missing_ok=True)
    keyring.keys_path(backup.path).unlink(missing_ok=True)
