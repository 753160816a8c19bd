"""``cjeapp bench today``: the Today page's refresh for each role that has one (reception,
a counsellor, the coordinator), timed whole; its SQL statements replayed alone with
SQLite's plan for each (an index searched, or a whole table read); and beside them the
reference, one person read by their key, the smallest thing the database does."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from cjeapp.bench.bench_database import Credentials
from cjeapp.bench.bench_database import open_or_build
from cjeapp.bench.query_plans import Planned
from cjeapp.bench.query_plans import median_seconds
from cjeapp.bench.query_plans import planned
from cjeapp.bench.query_plans import recorded

ROLES = (("accueil", "demo-accueil"), ("conseillere", "demo-conseil"),
         ("coordination", "demo-coord"))
RUNS = 5


@dataclass(frozen=True)
class RoleToday:
    username: str
    rows: int  # waiting, appointments and follow-ups shown
    seconds: float  # the whole refresh, median of RUNS
    queries: list[Planned]


@dataclass(frozen=True)
class TodayBench:
    clients: int
    roles: list[RoleToday]
    lookup_seconds: float  # the reference: one person read by their key
    build_seconds: float | None = None


def run(db_path: Path | str | None, *, clients: int,
        credentials: Credentials | None = None) -> TodayBench:
    from sqlalchemy import func
    from sqlalchemy import select

    from cjeapp.core.agenda.today import today
    from cjeapp.core.models import Client
    from cjeapp.core.staff import accounts

    with tempfile.TemporaryDirectory() as folder:
        db, built = open_or_build(db_path, credentials, Path(folder), clients=clients)
        try:
            roles = []
            for username, password in [credentials] if credentials else ROLES:
                actor = accounts.sign_in(db, username, password)
                found = today(db, actor)  # the first read fills the cache, as at sign-in
                seconds = median_seconds(partial(today, db, actor), RUNS)
                with recorded(db) as statements:
                    today(db, actor)
                queries = [] if db.on_server else planned(db, statements)
                shown = sum(len(part or []) for part in (found.waiting, found.appointments,
                                                         found.follow_ups))
                roles.append(RoleToday(username, shown, seconds, queries))
            with db.read_session() as session:
                count = session.scalar(select(func.count()).select_from(Client)) or 0
                last = session.scalar(select(Client.id).order_by(Client.id.desc()).limit(1))

                def lookup() -> None:
                    session.execute(select(Client.first_name).where(Client.id == last)).all()

                lookup()
                reference = median_seconds(lookup, 51)
        finally:
            db.close()
    return TodayBench(count, roles, reference, built)
