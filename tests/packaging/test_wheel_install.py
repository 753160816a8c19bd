"""The wheel as an organization's IT helper installs it: built with pip from a clean checkout
(the files git tracks, so none of the compiled translations a developer's tree has), installed
in a fresh virtual environment outside it, and run from another folder — the code lists,
fonts, notices, funder profile and translations come from the installed package, not from
the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.packaging.network import unreachable
from tests.packaging.notices import issue_notices

ROOT = Path(__file__).resolve().parents[2]


def _clean_checkout(into: Path) -> Path:
    """The files git tracks, as they are in the work tree (uncommitted edits included): what a
    fresh clone holds, without anything a build or the translations script left behind."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True)
    if listed.returncode != 0:
        pytest.skip("not a git checkout: there is no clean checkout to build from")
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    return into


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The wheel pip builds from a clean checkout (build isolation, as anyone's pip does:
    the build requirements come from pyproject.toml), and what the build printed."""
    work = tmp_path_factory.mktemp("wheel")
    checkout = _clean_checkout(work / "checkout")
    assert not list(checkout.rglob("*.qm"))
    made = subprocess.run([sys.executable, "-m", "pip", "wheel", str(checkout), "--no-deps",
                           "-v", "-w", str(work / "dist")], cwd=work, capture_output=True,
                          text=True, timeout=900)
    if made.returncode != 0 and unreachable(made.stdout + made.stderr):
        pytest.skip("no network: pip could not reach the package index for the build "
                    "requirements (setuptools, PySide6's lrelease)")
    assert made.returncode == 0, made.stdout[-3000:] + made.stderr[-3000:]
    return next((work / "dist").glob("cjeapp-*.whl")), made.stdout + made.stderr


def test_the_wheel_carries_the_compiled_translations_and_builds_without_warnings(
        built: tuple[Path, str]) -> None:
    wheel, printed = built
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {"cjeapp/translations/cjeapp_fr.qm", "cjeapp/translations/cjeapp_en.qm",
            "cjeapp/translations/core/fr.po"} <= names, sorted(names)
    assert not [name for name in names if name.endswith(".ts")]
    warned = [line for line in printed.splitlines() if "deprecat" in line.lower()]
    assert not warned, "\n".join(warned)


@pytest.fixture(scope="module")
def installed(built: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment with the wheel installed (its dependencies are reached through
    the test environment's site-packages, added by a .pth file: only cjeapp is new)."""
    wheel = built[0]
    work = tmp_path_factory.mktemp("venv")
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
        "print(dialog.windowTitle())\n"
        "print('|'.join(b.text() for b in dialog.findChildren(QPushButton)))\n")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    shown = subprocess.run([str(installed / "bin" / "python"), "-c", script,
                            str(tmp_path / "none.sqlite3")], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "Annuler" in shown.stdout and "Clé de récupération" in shown.stdout, shown.stdout
    assert "Sign in" not in shown.stdout, shown.stdout
