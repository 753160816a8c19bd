"""Stopping a read nobody waits for any more (a search replaced by the next letter typed):
the statement running for it is interrupted, not only its answer dropped.

Work runs under a ``Stop`` on its own thread (``stoppable``); every engine is watched
(``watch``), so each statement that work starts is tied to its stop while it runs. On
SQLite a progress handler on the statement's connection checks the stop every thousand
steps (SQLite's own ``interrupt`` is lost when no statement runs at that instant); on
PostgreSQL the server is asked to cancel the statement. A statement started after the
stop is refused at once. Either way the work ends in ``Cancelled``."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy import event

from cjeapp.core.errors import Cancelled

CHECK_EVERY = 1000  # SQLite virtual machine steps between two looks at the stop
CANCEL_AGAIN_AFTER = 0.2  # seconds between two cancels of a statement still running
CANCEL_FOR = 30.0  # seconds a server's statement is asked to stop before giving up


class Stop:
    """Set once by whoever no longer wants the work's answer; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopped = False
        self._running: list[Any] = []  # server connections running a statement for it

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """Asked on the screen's thread: the flag at once; a server's cancel goes on a
        thread of its own (it opens a connection to the server, which may be slow)."""
        with self._lock:
            self._stopped = True
            running = list(self._running)
        if running:
            threading.Thread(target=self._cancel_running, daemon=True,
                             name="cjeapp-cancel").start()

    def _cancel_running(self) -> None:
        """A server ignores a cancel that arrives before its statement does (the hook runs
        just before the statement is sent): ask again until the statement has ended."""
        deadline = time.monotonic() + CANCEL_FOR
        while time.monotonic() < deadline:
            # Under the lock: a statement that ends meanwhile waits for the cancel before
            # its connection goes back to the pool, so the cancel never lands on the next
            # work given that connection (a colleague's save).
            with self._lock:
                if not self._running:
                    return
                _cancel_all(list(self._running))
            time.sleep(CANCEL_AGAIN_AFTER)

    def _began(self, connection: Any) -> None:
        with self._lock:
            if self._stopped:
                raise Cancelled()
            if not _is_sqlite(connection):
                self._running.append(connection)

    def _ended(self, connection: Any) -> None:
        with self._lock:
            if connection in self._running:
                self._running.remove(connection)


_current = threading.local()


@contextmanager
def stoppable(stop: Stop) -> Iterator[None]:
    """The statements run by this thread inside the block obey ``stop``; a statement it
    interrupted surfaces as ``Cancelled``."""
    outer, _current.stop = getattr(_current, "stop", None), stop
    try:
        yield
    except Exception as error:
        if stop.stopped and not isinstance(error, Cancelled):
            raise Cancelled() from error
        raise
    finally:
        _current.stop = outer


def watch(engine: Engine) -> None:
    """Tie the statements of ``engine`` to the stop of the work running them (once)."""
    if not event.contains(engine, "before_cursor_execute", _before):
        event.listen(engine, "before_cursor_execute", _before)
        event.listen(engine, "after_cursor_execute", _after)
        event.listen(engine, "handle_error", _failed)


def _stop() -> Stop | None:
    return getattr(_current, "stop", None)


def _before(connection: Any, *_args: Any) -> None:
    stop = _stop()
    dbapi_connection = connection.connection.dbapi_connection
    if _is_sqlite(dbapi_connection):
        # Set before every statement (kept while its rows are read), so a connection back
        # in the pool never carries an earlier work's stop to the next.
        dbapi_connection.set_progress_handler(
            None if stop is None else lambda: 1 if stop.stopped else 0, CHECK_EVERY)
    if stop is not None:
        stop._began(dbapi_connection)
        _current.running = dbapi_connection  # for its end, even on a connection broken


def _after(connection: Any, *_args: Any) -> None:
    stop = _stop()
    if stop is not None:
        stop._ended(connection.connection.dbapi_connection)


def _failed(_context: Any) -> None:
    """The statement failed (interrupted, or its connection lost): it runs no more, and a
    connection lost is not asked to cancel for the rest of CANCEL_FOR."""
    stop = _stop()
    running = getattr(_current, "running", None)
    if stop is not None and running is not None:
        stop._ended(running)


def _is_sqlite(connection: Any) -> bool:
    return hasattr(connection, "set_progress_handler")


def _cancel_all(connections: list[Any]) -> None:
    for connection in connections:
        with contextlib.suppress(Exception):  # a statement already ended, a server gone
            _cancel_on_server(connection)


def _cancel_on_server(connection: Any) -> None:
    cancel = getattr(connection, "cancel_safe", None) or getattr(connection, "cancel", None)
    if cancel is not None:
        cancel()
