"""``cjeapp bench export``: a large year (50,000 persons, 500,000 services) exported, with
time and peak memory."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from pathlib import Path

from cjeapp.core import clock
from cjeapp.core.codelists import codelist
from cjeapp.core.codelists import volet_of_service
from cjeapp.core.db import sqlite_file
from cjeapp.core.db.database import Database
from cjeapp.core.demo.generator import DEMO_ACCOUNTS
from cjeapp.core.demo.generator import generate


@dataclass(frozen=True)
class ExportBench:
    persons: int
    services: int
    seconds: float
    peak_mb: float


def _top_up_services(db: Database, wanted: int, first: date) -> None:
    """Add services in the year until it holds ``wanted`` (bulk, one transaction)."""
    import uuid

    raw = db.engine.raw_connection()
    try:
        connection = sqlite_file.driver(raw)
        have = connection.execute(
            "SELECT count(*) FROM service_records WHERE delivered_on >= ?",
            (first.isoformat(),)).fetchone()[0]
        clients = [row[0] for row in connection.execute("SELECT id FROM clients")]
        types = codelist("service_types").values()
        rng = random.Random(7)
        rows = []
        for _ in range(max(0, wanted - have)):
            kind = rng.choice(types)
            rows.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                         "2025-04-01 12:00:00.000000", "2025-04-01 12:00:00.000000", 1,
                         rng.choice(clients), kind, volet_of_service(kind),
                         (first + timedelta(days=rng.randint(0, 364))).isoformat(),
                         rng.choice((15, 30, 45, 60)), "individual", "fr"))
        connection.executemany(
            "INSERT INTO service_records (id, created_at, updated_at, version, client_id, "
            "service_type, volet, delivered_on, duration_minutes, mode, language) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        connection.commit()
    finally:
        raw.close()


DIRECTOR = next(a for a in DEMO_ACCOUNTS if a.role == "director")


def run(*, persons: int, services: int) -> ExportBench:
    with tempfile.TemporaryDirectory() as folder:
        db, _recovery = Database.create(Path(folder) / "bench.sqlite3")
        try:
            today = clock.today()
            generate(db, clients=persons, seed=3, today=today)
            first = today - timedelta(days=364)
            _top_up_services(db, services, first)
        finally:
            db.close()
        # The export runs as the real command in a process of its own, which reports its
        # own high-water mark (VmHWM): ru_maxrss would count the pages of this big parent
        # that the child shares between fork and exec.
        out = Path(folder) / "package.zip"
        child = (
            "import sys\n"
            "from cjeapp.cli import main\n"
            "code = main(sys.argv[1:])\n"
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
            "print('HWM', hwm.split()[1], file=sys.stderr)\n"
            "sys.exit(code)\n")
        started = time.perf_counter()
        finished = subprocess.run(
            [sys.executable, "-c", child, "export", "--db", str(Path(folder) / "bench.sqlite3"),
             "--user", DIRECTOR.username, "--from", first.isoformat(), "--to",
             today.isoformat(), "--out", str(out)],
            env={**os.environ, "CJEAPP_PASSWORD": DIRECTOR.password}, check=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        seconds = time.perf_counter() - started
        peak = int(finished.stderr.split("HWM")[-1].split()[0]) / 1024
        with zipfile.ZipFile(out) as archive:
            counts = json.loads(archive.read("manifest.json"))["row_counts"]
    return ExportBench(counts["persons"], counts["services"], seconds, peak)
