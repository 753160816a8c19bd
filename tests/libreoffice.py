"""LibreOffice itself (Debian's libreoffice-calc-nogui, installed by the set-up), headless,
to open the files the program writes and to make the spreadsheets it reads."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail("LibreOffice is missing: scripts/setup.sh installs libreoffice-calc-nogui")
    return found


def convert(source: Path, target: str, out: Path, infilter: str | None = None) -> None:
    """``source`` saved as ``target`` (an extension, or extension:filter) in ``out``."""
    profile = out / "lo-profile"
    command = [soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", target, "--outdir", str(out), str(source)]
    if infilter:
        command.insert(-1, f"--infilter={infilter}")
    subprocess.run(command, check=True, capture_output=True, timeout=180)


def convert_all(sources: list[Path], target: str, out: Path) -> None:
    """Each of ``sources`` saved as ``target`` in ``out``, by one LibreOffice run."""
    profile = out / "lo-profile"
    subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", target, "--outdir", str(out), *map(str, sources)],
                   check=True, capture_output=True, timeout=300)
