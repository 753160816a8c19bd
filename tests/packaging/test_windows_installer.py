"""The Windows installer script cannot be compiled here (Inno Setup runs on Windows); these
tests hold it to what it promises: per user without administrator rights, French and
English, an upgrade in place that keeps the data, and files that the one-folder build
(packaging/cjeapp.spec) really makes. And the build on Windows needs no compiler: every
dependency has a wheel for Windows and Python 3.11."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.packaging.network import unreachable

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "windows" / "cjeapp.iss"
SPEC = ROOT / "packaging" / "cjeapp.spec"
BUILD_SCRIPT = ROOT / "packaging" / "windows" / "build.ps1"


def _sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in SCRIPT.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        heading = re.fullmatch(r"\[(\w+)\]", stripped)
        if heading:
            current = heading.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(stripped)
    return sections


def _fields(line: str) -> dict[str, str]:
    return {key.strip(): value.strip().strip('"') for key, value in
            (part.split(":", 1) for part in line.split(";") if ":" in part)}


def _setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _sections()["Setup"])


def test_a_per_user_install_in_french_and_english_that_upgrades_in_place() -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # the user's Programs folder
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])  # fixed: upgrades in place
    assert setup["UsePreviousAppDir"] == "yes" and setup["CloseApplications"] == "yes"
    languages = [_fields(line) for line in _sections()["Languages"]]
    assert [language["Name"] for language in languages] == ["fr", "en"]  # French first
    assert "French.isl" in languages[0]["MessagesFile"]
    icons = [_fields(line) for line in _sections()["Icons"]]
    assert icons[0]["Name"].startswith("{autoprograms}")  # the Start menu
    assert icons[0]["Filename"] == "{app}\\cjeapp.exe"


def test_the_data_stays_unless_the_person_asks_at_uninstall() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    deleted = [_fields(line)["Name"] for line in _sections()["InstallDelete"]]
    assert deleted == ["{app}\\_internal"]  # only the previous version's libraries
    assert "{localappdata}\\cjeapp" in text  # platformdirs' user_data_dir on Windows
    assert "MB_DEFBUTTON2" in text  # "No" is the default answer
    assert "UninstallSilent" in text  # a silent uninstall never removes data
    for language in ("fr", "en"):
        assert re.search(rf"^{language}\.RemoveData=", text, re.MULTILINE)


def test_the_spec_makes_the_two_windows_launchers_the_script_installs() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name="cjeapp", console=False' in spec
    assert 'name="cjeapp-cli",' in spec and "console=True" in spec
    sources = [_fields(line)["Source"] for line in _sections()["Files"]]
    assert "{#BuildDir}\\cjeapp.exe" in sources and "{#BuildDir}\\cjeapp-cli.exe" in sources


@pytest.mark.skipif(not os.environ.get("CJEAPP_FROZEN_BUILD"),
                    reason="no frozen build named (CJEAPP_FROZEN_BUILD)")
def test_every_file_the_script_installs_is_in_the_build() -> None:
    build = Path(os.environ["CJEAPP_FROZEN_BUILD"]).resolve()
    windows_only = {"cjeapp-cli"}  # the console launcher exists in Windows builds only
    for line in _sections()["Files"]:
        source = _fields(line)["Source"].replace("{#BuildDir}\\", "").replace("\\", "/")
        if source.endswith("/*"):
            folder = build / source[:-2]
            assert folder.is_dir() and any(folder.iterdir()), source
            continue
        name = source.removesuffix(".exe")
        if name in windows_only:
            continue
        assert (build / name).is_file(), source
    assert (build / "_internal" / "cjeapp" / "resources" / "fonts").is_dir()


def _windows_requirements() -> list[str]:
    """What build.ps1 installs on Windows: the package's dependencies, its build requirements
    (the translations are compiled by the build) and PyInstaller, as build.ps1 pins it."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pinned = re.findall(r'"(pyinstaller[^"]*)"', BUILD_SCRIPT.read_text(encoding="utf-8"))
    assert pinned, "build.ps1 no longer installs PyInstaller by a quoted requirement"
    return [*project["project"]["dependencies"], *project["build-system"]["requires"], *pinned]


def test_every_dependency_has_a_wheel_for_windows_and_python_3_11(tmp_path: Path) -> None:
    """pip downloads, for Windows x64 and CPython 3.11, wheels only (no source to compile):
    a dependency (or one of its own) without such a wheel fails here rather than on the
    Windows machine building the installer. pip judges markers such as
    ``sys_platform == "win32"`` for the machine it runs on, so a Windows-only dependency
    of a dependency is not checked."""
    fetched = subprocess.run(
        [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
         "--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.11",
         "--implementation", "cp", "--retries", "2", "-d", str(tmp_path),
         *_windows_requirements()],
        capture_output=True, text=True, timeout=900)
    printed = fetched.stdout + fetched.stderr
    if fetched.returncode != 0 and unreachable(printed):
        pytest.skip("no network: pip could not reach the package index to look for "
                    "Windows wheels")
    assert fetched.returncode == 0, printed[-4000:]
    wheels = [path.name for path in tmp_path.iterdir()]
    assert all(name.endswith(".whl") for name in wheels), wheels
    for native in ("pyside6_essentials", "sqlcipher3", "psycopg_binary", "pyinstaller"):
        assert any(name.startswith(native) and name.endswith("win_amd64.whl")
                   for name in wheels), (native, wheels)
