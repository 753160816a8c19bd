"""``cjeapp bench startup``: from launching the program to its sign-in window painted, and
from clicking « Se connecter » to the main window painted, each launch in a fresh Python
(as a person starting the program), next to a bare PySide6 dialog measured in the same run."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StartupBench:
    launches: int
    bare_dialog_s: float  # median: a bare PySide6 dialog painted
    sign_in_s: float  # median: the program's sign-in window painted
    sign_in_max_s: float
    main_window_s: float  # median: from the click to the main window painted
    main_window_max_s: float


def _launch(*arguments: str, password: str = "") -> dict[str, float]:
    environment = dict(os.environ, CJEAPP_PASSWORD=password)
    if not environment.get("DISPLAY") and not environment.get("WAYLAND_DISPLAY"):
        environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.time()
    done = subprocess.run([sys.executable, "-m", "cjeapp.bench.startup_child", arguments[0],
                           repr(started), *arguments[1:]], env=environment, check=True,
                          capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run(db_path: Path, username: str, password: str, launches: int = 5) -> StartupBench:
    _launch("bare")  # the first launch warms the disk cache for both
    _launch("program", str(db_path), username, password=password)
    bare = [_launch("bare")["painted"] for _ in range(launches)]
    runs = [_launch("program", str(db_path), username, password=password)
            for _ in range(launches)]
    sign_in = [r["sign_in_painted"] for r in runs]
    main = [r["main_window_after_sign_in"] for r in runs]
    return StartupBench(launches, statistics.median(bare), statistics.median(sign_in),
                        max(sign_in), statistics.median(main), max(main))
