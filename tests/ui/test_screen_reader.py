"""What Orca says: the sign-in window and the reception desk read through AT-SPI (issue 37,
item 1), from another process, as a screen reader reads them: every control a person can
reach has a name, and the known ones the words a reader says.

The program runs on a virtual display (Xvfb) with Qt's bridge to AT-SPI on, under a session
bus of its own (dbus-run-session); the system's python3 reads it with pyatspi (Debian's
python3-pyatspi, which scripts/setup.sh --test installs). Without these tools the test is
skipped and says which one is missing, except in the test command (scripts/test.sh sets
CJEAPP_REQUIRE_AT_SPI), where it fails. The whole reading takes about 15 s."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests import databases

SESSION = Path(__file__).parent / "at_spi" / "session.py"


def _missing_tool() -> str | None:
    for tool in ("dbus-run-session", "Xvfb", "/usr/libexec/at-spi-bus-launcher"):
        if shutil.which(tool) is None:
            return tool
    reads = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True,
                           check=False) if Path("/usr/bin/python3").exists() else None
    if reads is None or reads.returncode != 0:
        return "python3-pyatspi"
    return None


@pytest.fixture(scope="module")
def screens(staffed_template: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> dict[str, list[dict[str, Any]]]:
    missing = _missing_tool()
    if missing is not None:
        why = f"{missing} is not installed (scripts/setup.sh --test installs it)"
        if os.environ.get("CJEAPP_REQUIRE_AT_SPI"):  # the test command: it must run
            pytest.fail(why)
        pytest.skip(why)
    path = tmp_path_factory.mktemp("at_spi") / "cjeapp.sqlite3"
    databases.copy(staffed_template, path)
    # in a process group of its own: on a time-out, everything it started is stopped
    reading = subprocess.Popen(["dbus-run-session", "--", sys.executable, str(SESSION),
                                str(path), "reception", "reception-password"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        out, err = reading.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(reading.pid, signal.SIGTERM)
        out, err = reading.communicate(timeout=10)
    assert reading.returncode == 0, err[-3000:]
    read: dict[str, list[dict[str, Any]]] = json.loads(out.strip().splitlines()[-1])
    return read


def _unnamed(nodes: list[dict[str, Any]]) -> list[str]:
    return [f"{node['role']} in {' › '.join(node['where'])}" for node in nodes
            if node["focusable"] and not node["name"].strip()]


def _named(nodes: list[dict[str, Any]], role: str) -> set[str]:
    return {node["name"] for node in nodes if node["role"] == role}


def test_the_sign_in_window_says_each_control(screens: dict[str, list[dict[str, Any]]]
                                              ) -> None:
    nodes = screens["sign-in"]
    assert _unnamed(nodes) == []
    assert {"Nom d'utilisateur", "Mot de passe"} <= _named(nodes, "text") \
        | _named(nodes, "password text")
    assert "Connexion" in _named(nodes, "push button")


def test_the_desk_says_each_control(screens: dict[str, list[dict[str, Any]]],
                                    french: None) -> None:
    from PySide6.QtCore import QCoreApplication

    nodes = screens["desk"]
    found = QCoreApplication.translate("DeskPage", "People found")  # the table of results
    assert _unnamed(nodes) == []
    assert "Sections" in _named(nodes, "list")
    assert {"Aujourd'hui", "Accueil", "Clients", "Agenda"} <= _named(nodes, "list item")
    assert any(name.startswith("Trouver une personne") for name in _named(nodes, "text"))
    assert "Motif de la visite" in _named(nodes, "text")
    assert {found, "File d'attente et visites du jour"} <= _named(nodes,
                                                                                 "table")
    assert {"Nouvelle personne…", "Inscrire à la file d'attente"} <= _named(nodes,
                                                                           "push button")

