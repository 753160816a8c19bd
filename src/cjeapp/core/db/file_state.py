"""What is at a database path, told from its first bytes only (no SQL engine loaded), so the
program can choose between first-run set-up and sign-in the moment it starts."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from cjeapp.core.db import sqlite_file


class FileState(StrEnum):
    NEW = "new"  # no file yet: set-up creates it
    PLAIN = "plain"  # written by a version before encryption: the first sign-in encrypts it
    ENCRYPTED = "encrypted"


def file_state(path: Path) -> FileState:
    if not path.exists() or path.stat().st_size == 0:
        return FileState.NEW
    return FileState.PLAIN if sqlite_file.is_plain(path) else FileState.ENCRYPTED
