"""What a distant server does to the screens, in a test: every statement slowed, and the
event loop's longest stall measured while the screens are driven."""

from __future__ import annotations

import os
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QElapsedTimer
from PySide6.QtCore import QTimer
from sqlalchemy import event

from cjeapp.core.db.database import Database

STATEMENT_DELAY_S = 0.3  # a round trip to a distant server, and then some
TICK_MS = 10


@contextmanager
def slowed(db: Database, delay: float = STATEMENT_DELAY_S) -> Iterator[list[str]]:
    """Every statement of ``db`` waits ``delay`` seconds before it runs; the list given
    collects where each statement run on the screen's thread came from (none should)."""
    on_screen_thread: list[str] = []

    def wait(*_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            on_screen_thread.append("".join(
                line for line in traceback.format_stack()[:-1] if "cjeapp" in line))
        time.sleep(delay)

    event.listen(db.engine, "before_cursor_execute", wait)
    try:
        yield on_screen_thread
    finally:
        event.remove(db.engine, "before_cursor_execute", wait)


def screen_lines(stacks: list[str]) -> list[str]:
    """Where each statement run on the screen's thread was asked for: the innermost line of
    the screens' own code in its stack, each place once (statements a test runs itself to
    prepare its data are not the screens' and are left out)."""
    places: list[str] = []
    for stack in stacks:
        lines = [line.strip() for line in stack.splitlines()
                 if "File" in line and f"cjeapp{os.sep}ui{os.sep}" in line]
        if lines and lines[-1] not in places:
            places.append(lines[-1])
    return places


class StallProbe:
    """A timer ticking every 10 ms: the longest time between two ticks, less the 10 ms,
    is the longest the event loop was kept from running (the window frozen)."""

    def __init__(self) -> None:
        self.longest_ms = 0
        self.where = ""
        self.stalls: list[tuple[int, str]] = []  # every stall over the bound, and where
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._step = ""

    def _tick(self) -> None:
        late = self._clock.restart() - TICK_MS
        if late > 50:
            self.stalls.append((late, self._step))
        if late > self.longest_ms:
            self.longest_ms, self.where = late, self._step

    @contextmanager
    def paused(self) -> Iterator[None]:
        """What is not measured: the time inside the block (the loop did not run)."""
        self._timer.stop()
        try:
            yield
        finally:
            self._clock.restart()
            self._timer.start()

    def step(self, name: str) -> None:
        """Name what is being driven now (said with the longest stall)."""
        self._step = name

    def __enter__(self) -> StallProbe:
        self._clock.start()
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.stop()
