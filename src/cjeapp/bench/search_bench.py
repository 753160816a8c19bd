"""``cjeapp bench search``: time each keystroke's query, as a receptionist types names."""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from random import Random

from sqlalchemy import select

from cjeapp.bench.bench_database import Credentials
from cjeapp.bench.bench_database import open_or_build
from cjeapp.core.models import Client
from cjeapp.core.permissions import SYSTEM
from cjeapp.core.search.finder import search_clients


@dataclass(frozen=True)
class SearchBenchResult:
    clients: int
    queries: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    build_seconds: float | None


def keystrokes(first_name: str, last_name: str) -> list[str]:
    """What the box holds after each key, from the second character on."""
    typed = f"{first_name.split()[0]} {last_name}".lower()
    return [typed[:end] for end in range(2, len(typed) + 1) if not typed[:end].endswith(" ")]


def run(db_path: Path | None, *, clients: int, people: int = 150, seed: int = 1,
        credentials: Credentials | None = None) -> SearchBenchResult:
    with tempfile.TemporaryDirectory() as folder:
        db, build_seconds = open_or_build(db_path, credentials, Path(folder), clients=clients,
                                          seed=seed)
        try:
            with db.read_session() as session:
                names = session.execute(select(Client.first_name, Client.last_name)
                                        .where(Client.deleted_at.is_(None))).all()
                total = len(names)
            rng = Random(seed)
            timings: list[float] = []
            search_clients(db, SYSTEM, "warm up")
            for first, last in rng.sample(names, min(people, len(names))):
                for typed in keystrokes(first, last):
                    started = time.perf_counter()
                    search_clients(db, SYSTEM, typed)
                    timings.append((time.perf_counter() - started) * 1000)
        finally:
            db.close()
    timings.sort()
    return SearchBenchResult(
        clients=total, queries=len(timings), p50_ms=statistics.median(timings),
        p95_ms=timings[int(len(timings) * 0.95) - 1], max_ms=timings[-1],
        build_seconds=build_seconds)
