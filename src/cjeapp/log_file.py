"""The program's log: a rotating file in the log folder (``cjeapp.locations``), kept free of
personal data. Records name ids, never values; an error is written with its type and where
it happened, but not its message, which may quote a name, a phone number or the values of
an SQL statement."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from cjeapp import __version__

LOG_NAME = "cjeapp.log"
MAX_BYTES = 1_000_000
KEPT = 5  # cjeapp.log and five older files
_HANDLER_NAME = "cjeapp-file"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_folder() -> Path:
    from cjeapp.locations import locations

    return locations().logs


def without_message(kind: type[BaseException], tb: TracebackType | None) -> str:
    """Where an error happened and its type, never its message."""
    frames = "".join(traceback.format_tb(tb)) if tb is not None else ""
    return f"Traceback (most recent call last):\n{frames}{kind.__module__}.{kind.__qualname__}"


class _NoValues(logging.Formatter):
    def formatException(self, ei: object) -> str:
        if isinstance(ei, tuple) and len(ei) == 3 and isinstance(ei[0], type):
            return without_message(ei[0], ei[2])
        return "(error)"


def setup(folder: Path | None = None) -> Path:
    """Write the ``cjeapp`` loggers to ``folder/cjeapp.log`` (the user's log folder by
    default), rotating at 1 MB; return the file's path. Calling it again moves the file."""
    folder = folder or log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    logger = logging.getLogger("cjeapp")
    for handler in list(logger.handlers):
        if handler.get_name() == _HANDLER_NAME:
            logger.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEPT,
                                  encoding="utf-8")
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(_NoValues("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info("cjeapp %s started (Python %s, %s)", __version__, platform.python_version(),
                platform.platform())
    return path


def log_path() -> Path | None:
    for handler in logging.getLogger("cjeapp").handlers:
        if handler.get_name() == _HANDLER_NAME and isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def report(error: ExcInfo) -> str:
    """What to send to whoever helps: versions, the error's type and where it happened
    (no message, so no personal data)."""
    versions = [f"cjeapp {__version__}", f"Python {platform.python_version()}",
                platform.platform()]
    qt = sys.modules.get("PySide6")
    if qt is not None:
        versions.append(f"PySide6 {getattr(qt, '__version__', '?')}")
    return "\n".join([*versions, "", without_message(error[0], error[2])])
