"""The one-folder build (``bash packaging/build.sh``) as an office receives it: its own
Python, libraries and files, started from another folder for the demo, the check, a
document in two scripts, portable mode and the French sign-in window (offscreen).

``scripts/test.sh`` builds it and names it in ``CJEAPP_FROZEN_BUILD``; run alone, pytest
skips these tests unless that variable names a build."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from cjeapp import __version__
from cjeapp.locations import PORTABLE_FOLDER
from cjeapp.locations import PORTABLE_MARKER
from tests.packaging.notices import issue_notices

BUILD = os.environ.get("CJEAPP_FROZEN_BUILD")
pytestmark = pytest.mark.skipif(not BUILD, reason="no frozen build named "
                                "(CJEAPP_FROZEN_BUILD, set by scripts/test.sh)")


@pytest.fixture(scope="module")
def program() -> Path:
    folder = Path(str(BUILD)).resolve()
    launcher = folder / "cjeapp"
    assert launcher.is_file(), f"{launcher} missing: run bash packaging/build.sh"
    return launcher


def _environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "CJEAPP_", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), CJEAPP_HOME=str(home / "data"), QT_QPA_PLATFORM="offscreen",
               CJEAPP_PASSWORD="demo-admin", PATH="/usr/bin:/bin")
    return env


def _run(program: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], cwd=home, env=_environment(home),
                          capture_output=True, text=True, timeout=600)


def test_the_frozen_program_makes_checks_and_prints(program: Path, tmp_path: Path) -> None:
    version = _run(program, tmp_path, "--version")
    assert version.stdout.strip() == f"cjeapp {__version__}", version.stderr
    db = tmp_path / "demo.sqlite3"
    made = _run(program, tmp_path, "demo", "--db", str(db), "--clients", "60", "--seed", "3")
    assert made.returncode == 0, made.stderr
    checked = _run(program, tmp_path, "--lang", "fr", "check", "--db", str(db),
                   "--user", "admin")
    assert checked.returncode == 0 and "La base de données est saine." in checked.stdout, \
        checked.stdout + checked.stderr
    fonts, _printed = issue_notices(lambda *args: _run(program, tmp_path, *args), db,
                                    tmp_path)
    assert any("DejaVuSans" in font for font in fonts), fonts
    assert any("NotoSansArabic" in font for font in fonts), fonts
    _checks_a_workbook(program, tmp_path, db)
    licences = (program.parent / "THIRD-PARTY-LICENCES.txt").read_text(encoding="utf-8")
    assert "PySide6" in licences and "LGPL" in licences and "SQLAlchemy" in licences


def test_the_frozen_program_opens_its_sign_in_window_in_french(program: Path,
                                                               tmp_path: Path) -> None:
    db = tmp_path / "bureau.sqlite3"
    assert _run(program, tmp_path, "demo", "--db", str(db), "--clients", "45").returncode == 0
    log = tmp_path / "data" / "logs" / "cjeapp.log"
    started = time.monotonic()
    gui = subprocess.Popen([str(program), "--lang", "fr", "--db", str(db)], cwd=tmp_path,
                           env=_environment(tmp_path), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        text = ""
        while time.monotonic() - started < 60 and gui.poll() is None:
            text = log.read_text(encoding="utf-8") if log.exists() else ""
            if "SignInDialog shown" in text:
                break
            time.sleep(0.2)
        assert gui.poll() is None, gui.communicate()
        assert "SignInDialog shown" in text, text
        assert "catalogues: qtbase_fr, cjeapp_fr" in text, text
    finally:
        gui.kill()
        gui.communicate()


def test_portable_mode_keeps_everything_beside_the_program(program: Path,
                                                           tmp_path: Path) -> None:
    marker = program.parent / PORTABLE_MARKER
    env = _environment(tmp_path)
    del env["CJEAPP_HOME"]
    try:
        plain = subprocess.run([str(program), "where"], env=env, capture_output=True,
                               text=True, timeout=60, check=True).stdout
        marker.write_text("")
        portable = subprocess.run([str(program), "where"], env=env, capture_output=True,
                                  text=True, timeout=60, check=True).stdout
    finally:
        marker.unlink(missing_ok=True)
    beside = str(program.parent / PORTABLE_FOLDER)
    assert beside not in plain and str(tmp_path) in plain  # the user's folders
    assert portable.count(beside) == 4, portable


def _checks_a_workbook(program: Path, home: Path, db: Path) -> None:
    """The import reads a workbook (python-calamine) and writes its report (openpyxl)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Nom", "Prénom", "Date de naissance"], ["BENALI", "Khadija", "14/03/1988"],
                ["Gómez", "Ana", "31/02/1990"]):
        sheet.append(row)
    book.save(home / "liste.xlsx")
    checked = _run(program, home, "--lang", "fr", "import", "--db", str(db), "--user", "admin",
                   "--dry-run", "--report", str(home / "rapport.xlsx"), str(home / "liste.xlsx"))
    assert checked.returncode == 1, checked.stderr  # one row in error
    assert "Lignes : 2 — prêtes : 1" in checked.stdout and "ligne 3" in checked.stderr, \
        checked.stdout + checked.stderr
    assert (home / "rapport.xlsx").stat().st_size > 0
