"""``cjeapp bench headless``: a command that opens the file costs the same whatever its
size. ``find`` and ``document`` run as a person runs them (a fresh process each time) on a
small and a large demo file; the whole-file check belongs to ``check``, backups and the
check after sign-in, so the two sizes should be within 50 % of each other."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.demo.generator import DEMO_ACCOUNTS
from cjeapp.core.demo.generator import generate
from cjeapp.core.models import Client
from cjeapp.core.models import ServiceRecord

COUNSELLOR = next(a for a in DEMO_ACCOUNTS if a.role == "counsellor")


@dataclass(frozen=True)
class Timing:
    clients: int
    find_s: float  # median of the launches
    document_s: float


@dataclass(frozen=True)
class HeadlessBench:
    launches: int
    small: Timing
    large: Timing

    @staticmethod
    def ratio(small: float, large: float) -> float:
        return large / small if small else float("inf")


class CommandRefused(Exception):
    """A command measured ended in refusal: its own sentence (not a bug of the bench)."""


def _timed(arguments: list[str]) -> float:
    environment = dict(os.environ, CJEAPP_PASSWORD=COUNSELLOR.password)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cjeapp", *arguments], env=environment,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise CommandRefused(done.stderr.strip() or done.stdout.strip())
    return time.perf_counter() - started


def _one_size(folder: Path, clients: int, launches: int) -> Timing:
    path = folder / f"demo-{clients}.sqlite3"
    today = clock.today()
    first = today - timedelta(days=364)
    db, _recovery = Database.create(path)
    try:
        generate(db, clients=clients, seed=7)
        with db.session() as session:
            person, name = session.execute(
                select(Client.id, Client.last_name).join(
                    ServiceRecord, ServiceRecord.client_id == Client.id)
                .where(Client.deleted_at.is_(None), ServiceRecord.deleted_at.is_(None),
                       ServiceRecord.delivered_on > first)
                .order_by(Client.id).limit(1)).one()
    finally:
        db.close()
    signed = ["--db", str(path), "--user", COUNSELLOR.username]
    out = folder / "attestation.pdf"
    finding = ["find", *signed, name]
    issuing = ["document", *signed, "--kind", "attestation_services", "--client",
               str(person), "--from", first.isoformat(), "--to",
               today.isoformat(), "--out", str(out)]
    _timed(finding)  # the disk cache warmed for both commands
    finds = [_timed(finding) for _ in range(launches)]
    documents = []
    for _ in range(launches):
        out.unlink(missing_ok=True)
        documents.append(_timed(issuing))
    return Timing(clients, statistics.median(finds), statistics.median(documents))


def run(*, small: int = 300, large: int = 20_000, launches: int = 5) -> HeadlessBench:
    with tempfile.TemporaryDirectory(prefix="cjeapp-headless-") as folder:
        return HeadlessBench(launches, _one_size(Path(folder), small, launches),
                             _one_size(Path(folder), large, launches))
