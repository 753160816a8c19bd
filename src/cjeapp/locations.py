"""Where the program keeps its data: the database, its backups, the log and the settings of
this computer.

Installed normally, each goes where the system expects it (platformdirs: on Windows under
%LOCALAPPDATA%\\cjeapp, on Linux under ~/.local/share/cjeapp, ~/.local/state/cjeapp/log and
~/.config/cjeapp). In **portable mode** — a file named ``cjeapp-portable.txt`` beside the
program, for an organization that runs it from a shared drive or a USB key — everything
goes in the folder ``cjeapp-data`` beside the program instead. ``CJEAPP_HOME`` names such a
folder explicitly (a source checkout, a test).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

PORTABLE_MARKER = "cjeapp-portable.txt"
PORTABLE_FOLDER = "cjeapp-data"
DATABASE_NAME = "cjeapp.sqlite3"


@dataclass(frozen=True)
class Locations:
    database: Path  # the database opened when none is named
    logs: Path
    settings: Path  # this computer's settings (language, office)
    portable: bool

    @property
    def backups(self) -> Path:
        """Where automatic backups go until Paramètres names another folder."""
        return self.database.with_name(f"{self.database.stem}-backups")


def program_folder() -> Path:
    """The folder of the program people start: the frozen build's, or the launcher's."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def _in(folder: Path, portable: bool) -> Locations:
    return Locations(database=folder / DATABASE_NAME, logs=folder / "logs",
                     settings=folder / "settings", portable=portable)


def locations() -> Locations:
    home = os.environ.get("CJEAPP_HOME")
    if home:
        return _in(Path(home).expanduser().resolve(), portable=False)
    program = program_folder()
    if (program / PORTABLE_MARKER).is_file():
        return _in(program / PORTABLE_FOLDER, portable=True)
    from platformdirs import user_config_path
    from platformdirs import user_data_path
    from platformdirs import user_log_path

    return Locations(database=user_data_path("cjeapp", appauthor=False) / DATABASE_NAME,
                     logs=user_log_path("cjeapp", appauthor=False),
                     settings=user_config_path("cjeapp", appauthor=False),
                     portable=False)
