"""The funder package as Excel and LibreOffice read it: identifiers that stay text, CSVs
with a byte-order mark, a typed workbook, a summary in words, and warnings counted in full.
LibreOffice itself (Debian's libreoffice-calc-nogui, installed by the set-up) opens the
package's CSVs and workbook and must give back the same identifiers, numbers and accents."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from cjeapp.cli import main
from cjeapp.core.db.database import Database
from cjeapp.core.reporting import package
from cjeapp.core.reporting.package_files import typed
from cjeapp.core.reporting.profile import TEXT_TYPES
from cjeapp.core.reporting.profile import ProfileError
from cjeapp.core.reporting.profile import load
from cjeapp.core.reporting.profile import parse
from cjeapp.core.staff import accounts
from cjeapp.core.writers.spreadsheets import reads_as_number
from tests import databases
from tests.libreoffice import convert

FIRST, LAST = date(2025, 4, 1), date(2026, 3, 31)
PASI = load("PASI")
BOM = b"\xef\xbb\xbf"


@pytest.fixture(scope="module")
def demo_package(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("package")
    db = databases.open_copy(demo_template, folder / "demo.sqlite3")
    try:
        actor = accounts.sign_in(db, "direction", "demo-direction")
        package.build(db, actor, PASI, FIRST, LAST, folder / "pasi.zip", language="fr")
    finally:
        db.close()
    return folder / "pasi.zip"


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.mark.parametrize("text", ["05", "12", "1e5", "994930039e301040", "620866686e978581",
                                  "1.5", "1,5", "-3", "12:30", "2025-04", "2025-04-01",
                                  "04/05", "TRUE", "faux", "50 %", "1 281"])
def test_what_a_spreadsheet_turns_into_a_number(text: str) -> None:
    assert reads_as_number(text)


@pytest.mark.parametrize("text", ["P994930039e301040", "R05", "M54535063", "25-34", "0-17",
                                  "65+", "TRAV_TEMP", "V1", "CO", "fr", "yes", "",
                                  "refer_transport_org"])
def test_what_stays_text(text: str) -> None:
    assert not reads_as_number(text)


def test_the_profile_refuses_codes_and_prefixes_a_spreadsheet_would_break() -> None:
    numeric_code = PASI.text.replace('1 = "V1"', '1 = "01"')
    with pytest.raises(ProfileError, match=r"nombre|number"):
        parse(numeric_code)
    prefixed_number = PASI.text.replace(
        '{ name = "birth_year", from = "birth_year", mandatory = true, type = "integer"',
        '{ name = "birth_year", from = "birth_year", mandatory = true, type = "integer", '
        'prefix = "Y"')
    with pytest.raises(ProfileError, match=r"préfixe|prefix"):
        parse(prefixed_number)
    with pytest.raises(ProfileError, match="type"):
        parse(PASI.text.replace('type = "date"', 'type = "when"', 1))


def test_a_region_without_its_prefix_blocks_the_package(db: Database, staff, tmp_path) -> None:
    from cjeapp.core.casework import service_records
    from cjeapp.core.casework.service_records import ServiceForm
    from cjeapp.core.people import clients
    from cjeapp.core.people.clients import ClientForm

    counsellor = staff["counsellor"]
    person = clients.create_client(db, counsellor, ClientForm(
        first_name="Imane", last_name="El Amrani", birth_date=date(1990, 5, 3), sex="F",
        country_of_birth="MA", immigration_category="skilled_worker",
        arrival_date=date(2025, 5, 1), region_code="05"))
    service_records.record_service(db, counsellor, person.id, ServiceForm(
        "government_documents", delivered_on=date(2025, 11, 10), duration_minutes=60))
    bare = parse(PASI.text.replace('type = "identifier", prefix = "R", ', ""))
    director = accounts.sign_in(db, "director", "director-password")
    with pytest.raises(package.PackageRefused) as refused:
        package.build(db, director, bare, FIRST, LAST, tmp_path / "p.zip")
    assert any(p.column == "region" and "05" in str(p.message) for p in refused.value.problems)
    assert not [path for path in tmp_path.iterdir() if path.name.startswith("p.zip")]
    result = package.build(db, director, PASI, FIRST, LAST, tmp_path / "p.zip")
    persons = _rows(_members(result.path)["persons.csv"])
    assert persons[1][persons[0].index("region")] == "R05"


def test_csvs_start_with_a_byte_order_mark_and_keep_identifiers_text(demo_package) -> None:
    members = _members(demo_package)
    for table in [*PASI.tables]:
        data = members[f"{table.name}.csv"]
        assert data.startswith(BOM + table.columns[0].name.encode())
        rows = _rows(data)
        assert len(rows) > 1, table.name
        for index, column in enumerate(table.columns):
            if column.kind in TEXT_TYPES:
                bad = [row[index] for row in rows[1:] if reads_as_number(row[index])]
                assert not bad, (table.name, column.name, bad[:3])
    for name in ("aggregates.csv", "columns.csv"):
        assert members[name].startswith(BOM)
    person_ids = [row[0] for row in _rows(members["persons.csv"])[1:]]
    assert all(len(value) == 17 and value[0] == "P" for value in person_ids)
    assert len(set(person_ids)) == len(person_ids)


def test_the_workbook_is_typed_and_ready_to_read(demo_package, tmp_path) -> None:
    (tmp_path / "book.xlsx").write_bytes(_members(demo_package)["workbook.xlsx"])
    book = load_workbook(tmp_path / "book.xlsx")
    assert book.sheetnames == [*(t.name for t in PASI.tables), "aggregates", "Colonnes"]
    persons = book["persons"]
    header = [cell.value for cell in persons[1]]
    assert all(cell.font.bold for cell in persons[1])
    assert persons.freeze_panes == "A2"
    assert persons.auto_filter.ref == f"A1:K{persons.max_row}"
    widths = {letter: persons.column_dimensions[letter].width for letter in "ABGK"}
    assert widths["A"] >= 17 and all(width >= 8 for width in widths.values())
    first = [cell.value for cell in persons[2]]
    assert isinstance(first[header.index("birth_year")], int)
    assert isinstance(first[header.index("arrival_date")], datetime)
    assert persons.cell(2, header.index("arrival_date") + 1).number_format == "yyyy-mm-dd"
    numbers = [row[header.index("mifi_client_number")] for row in
               persons.iter_rows(min_row=2, values_only=True)]
    assert None in numbers  # no consent: an empty cell, not an empty text
    sessions = book["group_activities"]
    hours = [row[2] for row in sessions.iter_rows(min_row=2, values_only=True)]
    assert hours and all(isinstance(value, int | float) for value in hours)
    values = [row[2] for row in book["aggregates"].iter_rows(min_row=2, values_only=True)]
    assert all(value is None or isinstance(value, int | float) for value in values)
    described = list(book["Colonnes"].iter_rows(min_row=2, values_only=True))
    assert len(described) == sum(len(t.columns) for t in PASI.tables)
    region = next(row for row in described if row[1] == "region")
    assert "R05" in region[-1] and region[2] == "identifiant (texte)"


def test_typed_cells_fall_back_to_text() -> None:
    assert typed("2", "integer") == 2 and typed("1.5", "decimal") == Decimal("1.5")
    assert typed("2025-04-01", "date") == date(2025, 4, 1)
    assert typed("2025-13-01", "date") == "2025-13-01"
    assert typed("", "text") is None and typed("=1+1", "text") == "=1+1"


FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")


def _month(label: str) -> tuple[int, int] | None:
    """(year, month) of a chart label such as « juin 2025 », else None."""
    parts = label.split()
    if len(parts) == 2 and parts[0] in FRENCH_MONTHS and parts[1].isdigit():
        return int(parts[1]), FRENCH_MONTHS.index(parts[0]) + 1
    return None


def test_the_summary_speaks_words_and_keeps_headings_with_charts(demo_package) -> None:
    reader = PdfReader(io.BytesIO(_members(demo_package)["summary.pdf"]))
    pages = [page.extract_text() for page in reader.pages]
    text = "\n".join(pages)
    assert "Du 1er avril 2025 au 31 mars 2026" in text
    assert "Personnes servies pendant la période" in text and "persons :" not in text
    for raw in ("TRAV_TEMP", "REF_ETAT", "refer_transport_org", "lease_signed", "2025-05"):
        assert raw not in text, raw
    assert "Travailleur temporaire" in text or "Travailleur qualifié" in text
    heights: dict[str, float] = {}

    def where(text: str, cm: list[float], tm: list[float], *_args: object) -> None:
        heights.setdefault(text.strip(), cm[5] + tm[5] * cm[3])

    reader.pages[0].extract_text(visitor_text=where)
    # The demo's months depend on today's date: take those the chart names, in time order.
    months = sorted((key for key in heights if _month(key)), key=_month)
    assert len(months) >= 3, months
    tops = [heights[month] for month in months]
    assert tops == sorted(tops, reverse=True) and len(set(tops)) == len(tops)  # from the top
    for page in pages:
        last_line = page.strip().splitlines()[-1]
        assert not last_line.startswith("Personnes servies par"), last_line
    assert reader.metadata is not None


def test_export_counts_every_warning_on_standard_error_and_writes_them_all(
        demo_template, tmp_path, monkeypatch, capsys) -> None:
    databases.copy(demo_template, tmp_path / "demo.sqlite3")
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-direction")
    code = main(["--lang", "fr", "export", "--db", str(tmp_path / "demo.sqlite3"),
                 "--user", "direction",
                 "--from", "2025-04-01", "--to", "2026-03-31",
                 "--out", str(tmp_path / "pasi.zip")])
    out, err = capsys.readouterr()
    assert code == 0
    assert "AVERTISSEMENT" not in out and "Paquet écrit" in out
    assert "personnes," in out and "persons" not in out  # what it holds, in words
    written = (tmp_path / "pasi-avertissements.txt").read_text(encoding="utf-8-sig")
    count = len(written.strip().splitlines())
    assert count > 1
    shown = [line for line in err.splitlines() if line.startswith("AVERTISSEMENT")]
    assert shown == written.strip().splitlines()[:50]
    assert f"{count} avertissements en tout" in err


def test_past_fifty_problems_the_rest_are_counted(capsys) -> None:
    from cjeapp.cli.commands.export import _print_problems
    from cjeapp.core.i18n import msg
    from cjeapp.core.i18n import set_language
    from cjeapp.core.reporting.validation import Problem

    set_language("fr")
    problems = [Problem(False, "persons", None, "language", msg("x")) for _ in range(196)]
    _print_problems(problems, "WARNING: {message}", limit=50)
    err = capsys.readouterr().err
    assert err.count("AVERTISSEMENT") == 50 and err.rstrip().endswith("… et 146 autres.")


def test_libreoffice_reads_the_csvs_as_written(demo_package, tmp_path) -> None:
    """A person opening a CSV in LibreOffice (UTF-8 chosen, as the byte-order mark says)
    sees every identifier as written, numbers as numbers and accents intact."""
    members = _members(demo_package)
    names = [*(f"{t.name}.csv" for t in PASI.tables), "columns.csv"]
    for name in names:
        (tmp_path / name).write_bytes(members[name])
    for name in names:
        convert(tmp_path / name, "xlsx", tmp_path, infilter="CSV:44,34,76,1")
    for table in PASI.tables:
        ours = _rows(members[f"{table.name}.csv"])
        sheet = load_workbook(tmp_path / f"{table.name}.xlsx").active
        theirs = list(sheet.iter_rows(values_only=True))
        assert list(theirs[0]) == ours[0]
        assert len(theirs) == len(ours)
        for mine, read in zip(ours[1:], theirs[1:], strict=True):
            for column, text, value in zip(table.columns, mine, read, strict=True):
                expected = typed(text, column.kind)
                if column.kind == "date" and expected is not None:
                    assert value == datetime.combine(expected, datetime.min.time())
                elif column.kind in ("integer", "decimal") and expected is not None:
                    assert Decimal(str(value)) == expected, (table.name, column.name)
                elif column.kind in TEXT_TYPES:
                    assert value == expected, (table.name, column.name, text, value)
    described = load_workbook(tmp_path / "columns.xlsx").active
    assert any("période" in str(row[-1]) for row in described.iter_rows(values_only=True))


def test_libreoffice_reads_the_workbook_as_the_csvs_say(demo_package, tmp_path) -> None:
    members = _members(demo_package)
    (tmp_path / "workbook.xlsx").write_bytes(members["workbook.xlsx"])
    convert(tmp_path / "workbook.xlsx",
             "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
             tmp_path)
    for table in PASI.tables:
        exported = (tmp_path / f"workbook-{table.name}.csv").read_text(encoding="utf-8")
        assert _rows(exported.encode()) == _rows(members[f"{table.name}.csv"]), table.name
    described = (tmp_path / "workbook-Colonnes.csv").read_text(encoding="utf-8")
    assert "Pseudonyme stable de la personne" in described and "Année de naissance" in described
