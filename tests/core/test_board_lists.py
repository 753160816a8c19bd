"""Each figure of the board opens the records behind it: as many rows as the count says,
for the same period and scope, in words, only for who may read reports and files."""

from __future__ import annotations

from datetime import date

import pytest

from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.permissions import Actor
from cjeapp.core.reporting.board import board
from cjeapp.core.reporting.board_figures import BoardFilter
from cjeapp.core.reporting.board_figures import Kind
from cjeapp.core.reporting.board_lists import CASELOAD
from cjeapp.core.reporting.board_lists import SERIES_FIGURES
from cjeapp.core.reporting.board_lists import has_list
from cjeapp.core.reporting.board_lists import month_of
from cjeapp.core.reporting.board_lists import records_behind
from tests.core.test_board import YEAR
from tests.core.test_board import Year
from tests.core.test_board import make_year


@pytest.fixture
def year(db: Database, staff: dict[str, Actor]) -> Year:
    return make_year(db, staff)


# Figures that count something other than the records listed (people, not presences).
COUNTS_OTHER_THINGS = {("groups", "participants")}


def _names(listing: object) -> list[str]:
    return [row.cells[0] for row in listing.rows]  # type: ignore[attr-defined]


def test_every_figure_lists_as_many_records_as_it_counts(db: Database, year: Year) -> None:
    figures = board(db, year.director, YEAR)
    checked = 0
    for section in figures.sections:
        for figure in section.figures:
            assert has_list(section.key, figure.key), (section.key, figure.key)
            listing = records_behind(db, year.director, YEAR, section.key, figure.key)
            assert all(len(row.cells) == len(listing.headings) for row in listing.rows)
            if figure.kind is Kind.COUNT and (section.key, figure.key) not in \
                    COUNTS_OTHER_THINGS:
                assert listing.total == figure.value, (section.key, figure.key)
                checked += 1
            elif figure.value not in (None, 0):
                assert listing.total > 0, (section.key, figure.key)
    assert checked >= 20
    for load in figures.caseloads:
        for figure in load.figures:
            listing = records_behind(db, year.director, YEAR, CASELOAD, figure.key,
                                     counsellor=load.user_id)
            if figure.kind is Kind.COUNT:
                assert listing.total == figure.value, figure.key


def test_the_lists_read_as_words(db: Database, year: Year) -> None:
    walk_ins = records_behind(db, year.director, YEAR, "desk", "walk_ins")
    assert walk_ins.headings == ("Person", "Arrived", "Status", "Wait")
    assert [(row.cells[0], row.cells[2], row.cells[3]) for row in walk_ins.rows] == [
        ("Essai, Cléo", "closed", "20 min"), ("Essai, Dina", "closed", "40 min"),
        ("Essai, Dina", "left before being seen", "—")]
    assert all(row.client_id for row in walk_ins.rows)
    late = records_behind(db, year.director, YEAR, "requests", "overdue")
    assert _names(late) == ["Essai, Cléo"]
    new = records_behind(db, year.director, YEAR, "people", "new")
    assert _names(new) == ["Essai, Anne", "Essai, Cléo", "Essai, Dina"]
    assert _names(records_behind(db, year.director, YEAR, "people", "continuing")) == [
        "Essai, Béatrice"]
    services = records_behind(db, year.director, YEAR, "hours_by_volet", year.volet)
    assert [row.cells[4] for row in services.rows] == ["1 h 30 min", "30 min", "1 h"]
    figures = board(db, year.director, YEAR)
    partner = figures.section("referrals_by_partner").figures[0]
    referred = records_behind(db, year.director, YEAR, "referrals_by_partner", partner.key)
    assert [row.cells[2] for row in referred.rows] == ["Avocats"]
    ride = records_behind(db, year.director, YEAR, "transport_by_decision", "approve")
    assert ride.rows[0].cells[2:] == (codelist("transport_destinations").label("saaq"),
                                      codelist("transport_decisions").label("approve"))
    text = " ".join(" ".join(row.cells) for name in (("hours", "hours"), ("desk", "walk_ins"))
                    for row in records_behind(db, year.director, YEAR, *name).rows)
    assert "_" not in text and "True" not in text and "None" not in text


def test_a_month_bar_lists_that_month_only(db: Database, year: Year) -> None:
    october = month_of(YEAR, date(2026, 10, 1))
    assert (october.first, october.last) == (date(2026, 10, 1), date(2026, 10, 31))
    assert month_of(BoardFilter(date(2026, 4, 15), date(2026, 4, 20)), date(2026, 4, 1)) == \
        BoardFilter(date(2026, 4, 15), date(2026, 4, 20))
    figures = board(db, year.director, YEAR)
    for series in figures.series:
        section, key = SERIES_FIGURES[series.key]
        for month, value in zip(series.months, series.values, strict=True):
            if series.kind is Kind.COUNT:
                listing = records_behind(db, year.director, month_of(YEAR, month), section,
                                         key)
                assert listing.total == value, (series.key, month)


def test_a_scope_narrows_the_list_and_only_readers_of_files_see_it(
        db: Database, year: Year, staff: dict[str, Actor]) -> None:
    mine = BoardFilter(YEAR.first, YEAR.last, counsellor_id=staff["coordinator"].user_id)
    assert records_behind(db, year.director, mine, "people", "served").total == 0
    for role in ("reception", "counsellor"):
        with pytest.raises(PermissionDenied):
            records_behind(db, staff[role], YEAR, "people", "served")
    with pytest.raises(ValidationError):
        records_behind(db, year.director, YEAR, "people", "nothing")
    with pytest.raises(ValidationError):
        records_behind(db, year.director, YEAR, CASELOAD, "active_files")


def test_the_dashboard_counts_walk_ins_as_the_board_does(db: Database, year: Year) -> None:
    from cjeapp.core.reporting.operations import operations

    figures = board(db, year.director, YEAR)
    seen = operations(db, year.director, YEAR.first, YEAR.last)
    assert seen.walk_ins == figures.figure("desk", "walk_ins").value == 3  # one left unseen
    assert seen.median_wait_minutes == float(figures.figure("desk", "median_wait").value)
    assert seen.requests == figures.figure("requests", "answered").value
    assert seen.answered_on_time == figures.figure("requests", "on_time").value
    assert seen.no_shows == figures.figure("appointments", "no_show").value


def test_a_file_destroyed_or_deleted_since_is_counted_and_never_opened() -> None:
    from collections import namedtuple

    from cjeapp.core.reporting.board_lists import _file_of
    from cjeapp.core.reporting.board_lists import _person

    Row = namedtuple("Row", "client_id last_name first_name destroyed_on file_deleted")
    kept = Row("a", "Diallo", "Amina", None, None)
    destroyed = Row("b", "", "", date(2026, 5, 1), None)
    deleted = Row("c", "Diallo", "Awa", None, "2026-06-01 10:00:00")
    assert (_person(kept), _file_of(kept)) == ("Diallo, Amina", "a")
    assert (_person(destroyed), _file_of(destroyed)) == ("A file destroyed", "b")
    assert _file_of(deleted) is None
