"""Issue 40: the lists as organizations keep them, made by LibreOffice itself in every
format it saves (XLSX, XLS, ODS, and CSV as Windows writes it: cp1252, semicolons) — a title
block above the column titles, titles merged over two columns or over a row of sub-titles,
dates stored as serial numbers (1900 and 1904 systems) — and files built to harm the
reader: each is read right, or refused in one sentence, within the memory bound, and the
program goes on."""

from __future__ import annotations

import resource
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl import load_workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from cjeapp.cli import main
from cjeapp.core.db.database import Database
from cjeapp.core.imports import people
from cjeapp.core.imports import runners
from cjeapp.core.imports import workbook_reading
from cjeapp.core.imports.mappings import proposed_mapping
from cjeapp.core.imports.reading import ImportFileError
from cjeapp.core.imports.reading import read_sheet
from cjeapp.core.imports.report import report_bytes
from cjeapp.core.imports.serial_dates import serial_date
from cjeapp.core.permissions import Actor
from tests import databases
from tests import hostile_files
from tests.libreoffice import convert_all

FORMATS = ("xlsx", "xls", "ods", "csv")
BOUND_KB = 400 * 1024  # the memory any file up to 20 MB may take, reader included
BORN = date(1993, 1, 1)  # serial 33970, 1900 system
ARRIVED = date(1899, 12, 30) + timedelta(days=45900)


def _titled_list(path: Path) -> Path:
    """The organization's name and the list's above the titles; « Téléphone » merged over
    two columns; birth and arrival dates typed as numbers (their format lost)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Liste"
    sheet["A1"] = "Centre d'accueil des nouveaux arrivants — Thetford Mines"
    sheet.merge_cells("A1:G1")
    sheet["A2"] = "Liste des participants, automne 2025"
    sheet.append([])
    sheet.append(["Nom", "Prénom", "Date de naissance", "Téléphone", None, "Arrivée",
                  "Langues"])
    sheet.merge_cells("D4:E4")
    sheet.append(["BENALI", "Khadija", 33970, "+1 418 555 0104", "418 555 0199", 45900,
                  "arabe"])
    sheet.append(["GÓMEZ", "María José", date(1990, 3, 5), "418 555-0456", None, 45900.5,
                  "espagnol"])
    sheet.append([])
    sheet.append(["SHEVCHENKO", "Oleksandr", "21/07/1985", None, None, None, "ukrainien"])
    book.save(path)
    return path


def _two_level(path: Path) -> Path:
    """« Date » merged over « de naissance » and « d'arrivée »; Nom and Prénom over both rows."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nom", "Prénom", "Date", None, "Ville"])
    sheet.append([None, None, "de naissance", "d'arrivée", None])
    for cells in ("A1:A2", "B1:B2", "C1:D1", "E1:E2"):
        sheet.merge_cells(cells)
    sheet.append(["NAIR", "Rohan", 33970, 45900, "Thetford Mines"])
    book.save(path)
    return path


def _mac_list(path: Path) -> Path:
    book = Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nom", "Prénom", "Date de naissance"])
    sheet.append(["BENALI", "Khadija", 33970])  # 1904 system: 2 January 1997
    book.save(path)
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Each list saved by LibreOffice in every format (the XLSX too, so LibreOffice wrote
    what is read)."""
    made = tmp_path_factory.mktemp("made")
    folder = tmp_path_factory.mktemp("corpus")
    sources = [_titled_list(made / "titres.xlsx"), _two_level(made / "deux-niveaux.xlsx"),
               _mac_list(made / "mac.xlsx")]
    for target in ("xlsx", "xls", "ods"):
        convert_all(sources, target, folder)
    convert_all(sources, "csv:Text - txt - csv (StarCalc):59,34,1", folder)
    return folder


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_title_block_is_passed_and_serial_dates_are_read_in_every_format(
        corpus: Path, suffix: str, db: Database, staff: dict[str, Actor]) -> None:
    sheet = read_sheet(corpus / f"titres.{suffix}")
    assert sheet.header_row == 4
    assert [cells[0] for _number, cells in sheet.above] == [
        "Centre d'accueil des nouveaux arrivants — Thetford Mines",
        "Liste des participants, automne 2025"]
    merged = "Téléphone (2)" if suffix in ("xlsx", "xls") else "Column E"
    assert sheet.headers == ["Nom", "Prénom", "Date de naissance", "Téléphone", merged,
                             "Arrivée", "Langues"]
    assert sheet.numbers == [5, 6, 8]  # as the spreadsheet numbers them
    assert sheet.encoding == ("cp1252" if suffix == "csv" else None)
    checked = people.dry_run(db, staff["coordinator"], sheet, proposed_mapping(sheet.headers))
    benali, gomez, shevchenko = checked.results
    assert [result.status for result in checked.results] == ["ready"] * 3
    assert benali.row == 5 and benali.form.birth_date == BORN
    assert benali.form.arrival_date == ARRIVED and gomez.form.arrival_date == ARRIVED
    assert benali.form.phone == "+1 418 555 0104" and gomez.form.birth_date == date(1990, 3, 5)
    assert shevchenko.row == 8 and shevchenko.form.birth_date == date(1985, 7, 21)
    said = benali.notes_text("en")
    assert "« 33970 » read as January 1, 1993" in said and "45900" in said
    assert not shevchenko.notes


@pytest.mark.parametrize("suffix", ("xlsx", "xls"))
def test_a_title_merged_over_sub_titles_names_each_column(corpus: Path, suffix: str) -> None:
    sheet = read_sheet(corpus / f"deux-niveaux.{suffix}")
    assert sheet.headers == ["Nom", "Prénom", "Date de naissance", "Date d'arrivée", "Ville"]
    assert sheet.rows == [["NAIR", "Rohan", "33970", "45900", "Thetford Mines"]]
    assert sheet.numbers == [3]
    mapping = proposed_mapping(sheet.headers)
    assert mapping.columns["birth_date"] == "Date de naissance"
    assert mapping.columns["arrival_date"] == "Date d'arrivée"


@pytest.mark.parametrize("suffix", ("xlsx", "xls", "ods"))
def test_a_workbook_of_the_1904_system_counts_its_serials_from_1904(
        corpus: Path, suffix: str, db: Database, staff: dict[str, Actor]) -> None:
    sheet = read_sheet(corpus / f"mac.{suffix}")
    assert sheet.date_system == 1904
    checked = people.dry_run(db, staff["coordinator"], sheet, proposed_mapping(sheet.headers))
    assert checked.results[0].form.birth_date == date(1997, 1, 2)


def test_the_titles_row_can_be_given_and_a_wrong_one_is_said(corpus: Path) -> None:
    sheet = read_sheet(corpus / "titres.xlsx", header_row=2)
    assert sheet.headers[0] == "Liste des participants, automne 2025"
    with pytest.raises(ImportFileError) as refused:
        read_sheet(corpus / "titres.ods", header_row=3)
    assert "Row 3 of titres.ods" in refused.value.message.render("en")
    assert serial_date("1990") is None and serial_date("33970,25") == BORN


def test_the_command_takes_the_row_of_titles(
        corpus: Path, demo_template: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-admin")
    path = tmp_path / "demo.sqlite3"
    databases.copy(demo_template, path)
    common = ["import", "--db", str(path), "--user", "admin", "--dry-run"]
    assert main([*common, str(corpus / "titres.csv")]) == 0
    assert "Column titles on row 4" in capsys.readouterr().out
    assert main([*common, "--header-row", "2", str(corpus / "titres.csv")]) == 1
    assert "Choose the column" in capsys.readouterr().err


# Hostile files: what each becomes (a part of the sentence), or « read ».
HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "loin.xlsx": (lambda p: hostile_files.far_cell(p), "1048576 rows by 16384 columns"),
    "loin-sans-dimension.xlsx": (lambda p: hostile_files.far_cell(p, declared=False),
                                 "more memory than a list ever does"),
    "bombe.xlsx": (hostile_files.zip_bomb, "built to fill the memory"),
    "repetee.ods": (hostile_files.repeated_ods, "not a spreadsheet that can be read"),
    "repetee-50m.ods": (lambda p: hostile_files.repeated_ods(p, 50_000, 1_000),
                        "more memory than a list ever does"),
    "vides.csv": (hostile_files.empty_rows_csv, "read"),
    "large.csv": (hostile_files.wide_csv, "more than 1000 columns"),
    "controle.csv": (hostile_files.control_csv, "read"),
}

# The peak of this process is its own memory's high-water mark (VmHWM): Linux carries
# ru_maxrss over an exec, so a process started from a large test run would report the
# run's size. The reader's process starts from this small one: its ru_maxrss is its own.
_MEASURE = """
import resource, sys
from pathlib import Path
from cjeapp.core.imports.reading import ImportFileError, read_sheet
try:
    print("read", len(read_sheet(Path(sys.argv[1])).rows))
except ImportFileError as error:
    print(error.message.render("en"))
status = Path("/proc/self/status").read_text()
own = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
print(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_file_is_read_or_refused_in_a_sentence_within_the_memory_bound(
        tmp_path: Path, name: str) -> None:
    make, said = HOSTILE[name]
    path = make(tmp_path / name)
    assert path.stat().st_size < 20 * 1024 * 1024
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True,
                          text=True, timeout=300, check=True)
    sentence, peaks = done.stdout.strip().splitlines()
    assert said in sentence, sentence
    assert sentence.startswith("read") or sentence.endswith(".")  # one sentence
    own, reader = (int(kb) for kb in peaks.split())
    assert own < BOUND_KB and reader < BOUND_KB, (own, reader)


def test_control_characters_are_the_rows_errors_and_the_report_still_writes(
        tmp_path: Path, db: Database, staff: dict[str, Actor]) -> None:
    sheet = read_sheet(hostile_files.control_csv(tmp_path / "controle.csv"))
    checked = runners.dry_run(db, staff["coordinator"], sheet, proposed_mapping(sheet.headers))
    first, second = checked.results
    assert first.status == "error" and "First name" in first.error_text("en")
    assert "control character" in first.error_text("en")
    assert second.status == "error" and "Phone" in second.error_text("en")
    (tmp_path / "rapport.xlsx").write_bytes(report_bytes(checked, "fr"))
    cells = load_workbook(tmp_path / "rapport.xlsx").active
    assert cells is not None and cells["C2"].value == "Kha\ufffddija"


def test_a_reader_that_dies_or_hangs_is_said_in_a_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """However the reader's process ends — an abort (a Rust panic, a failed allocation),
    a kill, too long — the program says so and goes on."""
    book = tmp_path / "liste.xlsx"
    _mac_list(book)
    said = {}
    for case, code in (("abort", "import os; os.abort()"),
                       ("killed", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"),
                       ("garbage", "print('{not json')"),
                       ("slow", "import time; time.sleep(30)")):
        monkeypatch.setattr(workbook_reading, "_command",
                            lambda code=code: [sys.executable, "-c", code])
        monkeypatch.setattr(workbook_reading, "WALL_SECONDS", 2)
        with pytest.raises(ImportFileError) as refused:
            read_sheet(book)
        said[case] = refused.value.message.render("en")
    assert "failed" in said["abort"] and "failed" in said["garbage"]
    assert "memory" in said["killed"] and "took longer" in said["slow"]
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0  # still here


def test_rows_after_a_thousand_empty_ones_are_said_not_dropped_silently(
        tmp_path: Path) -> None:
    path = tmp_path / "trou.csv"
    path.write_text("Prénom;Nom\nAmal;Haddad\nJosé;Pérez\n" + ";\n" * 1_500
                    + "Lin;Wang\n", encoding="utf-8")
    sheet = read_sheet(path)
    assert sheet.stopped and [row[0] for row in sheet.rows] == ["Amal", "José"]
    assert "stopped after row 3" in sheet.stopped_sentence()
    whole = tmp_path / "entier.csv"
    whole.write_text("Prénom;Nom\nAmal;Haddad\n", encoding="utf-8")
    assert read_sheet(whole).stopped_sentence() == ""
