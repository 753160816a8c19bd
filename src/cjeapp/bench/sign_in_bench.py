"""``cjeapp bench sign-in``: a wrong password for a known user name, an unknown user name and
a locked name must cost the same time, so timing does not tell which names exist; the same
holds when the password first opens the encrypted file (the program's first sign-in)."""

from __future__ import annotations

import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cjeapp.core.db.database import Database
from cjeapp.core.errors import AuthenticationError
from cjeapp.core.models import SignInThrottle
from cjeapp.core.staff import accounts
from cjeapp.core.staff import opening


@dataclass(frozen=True)
class SignInBench:
    attempts: int
    known_ms: float  # median: known user name, wrong password
    unknown_ms: float  # median: unknown user name
    locked_ms: float  # median: a locked user name
    right_ms: float  # median: the right password
    open_known_ms: float  # median: opening the closed file, known name, wrong password
    open_unknown_ms: float  # median: opening the closed file, unknown name
    open_right_ms: float  # median: opening the closed file and signing in


def _median_ms(attempt: Callable[[], object], count: int, before: Callable[[], None]) -> float:
    times = []
    for _ in range(count):
        before()
        started = time.perf_counter()
        with contextlib.suppress(AuthenticationError):
            attempt()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def run(attempts: int = 15) -> SignInBench:
    with tempfile.TemporaryDirectory() as folder:
        db, _recovery = Database.create(Path(folder) / "bench.sqlite3")
        try:
            accounts.initialize(db, organization_name="CJE (banc d'essai)",
                                office_name="Bureau", username="admin", full_name="Admin",
                                password="bench-password")

            def forget() -> None:
                with db.session() as session:
                    session.query(SignInThrottle).delete()
                with db.keyring_update() as ring:
                    ring.failures.clear()

            def open_and_close(username: str, password: str) -> None:
                opened, _actor = opening.open_database(db.path, username, password)
                opened.close()

            def lock() -> None:
                with db.session() as session:
                    session.merge(SignInThrottle(username="admin", failures=9,
                                                 locked_until=None))
                with contextlib.suppress(AuthenticationError):  # the tenth failure: locked
                    accounts.sign_in(db, "admin", "wrong")

            return SignInBench(
                attempts=attempts,
                known_ms=_median_ms(lambda: accounts.sign_in(db, "admin", "wrong"),
                                    attempts, forget),
                unknown_ms=_median_ms(lambda: accounts.sign_in(db, "nobody", "wrong"),
                                      attempts, forget),
                locked_ms=_median_ms(lambda: accounts.sign_in(db, "admin", "wrong"),
                                     attempts, lock),
                right_ms=_median_ms(lambda: accounts.sign_in(db, "admin", "bench-password"),
                                    attempts, forget),
                open_known_ms=_median_ms(lambda: opening.unlock_key(db.path, "admin", "wrong"),
                                         attempts, forget),
                open_unknown_ms=_median_ms(lambda: opening.unlock_key(db.path, "nobody",
                                                                      "wrong"), attempts,
                                           forget),
                open_right_ms=_median_ms(lambda: open_and_close("admin", "bench-password"),
                                         attempts, forget))
        finally:
            db.close()
