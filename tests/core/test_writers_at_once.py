"""Several threads (the screens' runner, a read that logs itself) and processes (a command
beside the program) write the same SQLite file at once. SQLite serializes the writes, but
the driver begins a transaction only at its first write: what a unit of work decides from
a read before it — the audit chain's next position, the next document number, a slot still
free — must be read under the write lock, or two writers decide the same thing."""

from __future__ import annotations

import threading

from cjeapp.core.db import maintenance
from cjeapp.core.db.database import Database
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.privacy import incidents
from cjeapp.core.privacy import requests


def test_threads_writing_and_logging_their_reads_keep_one_unbroken_audit_chain(
        db: Database, staff: dict[str, Actor]) -> None:
    director, reception = staff["director"], staff["reception"]
    failures: list[BaseException] = []
    start = threading.Barrier(3)

    def work(step: object) -> None:
        try:
            start.wait()
            for index in range(15):
                step(index)  # type: ignore[operator]
        except BaseException as error:
            failures.append(error)

    steps = [
        # reads that write their own audit entry, and nothing else
        lambda _index: requests.list_requests(db, director),
        lambda _index: incidents.list_incidents(db, director),
        # a write whose entry follows its rows
        lambda index: clients.create_client(db, reception, ClientForm(
            first_name=f"Amani {index}", last_name="Niyonzima")),
    ]
    threads = [threading.Thread(target=work, args=(step,)) for step in steps]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []  # a position of the chain taken twice fails its writer
    if db.on_server:
        return  # the server holds its chain with its own lock and functions (test_on_server)
    assert db.key is not None
    report = maintenance.check_database(db.path, db.key)
    assert report.errors == [], report.errors
