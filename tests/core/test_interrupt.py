"""A read nobody waits for any more is stopped on the database (core.db.interrupt)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import event
from sqlalchemy import text

from cjeapp.core.db import interrupt
from cjeapp.core.db.database import Database
from cjeapp.core.errors import Cancelled

ENDLESS = text("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
               "SELECT count(*) FROM n")


def _run(db: Database, stop: interrupt.Stop, started: threading.Event,
         outcome: list[BaseException]) -> None:
    try:
        with interrupt.stoppable(stop), db.engine.connect() as connection:
            started.set()
            connection.execute(ENDLESS).all()
    except BaseException as error:
        outcome.append(error)


def test_a_running_statement_is_interrupted_and_the_work_ends_cancelled(db: Database) -> None:
    stop = interrupt.Stop()
    started = threading.Event()
    outcome: list[BaseException] = []
    worker = threading.Thread(target=_run, args=(db, stop, started, outcome))
    worker.start()
    assert started.wait(5)
    stop.stop()
    worker.join(10)
    assert not worker.is_alive(), "the statement was not interrupted"
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)


def test_a_statement_after_the_stop_is_refused_and_others_run_on(db: Database) -> None:
    stop = interrupt.Stop()
    stop.stop()
    with pytest.raises(Cancelled), interrupt.stoppable(stop), db.engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    # the same pooled connection, for work that is not stopped: it runs
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT 2")).scalar() == 2


def test_a_stop_that_comes_before_the_statement_reaches_the_server_still_stops_it(
        db: Database) -> None:
    """The stop arrives between the hook that ties the statement to it and the statement
    reaching the server: a server's cancel sent then finds nothing to cancel, so it is
    asked again until the statement has ended."""
    stop = interrupt.Stop()
    started = threading.Event()
    outcome: list[BaseException] = []

    def stop_before_sending(*_args: object) -> None:
        if interrupt._stop() is stop and not stop.stopped:
            stop.stop()
            time.sleep(0.5)  # the first cancel is sent and lost before the statement

    event.listen(db.engine, "before_cursor_execute", stop_before_sending)
    try:
        worker = threading.Thread(target=_run, args=(db, stop, started, outcome))
        worker.start()
        worker.join(15)
        assert not worker.is_alive(), "the statement was not interrupted"
    finally:
        event.remove(db.engine, "before_cursor_execute", stop_before_sending)
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
