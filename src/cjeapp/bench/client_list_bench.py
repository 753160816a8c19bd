"""``cjeapp bench client-list``: time to paint the list of every person, and memory."""

from __future__ import annotations

import os
import resource
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from cjeapp.bench.bench_database import Credentials, open_or_build

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass(frozen=True)
class ClientListBench:
    clients: int
    paint_seconds: float
    rows_loaded: int
    rss_before_mb: float
    rss_after_paint_mb: float
    rss_after_scroll_mb: float


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 1_048_576


def run(db_path: Path | None, *, clients: int,
        credentials: Credentials | None = None) -> ClientListBench:
    from PySide6.QtWidgets import QApplication

    from cjeapp.core.permissions import SYSTEM
    from cjeapp.ui.context import AppContext
    from cjeapp.ui.pages.clients_page import ClientsPage

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db, _seconds = open_or_build(db_path, credentials, Path(folder), clients=clients)
        try:
            before = _rss_mb()
            started = time.perf_counter()
            page = ClientsPage(AppContext(db, SYSTEM))
            page.resize(1200, 800)
            page.show()
            app.processEvents()
            page.grab()  # the first full paint
            paint = time.perf_counter() - started
            after_paint = _rss_mb()
            total = page.all_clients.rowCount()
            for _ in range(20):  # scroll down twenty screens
                bar = page.table.verticalScrollBar()
                bar.setValue(bar.maximum())
                app.processEvents()
            after_scroll = _rss_mb()
            loaded = page.all_clients.rowCount()
            from cjeapp.core.people.client_list import count_clients

            count = count_clients(db, SYSTEM)
            page.close()
        finally:
            db.close()
    del total
    return ClientListBench(count, paint, loaded, before, after_paint, after_scroll)
