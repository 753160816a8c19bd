"""``cjeapp bench documents``: attestations issued by the hundred, register included."""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from cjeapp.core import clock
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.documents import batches
from cjeapp.core.groups import activities
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.staff import accounts


@dataclass(frozen=True)
class DocumentsBench:
    count: int
    median_ms: float
    total_seconds: float
    single_ms: float  # median of twenty issued one at a time


def run(count: int) -> DocumentsBench:
    with tempfile.TemporaryDirectory() as folder:
        db, _recovery = Database.create(Path(folder) / "bench.sqlite3")
        try:
            admin = accounts.initialize(db, organization_name="CJE (banc d'essai)",
                                        office_name="Bureau", username="admin",
                                        full_name="Admin", password="bench-password")
            accounts.create_staff(db, admin, username="conseil", full_name="Conseillère",
                                  role="counsellor", password="bench-temporary")
            first = accounts.sign_in(db, "conseil", "bench-temporary")  # chooses her own
            actor = accounts.change_own_password(db, first, "bench-temporary", "bench-password")
            activity = activities.create_activity(db, actor, kind="objectif_integration",
                                                  title="Objectif Intégration", parts_required=3,
                                                  capacity=None)
            start = datetime.combine(clock.today() - timedelta(days=30),
                                     datetime.min.time().replace(hour=9), LOCAL_ZONE)
            sessions = [activities.add_session(db, actor, activity.id,
                                               starts_at=start + timedelta(days=7 * part),
                                               hours=Decimal(8), part_number=part + 1)
                        for part in range(3)]
            people = [clients.create_client(db, actor, ClientForm(
                first_name=f"Hélène {index}", last_name="Côté-Bélanger")).id
                for index in range(count)]
            for person in people:  # enrolled from the first session (entered late)
                activities.enrol(db, actor, activity.id, person, since=start.date())
            for sitting in sessions:
                activities.record_attendance(db, actor, sitting.id,
                                             dict.fromkeys(people, True))
            stamps: list[float] = []
            last = time.perf_counter()

            def tick(_done: int, _total: int) -> None:
                nonlocal last
                now = time.perf_counter()
                stamps.append((now - last) * 1000)
                last = now

            started = time.perf_counter()
            batch = batches.participation_batch(db, actor, activity.id,
                                                         on_progress=tick)
            total = time.perf_counter() - started
            from cjeapp.core.documents import issuing

            singles = []
            for person in people[:20]:  # one at a time, as from the client file
                single_started = time.perf_counter()
                issuing.issue(db, actor, issuing.participation_draft(db, actor, person,
                                                                         activity.id))
                singles.append((time.perf_counter() - single_started) * 1000)
            single = statistics.median(singles)
        finally:
            db.close()
    return DocumentsBench(len(batch.documents), statistics.median(stamps), total, single)
