"""``cjeapp bench client-list``: time to paint the list of every person, and memory.

The list is measured in a fresh Python that opens the file as the program does (signing
in), so "before" is the program with the file just opened, not the process that built a
demo database: with no --db, the demo database is built first, then measured afresh."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cjeapp.bench.bench_database import Credentials
from cjeapp.bench.bench_database import open_or_build

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

DEMO_CREDENTIALS = ("accueil", "demo-accueil")  # the reception desk opens the list


@dataclass(frozen=True)
class ClientListBench:
    clients: int
    paint_seconds: float
    rows_loaded: int
    rss_before_mb: float
    rss_after_paint_mb: float
    rss_after_scroll_mb: float
    build_seconds: float | None = None


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 1_048_576


def run(db_path: Path | None, *, clients: int,
        credentials: Credentials | None = None) -> ClientListBench:
    with tempfile.TemporaryDirectory() as folder:
        built = None
        if db_path is None:
            db, built = open_or_build(None, None, Path(folder), clients=clients)
            db_path = db.path
            db.close()
            credentials = DEMO_CREDENTIALS
        if credentials is None:
            raise ValueError("an existing database opens with a user name and password")
        environment = dict(os.environ, CJEAPP_PASSWORD=credentials[1])
        environment.setdefault("QT_QPA_PLATFORM", "offscreen")
        done = subprocess.run([sys.executable, "-m", "cjeapp.bench.client_list_bench",
                               str(db_path), credentials[0]], env=environment, check=True,
                              capture_output=True, text=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return ClientListBench(**figures, build_seconds=built)


def measure(db_path: Path, username: str, password: str) -> ClientListBench:
    """In this process: sign in, paint the list, scroll twenty screens."""
    from PySide6.QtWidgets import QApplication

    from cjeapp.core.people.client_list import count_clients
    from cjeapp.core.staff.opening import open_database
    from cjeapp.ui.context import AppContext
    from cjeapp.ui.pages.clients_page import ClientsPage

    app = QApplication.instance() or QApplication([])
    db, actor = open_database(db_path, username, password)
    try:
        before = _rss_mb()
        started = time.perf_counter()
        page = ClientsPage(AppContext(db, actor))
        page.resize(1200, 800)
        page.show()
        _settle(app)  # the first page, read on a worker
        page.grab()  # the first full paint
        paint = time.perf_counter() - started
        after_paint = _rss_mb()
        for _ in range(20):  # scroll down twenty screens
            bar = page.table.verticalScrollBar()
            bar.setValue(bar.maximum())
            app.processEvents()
            _settle(app)
        after_scroll = _rss_mb()
        loaded = page.all_clients.rowCount()
        count = count_clients(db, actor)
        page.close()
    finally:
        db.close()
    return ClientListBench(count, paint, loaded, before, after_paint, after_scroll)


SETTLE_WITHIN_S = 60


def _settle(app: QCoreApplication) -> None:
    """Until the screens' reads asked so far are answered (ui.operations)."""
    from PySide6.QtCore import QEventLoop

    from cjeapp.ui import operations

    deadline = time.monotonic() + SETTLE_WITHIN_S
    while not operations.runner().idle:
        if time.monotonic() > deadline:
            raise TimeoutError(f"the list's reads did not end within {SETTLE_WITHIN_S} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


if __name__ == "__main__":
    result = measure(Path(sys.argv[1]), sys.argv[2], os.environ.get("CJEAPP_PASSWORD", ""))
    figures = asdict(result)
    figures.pop("build_seconds")
    print(json.dumps(figures))
