"""Start-up: the sign-in window needs only Qt and a few small modules; the rest loads while
the person types, and the integrity check of the file runs after sign-in, off the screen."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cjeapp.core.db.database import Database
from cjeapp.core.permissions import Actor
from cjeapp.ui.main_window import MainWindow

HEAVY = ("sqlalchemy", "alembic", "mako", "pygments", "holidays", "icalendar", "reportlab",
         "openpyxl", "argon2", "cjeapp.core.models", "cjeapp.ui.main_window")


def test_the_sign_in_window_loads_nothing_heavy() -> None:
    code = ("import sys, json\n"
            "from cjeapp.ui.session import entry_dialog\n"
            f"heavy = {HEAVY!r}\n"
            "print(json.dumps(sorted(m for m in heavy if m in sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert json.loads(done.stdout) == []


def test_the_main_window_loads_no_upgrade_or_import_machinery() -> None:
    """What sign-in loads ahead (the main window) leaves out Alembic (only an upgrade needs
    it), the spreadsheet readers and the About data (only their screens need them)."""
    code = ("import sys, json\n"
            "import cjeapp.ui.main_window\n"
            "late = ('alembic', 'mako', 'python_calamine', 'rapidfuzz', 'cjeapp.about',\n"
            "        'cjeapp.core.imports.people')\n"
            "print(json.dumps(sorted(m for m in late if m in sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert json.loads(done.stdout) == []


def test_a_damaged_file_is_said_after_sign_in(qtbot: QtBot, db: Database,
                                              staff: dict[str, Actor],
                                              warnings_shown: list[str]) -> None:
    window = MainWindow(db, staff["counsellor"])
    qtbot.addWidget(window)
    job = window.check_file_in_background()
    qtbot.waitUntil(lambda: not job.running, timeout=20000)
    assert warnings_shown == []  # a sound file: nothing to say
    _damage(db.path)
    job = window.check_file_in_background()
    qtbot.waitUntil(lambda: not job.running, timeout=20000)
    assert any("damaged" in text for text in warnings_shown)


def _damage(path: Path) -> None:
    """Overwrite a page in the middle of the file (what a failing disk does)."""
    size = path.stat().st_size
    with path.open("r+b") as raw:
        raw.seek(size // 2 // 4096 * 4096)
        raw.write(b"\x00" * 4096)


def test_a_file_too_damaged_to_sign_in_is_a_sentence(db: Database) -> None:
    """Signing in skips the integrity check (it runs after, in the background): a damaged
    table that sign-in reads must still give the restore sentence, not a traceback."""
    import pytest

    from cjeapp.core.errors import DatabaseOpenError
    from cjeapp.core.staff import opening
    from tests.conftest import ADMIN_PASSWORD
    from tests.databases import raw

    path = db.path
    db.close()
    connection = raw(path)
    page = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'users'"
                              ).fetchone()[0]
    connection.close()
    with path.open("r+b") as file:  # the users table's page, as a failing disk would
        file.seek((page - 1) * 4096)
        file.write(b"\x00" * 4096)
    with pytest.raises(DatabaseOpenError, match="damaged") as refused:
        opening.open_database(path, "admin", ADMIN_PASSWORD, verify=False)
    assert refused.value.__cause__ is not None  # found while signing in, past the open


def test_what_sign_in_waits_for_holds_one_country_no_server_driver_and_ready_mappers(
) -> None:
    """Issue 35: the warm-up before sign-in loads Canada's holidays alone (not the 249
    other countries' modules), no PostgreSQL driver for a file, and leaves SQLAlchemy's
    mappers configured (else the first query configures them, on the screen's thread)."""
    code = ("import sys, json\n"
            "from cjeapp.ui import warm_up\n"
            "warm_up._prepare_sign_in()\n"
            "from sqlalchemy import inspect\n"
            "from cjeapp.core.models import Client\n"
            "from cjeapp.core.calendar.business_days import BusinessCalendar\n"
            "from datetime import date\n"
            "quebec = BusinessCalendar()\n"
            "print(json.dumps({\n"
            "    'countries': sorted(m for m in sys.modules\n"
            "                        if m.startswith('holidays.countries.')),\n"
            "    'psycopg': 'psycopg' in sys.modules,\n"
            "    'configured': inspect(Client).configured,\n"
            "    'saint_jean': quebec.is_holiday(date(2026, 6, 24)),\n"
            "    'screens': 'cjeapp.ui.pages.settings_page' in sys.modules}))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "countries": ["holidays.countries.canada"], "psycopg": False, "configured": True,
        "saint_jean": True, "screens": False}


def test_the_whole_holidays_package_still_loads_after_canada_alone() -> None:
    from cjeapp.core.calendar.canada_holidays import canada_class

    canada = canada_class()
    import holidays.countries

    assert holidays.countries.Canada is canada
    assert holidays.countries.France is not None


def test_signing_in_skips_the_whole_file_check_and_the_main_window_runs_it_after(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 35, item 4: the whole-file check left headless commands, not the program:
    signing in does not wait for it, the main window runs it in the background."""
    from cjeapp.core.db import sqlite_file
    from cjeapp.ui.session import main_window_after
    from cjeapp.ui.sign_in_dialog import SignInDialog
    from tests.conftest import ADMIN_PASSWORD

    scans: list[bool] = []
    real = sqlite_file.quick_check

    def counted(connection: sqlite_file.Connection, *, full: bool = False) -> list[str]:
        scans.append(full)
        return real(connection, full=full)

    monkeypatch.setattr(sqlite_file, "quick_check", counted)
    path = db.path
    db.close()
    dialog = SignInDialog(path)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.actor is not None and scans == []
    window = main_window_after(dialog)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(scans), timeout=20000)
    assert scans == [False]  # SQLite's quick check, once
    qtbot.waitUntil(lambda: window._integrity_job is None or not window._integrity_job.running,
                    timeout=20000)
    window.close()
    window.context.db.close()
