"""Writing a file people will open (a PDF, a calendar, an encrypted copy, a CSV) whole or
not at all: the bytes go to ``NAME.partial`` beside it, reach the disk, then take the name
in one rename. A program killed or a disk full midway leaves the old file (or none), never
half of one."""

from __future__ import annotations

import os
from pathlib import Path


def write_whole(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
