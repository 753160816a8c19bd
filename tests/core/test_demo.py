"""Demo data: deterministic, every kind of record, and sound."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cjeapp.core.db.database import Database
from cjeapp.core.db.maintenance import check_database
from cjeapp.core.demo.generator import generate
from cjeapp.core.models import Base
from tests import databases

FIXED_DAY = date(2026, 11, 22)


def _build(path: Path, seed: int) -> None:
    db, _recovery = databases.create(path)
    generate(db, clients=120, seed=seed, today=FIXED_DAY)
    db.close()


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = databases.raw(path)
    try:
        return list(connection.execute(sql).fetchall())
    finally:
        connection.close()


def test_same_seed_same_people(tmp_path: Path) -> None:
    _build(tmp_path / "a.sqlite3", 5)
    _build(tmp_path / "b.sqlite3", 5)
    _build(tmp_path / "c.sqlite3", 6)
    query = ("SELECT id, first_name, last_name, birth_date, arrival_date FROM clients "
             "ORDER BY id")
    assert _rows(tmp_path / "a.sqlite3", query) == _rows(tmp_path / "b.sqlite3", query)
    assert _rows(tmp_path / "a.sqlite3", query) != _rows(tmp_path / "c.sqlite3", query)
    services = "SELECT id, service_type, delivered_on FROM service_records ORDER BY id"
    assert _rows(tmp_path / "a.sqlite3", services) == _rows(tmp_path / "b.sqlite3", services)


def test_demo_holds_every_kind_of_record(demo_template: Path) -> None:
    local_state = {"sign_in_throttle",  # failed sign-ins: none in a fresh demo
                   # laptops, what was agreed with them, their conflicts: once one is made
                   "exchange_replicas", "exchange_bases", "exchange_conflicts"}
    empty = [table for table in Base.metadata.tables if table not in local_state
             and _rows(demo_template, f"SELECT count(*) FROM {table}")[0][0] == 0]
    assert empty == []


def test_demo_names_carry_accents_apostrophes_hyphens_and_other_scripts(
        demo_template: Path) -> None:
    names = " ".join(f"{a} {b} {c or ''}" for a, b, c in _rows(
        demo_template, "SELECT first_name, last_name, other_names FROM clients"))
    assert any(ch in names for ch in "éèêëïôç")
    assert "'" in names and "-" in names
    assert any("\u0600" <= ch <= "\u06ff" for ch in names)  # Arabic
    assert any("\u0400" <= ch <= "\u04ff" for ch in names)  # Cyrillic


def test_demo_database_passes_the_check(demo_template: Path) -> None:
    report = check_database(demo_template, databases.key_of(demo_template))
    assert report.sound, [str(e) for e in report.errors]
    assert report.counts["clients"] == 300


@pytest.mark.sqlite_file("the demo office is a file, its laptop beside it")
def test_the_demo_laptop_leaves_conflicts_to_decide_and_a_change_waiting(
        demo_db: Database, tmp_path: Path) -> None:
    from cjeapp.core.demo.laptop import make_demo_laptop
    from cjeapp.core.exchange.conflicts import list_conflicts
    from cjeapp.core.exchange.replicas import laptop_status
    from cjeapp.core.staff import accounts
    from cjeapp.core.staff import opening

    made = make_demo_laptop(demo_db, tmp_path / "portable.cjeapp")
    coordinator = accounts.sign_in(demo_db, "coordination", "demo-coord")
    conflicts = list_conflicts(demo_db, coordinator)
    assert sorted(c.kind for c in conflicts) == ["booking", "field", "field", "field"]
    assert all(c.field == "phone" for c in conflicts if c.kind == "field")
    laptop, counsellor = opening.open_database(made.path, "conseillere", "demo-conseil")
    try:
        status = laptop_status(laptop, counsellor)
        assert status is not None and status.last_exchange_at is not None
        assert status.waiting >= 1  # the service (and the booking clash it also found)
    finally:
        laptop.close()


def test_demo_namesakes_are_as_rare_as_on_a_real_list(demo_template: Path) -> None:
    """Issue 41: a list of 300 people had four « Dubœuf, Élodie »; two people sharing both
    names stay the exception."""
    rows = _rows(demo_template, "SELECT first_name, last_name FROM clients")
    shared = len(rows) - len(set(rows))
    assert shared <= len(rows) // 100, shared


def test_a_full_name_already_given_is_drawn_again() -> None:
    from random import Random

    from cjeapp.core.demo.name_draw import NameDraw
    from cjeapp.core.demo.names import ORIGINS

    origin = ORIGINS[0]
    draw = NameDraw(Random(3))
    given = [draw.draw(origin, True, "Gómez") for _ in range(len(origin.first_f))]
    assert len(set(given)) >= len(given) - 2  # a namesake only when the draw keeps missing
    assert all(last == "Gómez" for _first, last in given)
    again = NameDraw(Random(3))
    assert [again.draw(origin, True, "Gómez") for _ in given] == given  # deterministic
