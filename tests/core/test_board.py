"""The director's board: each figure against a small year made by hand with the core
services on a frozen clock, the year before beside it, the filters, the PDF and the
spreadsheet leaving the organization with « < 5 », the command, both languages."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC
from datetime import date
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlalchemy import select

from cjeapp.cli import main
from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.casework import partners
from cjeapp.core.casework import plans
from cjeapp.core.casework import referrals
from cjeapp.core.casework import service_records
from cjeapp.core.casework.partners import PartnerForm
from cjeapp.core.casework.plans import ItemForm
from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.db.database import Database
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.ids import ClientId
from cjeapp.core.models import AuditEntry
from cjeapp.core.people import clients
from cjeapp.core.people import consents
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.reception import requests
from cjeapp.core.reception import visits
from cjeapp.core.reporting.board import board
from cjeapp.core.reporting.board import board_choices
from cjeapp.core.reporting.board import fiscal_year
from cjeapp.core.reporting.board_charts import fit_labels
from cjeapp.core.reporting.board_export import BoardFormat
from cjeapp.core.reporting.board_export import export_board
from cjeapp.core.reporting.board_figures import Board
from cjeapp.core.reporting.board_figures import BoardFilter
from cjeapp.core.transport_housing import transport
from cjeapp.core.transport_housing import transport_trips

YEAR = BoardFilter(date(2026, 4, 1), date(2027, 3, 31))


def at(day: int, month: int, hour: int, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@dataclass(frozen=True)
class Year:
    counsellor: Actor
    director: Actor
    volet: str


def _person(db: Database, actor: Actor, name: str, counsellor: Actor) -> ClientId:
    return clients.create_client(db, actor, ClientForm(
        first_name=name, last_name="Essai", birth_date=date(1990, 1, 1), sex="F",
        country_of_birth="CO", region_code="12",
        assigned_counsellor_id=counsellor.user_id)).id


def _walk_in(db: Database, desk: Actor, counsellor: Actor, person: ClientId,
             arrived: datetime, waited: int | None) -> None:
    clock.freeze(arrived)
    visit = visits.check_in(db, desk, person, "Renseignements")
    if waited is None:
        visits.left_without_service(db, desk, visit.id)
        return
    clock.freeze(arrived.replace(minute=arrived.minute + waited))
    visits.take(db, counsellor, visit.id)
    visits.close(db, counsellor, visit.id)


@pytest.fixture
def year(db: Database, staff: dict[str, Actor]) -> Year:
    return make_year(db, staff)


def make_year(db: Database, staff: dict[str, Actor]) -> Year:
    """A year with four people served (three new), two walk-ins seen (20 and 40 minutes),
    one who left, three requests (one on time, one late, one unanswered), two
    appointments (one kept, one missed), 3 hours of services, a referral, a transport
    request with a trip, a follow-up overdue; and the year before, one person served."""
    desk, counsellor = staff["reception"], staff["counsellor"]
    clock.freeze(at(3, 6, 14, year=2025))
    before = _person(db, desk, "Béatrice", counsellor)
    service_records.record_service(db, counsellor, before, ServiceForm(
        "government_documents", delivered_on=date(2025, 6, 2), duration_minutes=45))
    clock.freeze(at(1, 10, 14))
    anne = _person(db, desk, "Anne", counsellor)
    cleo = _person(db, desk, "Cléo", counsellor)
    dina = _person(db, desk, "Dina", counsellor)
    first = service_records.record_service(db, counsellor, anne, ServiceForm(
        "government_documents", delivered_on=date(2026, 10, 1), duration_minutes=90))
    service_records.record_service(db, counsellor, anne, ServiceForm(
        "government_documents", delivered_on=date(2026, 10, 1), duration_minutes=30))
    service_records.record_service(db, counsellor, before, ServiceForm(
        "government_documents", delivered_on=date(2026, 10, 1), duration_minutes=60))
    _walk_in(db, desk, counsellor, cleo, at(5, 10, 14), 20)
    _walk_in(db, desk, counsellor, dina, at(6, 10, 14), 40)
    _walk_in(db, desk, counsellor, dina, at(7, 10, 14), None)
    received = at(5, 10, 13)  # a Monday
    on_time = requests.open_request(db, desk, anne, subject="Carte RAMQ", channel="phone",
                                    received_at=received)
    late = requests.open_request(db, desk, before, subject="Permis", channel="phone",
                                 received_at=received)
    requests.open_request(db, desk, cleo, subject="Logement", channel="phone",
                          received_at=received)
    clock.freeze(at(5, 10, 15))
    requests.close_request(db, counsellor, on_time.id, "Répondu.")
    clock.freeze(at(20, 10, 13))
    requests.close_request(db, counsellor, late.id, "Répondu en retard.")
    clock.freeze(at(1, 10, 14))
    assert counsellor.user_id is not None
    kept = appointments.book(db, desk, client_id=anne, counsellor_id=counsellor.user_id,
                             kind="follow_up", place="office", starts_at=at(7, 10, 15),
                             minutes=30)
    missed = appointments.book(db, desk, client_id=before, counsellor_id=counsellor.user_id,
                               kind="follow_up", place="office", starts_at=at(8, 10, 15),
                               minutes=30)
    clock.freeze(at(9, 10, 15))
    appointments.mark(db, desk, kept.id, "attended")
    appointments.mark(db, desk, missed.id, "no_show")
    lawyer = partners.save_partner(db, counsellor, PartnerForm(name="Avocats", kind="legal"))
    consents.record_consent(db, counsellor, anne, purpose="referral",
                            given_on=date(2026, 10, 9), method="written", partner_id=lawyer.id)
    referrals.refer(db, counsellor, anne, partner_id=lawyer.id, reason="Statut",
                    referred_on=date(2026, 10, 9))
    ride, _match = transport.request_transport(
        db, counsellor, anne, destination_kind="saaq", needed_at=at(15, 10, 14),
        reason="Examen", counsellor_presence_needed=False)
    transport.decide(db, counsellor, ride.id, "approve", reason="Premier examen")
    transport_trips.record_trip(db, counsellor, ride.id, trip_date=date(2026, 10, 9),
                                driver_id=counsellor.user_id, vehicle="organization",
                                kilometres=Decimal("42.5"))
    plans.add_item(db, counsellor, anne, ItemForm(area="installation", goal="Médecin de famille",
                                                  next_follow_up=date(2026, 10, 20)))
    clock.freeze(at(20, 11, 15))
    return Year(counsellor, staff["director"], first.volet)


def _value(figures: Board, section: str, key: str) -> object:
    return figures.figure(section, key).value


def _previous(figures: Board, section: str, key: str) -> object:
    return figures.figure(section, key).previous


def test_each_figure_of_the_year_and_the_year_before(db: Database, year: Year) -> None:
    figures = board(db, year.director, YEAR)
    assert (figures.previous_first, figures.previous_last) == (date(2025, 4, 1),
                                                               date(2026, 3, 31))
    people = {f.key: (f.value, f.previous) for f in figures.section("people").figures}
    assert people == {"served": (4, 1), "new": (3, 1), "continuing": (1, 0)}
    desk = {f.key: f.value for f in figures.section("desk").figures}
    assert desk == {"walk_ins": 3, "left_unseen": 1, "median_wait": Decimal("30.0"),
                    "wait_90": Decimal("40.0")}
    assert _previous(figures, "desk", "median_wait") is None
    asked = {f.key: f.value for f in figures.section("requests").figures}
    assert asked == {"requests": 3, "answered": 2, "on_time": 1,
                     "on_time_share": Decimal("50.0"), "median_delay": Decimal("181.0"),
                     "overdue": 1}
    hours = {f.key: (f.value, f.previous) for f in figures.section("hours").figures}
    assert hours == {"hours": (Decimal("3.0"), Decimal("0.8")), "people": (2, 1),
                     "per_person": (Decimal("1.5"), Decimal("0.8"))}
    seen = {f.key: f.value for f in figures.section("appointments").figures}
    assert seen == {"attended": 1, "no_show": 1, "cancelled": 0,
                    "missed_share": Decimal("50.0")}
    rides = {f.key: f.value for f in figures.section("transport").figures}
    assert rides == {"requests": 1, "trips": 1, "kilometres": Decimal("42.5")}
    assert [(f.key, f.value) for f in figures.section("referrals_by_partner_kind").figures
            ] == [("legal", 1)]
    assert [(f.label, f.value) for f in figures.section("referrals_by_partner").figures] == [
        ("Avocats", 1)]
    assert [(f.key, f.value, f.previous)
            for f in figures.section("served_by_volet").figures] == [(year.volet, 2, 1)]
    assert [(f.key, f.value) for f in figures.section("hours_by_volet").figures] == [
        (year.volet, Decimal("3.0"))]
    assert [f.key for f in figures.section("transport_by_decision").figures] == ["approve"]


def test_months_caseloads_and_small_counts(db: Database, year: Year) -> None:
    figures = board(db, year.director, YEAR)
    served = next(s for s in figures.series if s.key == "served")
    assert served.months[0] == date(2026, 4, 1) and len(served.months) == 12
    assert served.values[6] == 4 and sum(served.values) == 4  # all in October
    assert served.previous[2] == 1  # June 2025
    walk_ins = next(s for s in figures.series if s.key == "walk_ins")
    assert walk_ins.values[6] == 3
    load = next(c for c in figures.caseloads if c.counsellor == year.counsellor.full_name)
    assert {f.key: f.value for f in load.figures} == {
        "active_files": 4, "new_files": 3, "minutes": Decimal("3.0"),
        "overdue_follow_ups": 1}
    served_figure = figures.figure("people", "served")
    assert served_figure.small and served_figure.previous_small  # exact, and marked
    assert not figures.figure("desk", "median_wait").small  # minutes are never hidden


def test_filters_by_counsellor_and_office(db: Database, year: Year,
                                          staff: dict[str, Actor]) -> None:
    choices = board_choices(db, year.director)
    assert year.counsellor.full_name in [c.name for c in choices.counsellors]
    other = next(c for c in choices.counsellors if c.id != year.counsellor.user_id)
    mine = board(db, year.director, BoardFilter(YEAR.first, YEAR.last,
                                                counsellor_id=year.counsellor.user_id))
    assert mine.counsellor == year.counsellor.full_name
    assert _value(mine, "people", "served") == 4
    theirs = board(db, year.director, BoardFilter(YEAR.first, YEAR.last,
                                                  counsellor_id=other.id))
    assert _value(theirs, "people", "served") == 0
    assert _value(theirs, "desk", "median_wait") is None
    office = choices.offices[0]
    elsewhere = board(db, year.director, BoardFilter(YEAR.first, YEAR.last,
                                                     office_id="no-such-office"))
    assert _value(elsewhere, "requests", "requests") == 0
    assert board(db, year.director, BoardFilter(YEAR.first, YEAR.last,
                                                office_id=office.id)).office == office.name


def test_period_permission_and_fiscal_year(db: Database, staff: dict[str, Actor]) -> None:
    assert fiscal_year(date(2027, 3, 31)) == (date(2026, 4, 1), date(2027, 3, 31))
    assert fiscal_year(date(2026, 4, 1)) == (date(2026, 4, 1), date(2027, 3, 31))
    with pytest.raises(PermissionDenied):
        board(db, staff["counsellor"], YEAR)
    with pytest.raises(ValidationError, match="ends before"):
        board(db, staff["director"], BoardFilter(date(2026, 5, 1), date(2026, 4, 1)))
    leap = board(db, staff["director"], BoardFilter(date(2028, 2, 29), date(2028, 2, 29)))
    assert leap.previous_first == date(2027, 2, 28)


def test_long_labels_wrap_or_are_shortened_with_a_legend() -> None:
    fitted = fit_labels(["Accueil et installation des personnes réfugiées prises en charge "
                         "par l'État", "Court", "x " * 200])
    assert len(fitted.lines[0]) == 2 and fitted.lines[1] == ["Court"]
    assert len(fitted.lines[2]) == 3 and fitted.lines[2][-1].endswith("… (1)")
    assert fitted.legend == ["1. " + "x " * 200]


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_pdf_hides_small_counts_and_shows_words(db: Database, year: Year,
                                                     language: str) -> None:
    text = _pdf_text(export_board(db, year.director, YEAR, BoardFormat.PDF, language))
    assert "< 5" in text
    assert text.count("< 5") > 1  # in the figures, not only in the note that explains it
    assert "42,5" in text if language == "fr" else "42.5" in text
    assert ("31 mars 2027" if language == "fr" else "March 31, 2027") in text
    for internal in ("True", "False", "None", "served_by_volet", "walk_ins", "government_",
                     "no_show", "legal"):
        assert internal not in text, internal
    assert year.counsellor.full_name in text


def test_the_spreadsheet_is_typed(db: Database, year: Year) -> None:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(export_board(db, year.director, YEAR, BoardFormat.XLSX,
                                                 "en")))
    rows = list(book["Figures"].iter_rows(min_row=2, values_only=True))
    by_label = {row[1]: row for row in rows}
    assert by_label["People served"][2:] == ("< 5", "< 5")
    assert by_label["Kilometres driven"][2] == 42.5
    assert by_label["Share answered on time (%)"][2] == 0.5
    assert by_label["Median wait (minutes)"][2] == 30
    assert book.sheetnames[0] == "About"  # what the figures are about comes first
    about = {row[0]: row[1] for row in book["About"].iter_rows(min_row=2, values_only=True)}
    assert about["Office"] == "Every office" and about["Counsellor"] == "Every counsellor"
    assert "2026" in about["This period"] and "2025" in about["Compared with"]
    assert about["Organization"] and "< 5" in about["Small counts"]
    months = list(book["Months"].iter_rows(min_row=2, values_only=True))
    assert months[0][1] == datetime(2026, 4, 1)  # a date cell, not text
    assert all(isinstance(row[2], int | float | str) for row in months)
    with db.read_session() as session:
        exported = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "export", AuditEntry.entity == "board"))
    assert exported == 1


def test_the_board_command(db: Database, year: Year, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the command opens a file here")
    monkeypatch.setenv("CJEAPP_PASSWORD", "director-password")
    out = tmp_path / "conseil.pdf"
    assert main(["board", "--db", str(db.path), "--user", "director", "--from", "2026-04-01",
                 "--to", "2027-03-31", "--counsellor", "counsellor", "--lang", "en",
                 "--out", str(out)]) == 0
    assert "The year's load" in _pdf_text(out.read_bytes())
    assert main(["board", "--db", str(db.path), "--user", "director", "--office", "Nowhere",
                 "--out", str(tmp_path / "b.xlsx")]) == 1
    assert "Nowhere" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["board", "--db", str(db.path), "--user", "director", "--out",
              str(tmp_path / "b.csv")])


def test_an_empty_year_still_makes_its_paper(db: Database, staff: dict[str, Actor]) -> None:
    data = export_board(db, staff["director"], YEAR, BoardFormat.PDF, "fr")
    assert "—" in _pdf_text(data)  # no wait to take a median of
    assert export_board(db, staff["director"], YEAR, BoardFormat.XLSX, "fr")[:2] == b"PK"


def test_bench_board_prints_the_board_beside_its_queries_alone(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "board", "--clients", "150"]) == 0
    out = capsys.readouterr().out
    assert "board of a fiscal year: 150 people" in out
    assert "queries alone" in out and "spreadsheet" in out


def test_what_leaves_withholds_what_would_give_a_small_count_back() -> None:
    """20 appointments kept and 9.1 % missed give the 2 missed back; so does the one count
    hidden in a row against its total. Outside, both are withheld; inside, nothing is."""
    from decimal import Decimal

    from cjeapp.core.reporting.board_figures import Board
    from cjeapp.core.reporting.board_figures import Figure
    from cjeapp.core.reporting.board_figures import Kind
    from cjeapp.core.reporting.board_figures import Section
    from cjeapp.core.reporting.board_values import for_outside
    from cjeapp.core.reporting.board_values import shown

    figures = (Figure("kept", "Kept", Kind.COUNT, 20, 20),
               Figure("missed", "Missed", Kind.COUNT, 2, 9),
               Figure("cancelled", "Cancelled", Kind.COUNT, 7, 8),
               Figure("missed_share", "Share missed", Kind.PERCENT, Decimal("9.1"), 30))
    inside = Board(YEAR.first, YEAR.last, YEAR.first, YEAR.last, None, None,
                   (Section("appointments", "Appointments", figures),), (), ())
    outside = {f.key: f for f in for_outside(inside).sections[0].figures}
    said = {key: shown(f.value, f.kind, "en", withheld=f.withheld)
            for key, f in outside.items()}
    assert said == {"kept": "20", "missed": "< 5", "cancelled": "< 5",
                    "missed_share": "< 5"}
    # the year before has no small count: all of it is shown
    assert not any(f.previous_withheld or f.previous_small for f in outside.values())
    # inside the organization the figures stay exact
    assert [shown(f.value, f.kind, "en", exact=True) for f in figures] == [
        "20", "2", "7", "9.1 %"]
    # a row whose counts are all small gives a ratio, no count: its share is shown
    all_small = (Figure("a", "A", Kind.COUNT, 2, None), Figure("b", "B", Kind.COUNT, 1, None),
                 Figure("share", "Share", Kind.PERCENT, Decimal(50), None))
    board = Board(YEAR.first, YEAR.last, YEAR.first, YEAR.last, None, None,
                  (Section("s", "S", all_small),), (), ())
    assert not for_outside(board).sections[0].figures[2].withheld


def test_a_small_month_alone_takes_the_next_smallest_with_it() -> None:
    """Walk-ins by month add up to the period's walk-ins: a month of 3 hidden alone would
    be the total less the months shown, so the next smallest month is hidden too; people
    served by month do not add up (one person, many months) and keep their other months."""
    from cjeapp.core.reporting.board_figures import Board
    from cjeapp.core.reporting.board_figures import Kind
    from cjeapp.core.reporting.board_figures import Series
    from cjeapp.core.reporting.board_values import for_outside

    months = (date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1), date(2026, 7, 1))
    walk_ins = Series("walk_ins", "Walk-ins", Kind.COUNT, months, (12, 3, 9, 0), (2, 1, 8, 9))
    served = Series("served", "Served", Kind.COUNT, months, (12, 3, 9, 0), (12, 3, 9, 0))
    inside = Board(YEAR.first, YEAR.last, YEAR.first, YEAR.last, None, None, (),
                   (walk_ins, served), ())
    outside = {series.key: series for series in for_outside(inside).series}
    assert outside["walk_ins"].withheld == {2}  # 9, the next smallest, not the empty month
    assert outside["walk_ins"].previous_withheld == frozenset()  # two small: no sum gives one
    assert outside["served"].withheld == frozenset()
