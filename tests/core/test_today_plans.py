"""The Today page's queries search their indexes: none reads a whole table, so the page
costs the same on 300 people as on 100,000 (issue 35, item 3). Checked with SQLite's
EXPLAIN QUERY PLAN on the statements each role's refresh runs, not by timing."""

from __future__ import annotations

import pytest

from cjeapp.bench.query_plans import planned
from cjeapp.bench.query_plans import recorded
from cjeapp.bench.today_bench import ROLES
from cjeapp.core.agenda.today import today
from cjeapp.core.db.database import Database
from cjeapp.core.reception.visits import queue_mark
from cjeapp.core.staff import accounts


@pytest.mark.parametrize(("username", "password"), ROLES)
def test_each_roles_today_reads_no_whole_table(demo_db: Database, username: str,
                                               password: str) -> None:
    actor = accounts.sign_in(demo_db, username, password)
    with recorded(demo_db) as statements:
        today(demo_db, actor)
        queue_mark(demo_db, actor)
    queries = planned(demo_db, statements)
    assert any("FROM visits" in query.statement for query in queries)
    scans = {query.statement.split("FROM")[1][:60]: query.scans
             for query in queries if query.scans}
    assert scans == {}


def test_the_waiting_room_is_two_index_searches_not_a_walk_of_every_visit(
        demo_db: Database) -> None:
    actor = accounts.sign_in(demo_db, *ROLES[0])
    with recorded(demo_db) as statements:
        today(demo_db, actor)
    visits = [query for query in planned(demo_db, statements)
              if query.statement.lstrip().startswith("SELECT visits")]
    assert visits
    plan = " / ".join(visits[0].plan)
    assert "ix_visits_arrived_at (arrived_at>?)" in plan
    assert "ix_visits_open (status=?)" in plan
