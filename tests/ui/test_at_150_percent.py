"""The checks of sizes run again with Qt really scaled to 150 %, on a 1366×768 screen.

Qt reads ``QT_SCALE_FACTOR`` once, when the QApplication is made, and a pytest process
holds one QApplication for all its tests: the scaled run needs a process of its own. It is
a child pytest (the same fixtures, the same checks: test_every_screen.py's and
test_key_columns.py's, which read the scale they run under), on the offscreen platform given
a screen of the laptop's size, so windows shrink to it as they would there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCALED_CHECKS = (
    "tests/ui/test_every_screen.py::test_every_screen_fits_a_small_laptop",
    "tests/ui/test_key_columns.py",
)


def test_every_screen_fits_and_keeps_its_key_columns_at_150_percent() -> None:
    if os.environ.get("QT_SCALE_FACTOR"):
        pytest.skip("this is the scaled run itself")
    screen = HERE / "laptop_screen.json"
    environment = {**os.environ, "QT_SCALE_FACTOR": "1.5",
                   "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    environment.pop("PYTEST_ADDOPTS", None)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:randomly",
         "-p", "no:xdist", *SCALED_CHECKS],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=900, check=False)
    said = run.stdout[-6000:] + run.stderr[-2000:]
    assert run.returncode == 0, said
    assert " passed" in run.stdout and "skipped" not in run.stdout, said
