"""Python's cycle collector held back while a list is read, checked or imported.

Reading 20,000 rows makes hundreds of thousands of small lists, strings and records that
live until the import ends; each collection the collector starts while they pile up walks
all of them again and finds nothing to free (the import makes no reference cycles worth
waiting for). Measured on ``cjeapp bench import``: about a fifth of the import's processor
time. The collector runs again as soon as the last import in progress ends; reference
counting frees everything else as usual meanwhile."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0  # imports in progress (a check inside an import, another thread)
        self.was_enabled = False

    def enter(self) -> None:
        with self.lock:
            if self.depth == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.depth += 1

    def leave(self) -> None:
        with self.lock:
            self.depth -= 1
            if self.depth == 0 and self.was_enabled:
                gc.enable()


_PAUSE = _Pause()


@contextmanager
def collector_paused() -> Iterator[None]:
    _PAUSE.enter()
    try:
        yield
    finally:
        _PAUSE.leave()
