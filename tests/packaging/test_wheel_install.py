"""The wheel as an organization's IT helper installs it: built from the repository, installed
in a fresh virtual environment outside it, and run from another folder — the code lists,
fonts, notices, funder profile and translations come from the installed package, not from
the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.packaging.notices import issue_notices

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment with the wheel installed (its dependencies are reached through
    the test environment's site-packages, added by a .pth file: only cjeapp is new)."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q",
                    "-w", str(work / "dist")], check=True, cwd=work)
    wheel = next((work / "dist").glob("cjeapp-*.whl"))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps",
                    "--disable-pip-version-check", str(wheel)], check=True, cwd=work)
    site = subprocess.run([str(python), "-c", "import sysconfig; "
                           "print(sysconfig.get_paths()['purelib'])"], check=True,
                          capture_output=True, text=True).stdout.strip()
    (Path(site) / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


def _run(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "CJEAPP_RESOURCES_ROOT")}
    env.update(HOME=str(cwd), QT_QPA_PLATFORM="offscreen", CJEAPP_PASSWORD="demo-admin")
    return subprocess.run([str(venv / "bin" / "cjeapp"), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_installed_wheel_runs_from_anywhere(installed: Path,
                                                tmp_path: Path) -> None:
    where = subprocess.run([str(installed / "bin" / "python"), "-c",
                            "import cjeapp, cjeapp.core.resources as r; "
                            "print(cjeapp.__file__); print(r.resource_path())"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert str(ROOT) not in where and str(installed) in where, where
    db = tmp_path / "demo.sqlite3"
    made = _run(installed, tmp_path, "demo", "--db", str(db), "--clients", "60", "--seed", "4")
    assert made.returncode == 0, made.stderr
    checked = _run(installed, tmp_path, "check", "--db", str(db), "--user", "admin")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    fonts, printed = issue_notices(lambda *args: _run(installed, tmp_path, *args), db,
                                   tmp_path)
    assert any("DejaVuSans" in font for font in fonts), fonts
    assert any("NotoSansArabic" in str(font) for font in fonts), fonts
    # Core messages in French from the installed catalogue.
    assert " écrit dans " in printed, printed  # the core catalogue was found


def test_the_installed_program_opens_its_sign_in_window_in_french(installed: Path,
                                                                  tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from cjeapp.ui.translators import install_translators\n"
        "from cjeapp.ui.sign_in_dialog import SignInDialog\n"
        "app = QApplication(sys.argv)\n"
        "install_translators(app, 'fr')\n"
        "from pathlib import Path\n"
        "dialog = SignInDialog(Path(sys.argv[1]))\n"
        "dialog.show()\n"
        "app.processEvents()\n"
        "from PySide6.QtWidgets import QPushButton\n"
        "print('|'.join(b.text() for b in dialog.findChildren(QPushButton)))\n")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    shown = subprocess.run([str(installed / "bin" / "python"), "-c", script,
                            str(tmp_path / "none.sqlite3")], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "Annuler" in shown.stdout and "Clé de récupération" in shown.stdout, shown.stdout
