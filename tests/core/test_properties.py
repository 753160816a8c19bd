"""Properties that hold for any input, checked on generated values (Hypothesis)."""

from __future__ import annotations

from datetime import date
from datetime import timedelta

import pytest
from hypothesis import assume
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from cjeapp.core.calendar.business_days import BusinessCalendar
from cjeapp.core.calendar.business_days import Closure
from cjeapp.core.errors import ValidationError
from cjeapp.core.search.normalize import fold
from cjeapp.core.search.normalize import sort_key
from cjeapp.core.search.query import parse
from cjeapp.core.search.query import parse_date
from cjeapp.core.validation import Validator
from cjeapp.core.validation import phone_digits
from cjeapp.core.validation import typed_date

names = st.text(alphabet=st.characters(categories=("L", "Zs", "Pd"), include_characters="'’"),
                max_size=40)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))
CALENDAR = BusinessCalendar.for_organization([Closure(date(2026, 12, 24), date(2027, 1, 2),
                                                       "Fêtes")])


@given(names)
def test_folding_is_idempotent_and_ignores_accents_and_case(name: str) -> None:
    assert fold(fold(name)) == fold(name)
    assume(name.upper().lower() == name.lower())  # not ı, ß…: their case does not round-trip
    assert fold(name.upper()) == fold(name.lower())


@given(names, names)
def test_sort_key_does_not_depend_on_accents_case_or_hyphens(first: str, last: str) -> None:
    plain = sort_key(first, last)
    assume((first + last).upper().lower() == (first + last).lower())
    assert sort_key(first.upper(), last.upper()) == plain
    assert sort_key(first, last.replace("-", "")) == plain


@given(names)
def test_any_typed_search_text_gives_a_query_without_breaking_fts_quotes(text: str) -> None:
    match = parse(text).match
    assert match.count('"') % 2 == 0  # every term is quoted whole: no FTS5 syntax leaks


@given(days)
def test_dates_typed_both_ways_read_back(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.day:02d}/{day.month:02d}/{day.year}") == day
    assert typed_date("when", f" {day.isoformat()} ") == day


@given(st.text(max_size=30))
def test_a_typed_date_is_a_date_none_or_a_sentence_on_its_field(text: str) -> None:
    try:
        result = typed_date("when", text)
    except ValidationError as error:
        assert [e.field for e in error.errors] == ["when"]
        assert error.errors[0].render()
    else:
        assert result is None or isinstance(result, date)
        assert (result is None) == (not text.strip())


@settings(max_examples=60)
@given(days, st.integers(min_value=0, max_value=40))
def test_adding_business_days_lands_on_one_and_counts_exactly(day: date, count: int) -> None:
    result = CALENDAR.add_business_days(day, count)
    assert result >= day
    if count:
        assert CALENDAR.is_business_day(result)
    between = sum(1 for offset in range(1, (result - day).days + 1)
                  if CALENDAR.is_business_day(day + timedelta(days=offset)))
    assert between == count


@settings(max_examples=60)
@given(days, st.integers(min_value=1, max_value=30))
def test_going_forward_then_back_returns_to_a_business_day(day: date, count: int) -> None:
    start = CALENDAR.next_business_day(day)
    assert CALENDAR.add_business_days(CALENDAR.add_business_days(start, count), -count) == start


@given(st.text(max_size=30))
def test_a_phone_is_accepted_only_with_ten_digits(text: str) -> None:
    check = Validator()
    cleaned, digits = check.phone("phone", text)
    if check.errors:
        assert check.errors[0].field == "phone"
    elif cleaned:
        assert digits is not None and len(digits) == 10 and digits == phone_digits(cleaned)


@pytest.mark.parametrize("typed", ["418 555-0123", "+1 (418) 555-0123", "4185550123"])
def test_common_phone_forms_are_accepted(typed: str) -> None:
    check = Validator()
    assert check.phone("phone", typed)[1] == "4185550123" and not check.errors


PASI_LINES = __import__("cjeapp.core.reporting.profile", fromlist=["load"]).load(
    "PASI").text.splitlines()
TOML_VALUES = st.sampled_from(['1', '-3', '0', 'true', '"x"', '""', '[]', '[1, "a"]', '{}',
                               '{ a = 1 }', '"persons"', '"PASI"', '[[1]]', '1.5',
                               '"\\u00e9"', '[{ name = "n" }]', '[1]', '["a"]', '[{}]',
                               '{ a = { b = 1 } }', '2026-01-01'])
HEADERS = st.sampled_from(["[codes]", "[[tables]]", "[[tables.columns]]", "[[aggregates]]",
                           "[codes.x]", "[tables]", "codes = 1", "tables = 1", "[[codes]]"])


@st.composite
def mutated_profiles(draw: st.DrawFn) -> str:
    lines = list(PASI_LINES)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(("delete", "value", "value", "duplicate", "truncate",
                                       "header")))
        if action == "delete":
            del lines[where]
        elif action == "duplicate":
            lines.insert(where, lines[where])
        elif action == "truncate":
            lines[where] = lines[where][:draw(st.integers(0, len(lines[where])))]
        elif action == "header":
            lines.insert(where, draw(HEADERS))
        elif "=" in lines[where]:
            key = lines[where].split("=", 1)[0]
            lines[where] = f"{key}= {draw(TOML_VALUES)}"
        if not lines:
            break
    return "\n".join(lines)


@settings(max_examples=600, deadline=None)
@given(mutated_profiles())
def test_a_damaged_profile_is_read_or_refused_with_a_sentence(text: str) -> None:
    """Whatever is changed in a profile file, reading it gives a profile or a ProfileError
    naming a line, never another exception."""
    from cjeapp.core.reporting.profile import ProfileError
    from cjeapp.core.reporting.profile import parse as parse_profile

    try:
        profile = parse_profile(text)
    except ProfileError as error:
        assert "line" in str(error)
    else:
        assert profile.tables and all(table.columns for table in profile.tables)


@given(days, st.sampled_from(["fr_CA", "en_CA"]), st.sampled_from(["wide", "abbreviated"]))
def test_dates_written_in_words_read_back(day: date, locale: str, width: str) -> None:
    from babel.dates import get_month_names

    month = str(get_month_names(width, locale=locale)[day.month])
    first = "1er" if locale == "fr_CA" and day.day == 1 else str(day.day)
    assert parse_date(f"{first} {month} {day.year}") == day
    if locale == "en_CA":
        assert parse_date(f"{month} {day.day}, {day.year}") == day


cells = st.text(alphabet=st.characters(codec="cp1252", exclude_characters="\x00\r\n"),
                max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(cells, min_size=3, max_size=3), min_size=2, max_size=6),
       st.sampled_from([";", ",", "\t"]), st.sampled_from(["utf-8-sig", "cp1252"]))
def test_any_csv_a_spreadsheet_program_writes_reads_back_cell_for_cell(
        tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]], delimiter: str,
        encoding: str) -> None:
    import csv
    import io

    from cjeapp.core.imports.reading import ImportFileError
    from cjeapp.core.imports.reading import read_sheet

    header = ["Nom", "Prénom", "Ville"]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    path = tmp_path_factory.mktemp("csv") / "liste.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    expected = [[" ".join(cell.split()) for cell in row] for row in rows]
    expected = [row for row in expected if any(row)]
    try:
        sheet = read_sheet(path, encoding=encoding, delimiter=delimiter)
    except ImportFileError:
        assert not expected  # only titles: refused in words
        return
    assert sheet.headers == header
    assert sheet.rows == expected
