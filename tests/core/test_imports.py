"""Importing people from the spreadsheets organizations keep: every format and encoding
read as the person sees it, titles mapped, values translated, a dry run that says each
row's fate, an all-or-nothing import as one batch, and its undo."""

from __future__ import annotations

import csv
import io
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func
from sqlalchemy import select

from cjeapp.core.agenda import appointments
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.db.database import Database
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import PermissionDenied
from cjeapp.core.errors import ValidationError
from cjeapp.core.imports import batches
from cjeapp.core.imports import people
from cjeapp.core.imports import words
from cjeapp.core.imports.mappings import Mapping
from cjeapp.core.imports.mappings import proposed_mapping
from cjeapp.core.imports.mappings import save_mapping
from cjeapp.core.imports.mappings import saved_mappings
from cjeapp.core.imports.reading import ImportFileError
from cjeapp.core.imports.reading import read_sheet
from cjeapp.core.imports.rows import DryRun
from cjeapp.core.models import AuditEntry
from cjeapp.core.models import Client
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.resources import resource_path
from cjeapp.core.search.finder import search_clients
from cjeapp.core.staff import accounts
from tests.databases import DIRECTOR
from tests.libreoffice import convert

ROWS = [
    ["NOM", "Prénom", "Date de naissance", "Téléphone", "No MIFI", "Langues"],
    ["CÔTÉ-BÉLANGER", "Hélène", "14/03/1988", "418 555-0123", 12345678, "français"],
    ["Gómez", "María José", "5 mars 1990", "(418) 555-0456", None, "espagnol, anglais"],
    ["SHEVCHENKO", "Oleksandr", datetime(1985, 7, 21), 4185550789, 87654321, "ukrainien"],
]


def _csv(path: Path, encoding: str, delimiter: str, bom: bool = False) -> Path:
    """As a spreadsheet program writes it: cells holding the delimiter quoted."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in ROWS:
        writer.writerow(["" if cell is None else "1985-07-21" if isinstance(cell, datetime)
                         else str(cell) for cell in row])
    path.write_bytes(("\ufeff".encode() if bom else b"") + out.getvalue().encode(encoding))
    return path


def _xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Clients"
    for row in ROWS:
        sheet.append(row)
    book.save(path)
    return path


def _expected(sheet_rows: list[list[str]]) -> None:
    assert sheet_rows[0][:3] == ["CÔTÉ-BÉLANGER", "Hélène", "14/03/1988"]
    assert sheet_rows[2][3:5] == ["4185550789", "87654321"]  # numbers without « .0 »
    assert sheet_rows[1][0] == "Gómez"


@pytest.mark.parametrize(("encoding", "delimiter", "bom"), [
    ("cp1252", ";", False), ("utf-8", ",", True), ("utf-8", "\t", False),
    ("latin-1", ";", False)])
def test_a_csv_is_read_whatever_excel_or_anything_else_saved(
        tmp_path: Path, encoding: str, delimiter: str, bom: bool) -> None:
    sheet = read_sheet(_csv(tmp_path / "clients.csv", encoding, delimiter, bom))
    assert sheet.headers == ["NOM", "Prénom", "Date de naissance", "Téléphone", "No MIFI",
                             "Langues"]
    assert sheet.delimiter == delimiter
    assert sheet.encoding in ({"cp1252", "latin-1"} if encoding != "utf-8" else {"utf-8-sig"})
    assert [row[0] for row in sheet.rows] == ["CÔTÉ-BÉLANGER", "Gómez", "SHEVCHENKO"]
    again = read_sheet(tmp_path / "clients.csv", encoding="utf-8-sig", delimiter=",") \
        if encoding == "utf-8" and delimiter == "," else None
    assert again is None or again.rows == sheet.rows


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("workbooks")
    xlsx = _xlsx(folder / "clients.xlsx")
    convert(xlsx, "xls", folder)
    convert(xlsx, "ods", folder)
    return {suffix: folder / f"clients.{suffix}" for suffix in ("xlsx", "xls", "ods")}


@pytest.mark.parametrize("suffix", ["xlsx", "xls", "ods"])
def test_workbooks_of_excel_and_libreoffice_are_read_as_shown(
        workbooks: dict[str, Path], suffix: str) -> None:
    sheet = read_sheet(workbooks[suffix])
    assert sheet.sheet == "Clients" and sheet.sheets == ["Clients"]
    _expected(sheet.rows)
    assert sheet.rows[2][2] == "1985-07-21"  # a date cell, as a date
    with pytest.raises(ImportFileError) as refused:
        read_sheet(workbooks[suffix], sheet="Feuil9")
    assert "Clients" in refused.value.message.render("fr")


def test_what_is_no_spreadsheet_is_refused_in_words(tmp_path: Path) -> None:
    cases = {
        "photo.png": b"\x89PNG\r\n\x1a\n" + bytes(200),
        "notes.docx": b"PK\x03\x04" + bytes(300),
        "vide.csv": b"\r\n\r\n",
        "titres.csv": "Nom;Prénom\r\n".encode("cp1252"),
        "enorme.csv": b"Nom;Note\r\nA;" + b"x" * 200_000 + b"\r\n",
        "protege.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64)
        + "EncryptedPackage".encode("utf-16-le") + bytes(400),
    }
    said = {}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ImportFileError) as refused:
            read_sheet(tmp_path / name)
        said[name] = refused.value.message.render("fr")
    assert "n'est pas un tableur" in said["photo.png"]
    assert "mot de passe" in said["protege.xlsx"]
    assert "aucune ligne" in said["vide.csv"]
    assert "titres de colonnes" in said["titres.csv"]
    assert "notes.docx" in said["notes.docx"]
    assert "enregistrez-le de nouveau" in said["enorme.csv"]


def test_titles_are_recognized_in_french_and_english_whatever_their_accents() -> None:
    proposed = proposed_mapping(["NOM", "Prénom", "Date de naissance", "Tél.", "No MIFI",
                                 "Langues", "Remarques"])
    assert proposed.columns == {"last_name": "NOM", "first_name": "Prénom",
                                "birth_date": "Date de naissance", "phone": "Tél.",
                                "mifi_client_number": "No MIFI", "languages": "Langues"}
    english = proposed_mapping(["Full name", "DOB", "Phone number", "Country of birth"])
    assert english.columns == {"full_name": "Full name", "birth_date": "DOB",
                               "phone": "Phone number", "country_of_birth": "Country of birth"}


@pytest.fixture
def counsellors(db: Database, staff: dict[str, Actor]) -> None:
    """The counsellors the sample list names (as the demo database has them)."""
    for username, name in (("isabelle", "Isabelle Tremblay"), ("marieeve", "Marie-Ève Tremblay")):
        accounts.create_staff(db, staff["administrator"], username=username, full_name=name,
                              role="counsellor", password="temporary-pass",
                              second=DIRECTOR)


def _sample(db: Database, actor: Actor) -> tuple[DryRun, Mapping]:
    sheet = read_sheet(resource_path("samples", "liste-clients-2025.csv"))
    mapping = proposed_mapping(sheet.headers)
    return people.dry_run(db, actor, sheet, mapping), mapping


def test_the_dry_run_says_each_rows_fate_and_changes_nothing(
        db: Database, staff: dict[str, Actor], counsellors: None) -> None:
    coordinator = staff["coordinator"]
    clients.create_client(db, staff["reception"], ClientForm(
        first_name="Omar", last_name="Al-Hassan", birth_date=date(1975, 4, 18)))
    clients.create_client(db, staff["reception"], ClientForm(
        first_name="Rohan", last_name="Nair", birth_date=date(1966, 10, 24)))
    before = search_clients(db, coordinator, "benali")
    checked, mapping = _sample(db, coordinator)
    assert checked.sheet.encoding == "cp1252" and checked.sheet.delimiter == ";"
    by_row = {result.row: result for result in checked.results}
    assert len(by_row) == 12
    benali = by_row[2]
    assert benali.status == "ready" and benali.form is not None
    assert (benali.form.first_name, benali.form.last_name) == ("Khadija", "Benali")
    assert benali.form.birth_date == date(1988, 3, 14)
    assert benali.form.country_of_birth == "MA" and benali.form.region_code == "12"
    assert benali.form.languages == ["ar", "fr"]
    assert by_row[4].form and by_row[4].form.birth_date == date(1985, 7, 21)
    assert by_row[5].form and by_row[5].form.arrival_date == date(2025, 2, 3)
    # « Réfugié » and « Étudiant » are not the program's words: said per row and field.
    gomez = by_row[3]
    assert gomez.status == "error"
    assert [e.field for e in gomez.errors] == ["immigration_category"]
    assert "Réfugié" in gomez.error_text("fr") and "correspondance" in gomez.error_text("fr")
    assert by_row[7].status == "duplicate" and "ligne 2" in by_row[7].duplicates_text("fr")
    assert by_row[8].status == "error" and "birth_date" in {e.field for e in by_row[8].errors}
    assert by_row[9].status == "error"  # « Pierre Wilner »: which is the last name?
    nour = {e.field for e in by_row[10].errors}
    assert {"phone", "email"} <= nour
    # An existing file of the same name born the same day; a namesake born another day is not.
    assert by_row[11].status == "duplicate"
    assert "le dossier de Omar Al-Hassan" in by_row[11].duplicates_text("fr")
    assert by_row[13].status == "ready"  # Rohan Nair born 1990, not the one of 1966
    assert search_clients(db, coordinator, "benali") == before  # nothing written
    assert mapping.columns["full_name"] == "Nom complet"


def test_translations_fix_the_words_then_the_batch_imports_all_or_nothing_and_undoes(
        db: Database, staff: dict[str, Actor], counsellors: None) -> None:
    coordinator = staff["coordinator"]
    checked, mapping = _sample(db, coordinator)
    mapping.translate("immigration_category", "Réfugié", "refugee_government")
    mapping.translate("immigration_category", "Étudiant", "student")
    save_mapping(db, coordinator, "Liste de Julie", mapping)
    mapping = saved_mappings(db, coordinator)["Liste de Julie"]
    checked = people.dry_run(db, coordinator, checked.sheet, mapping)
    errors = {r.row for r in checked.results if r.status == "error"}
    assert errors == {8, 9, 10}  # 31 février, « Pierre Wilner », a phone and an e-mail cut
    with pytest.raises(ValidationError) as refused:
        people.import_people(db, coordinator, checked.sheet, mapping)
    assert "3" in refused.value.errors[0].render()
    count = _clients(db)
    with pytest.raises(Cancelled):  # stopped midway: nothing stays
        people.import_people(db, coordinator, checked.sheet, mapping, leave_out_errors=True,
                             cancelled=iter([False] * 12 + [True] * 100).__next__)
    assert _clients(db) == count
    told: list[Change] = []
    db.change_listeners.append(told.extend)
    done = people.import_people(db, coordinator, checked.sheet, mapping,
                                leave_out_errors=True)
    assert done.imported == 8 and done.left_out == 4  # 3 errors, one duplicate row
    # written in plain SQL, and still told to the screens (none announces by hand)
    assert Change(ChangeKind.CLIENTS) in told
    assert _clients(db) == count + 8
    zahra = search_clients(db, coordinator, "karimi zahra")[0]
    assert zahra.birth_date == date(1995, 1, 2)
    audit = _audit(db, "import")
    assert audit and done.batch_id in audit[-1]
    listed = batches.list_batches(db, coordinator)
    assert listed[0].id == done.batch_id and listed[0].imported == 8 and listed[0].undoable
    told.clear()
    assert batches.undo_batch(db, coordinator, done.batch_id) == 8
    assert Change(ChangeKind.CLIENTS) in told
    assert _clients(db) == count
    assert search_clients(db, coordinator, "karimi zahra") == []
    with pytest.raises(batches.UndoRefused):
        batches.undo_batch(db, coordinator, done.batch_id)


def test_undo_is_refused_once_someone_has_worked_on_an_imported_file(
        db: Database, staff: dict[str, Actor], counsellors: None) -> None:
    coordinator = staff["coordinator"]
    checked, mapping = _sample(db, coordinator)
    done = people.import_people(db, coordinator, checked.sheet, mapping,
                                leave_out_errors=True)
    benali = search_clients(db, coordinator, "benali khadija")[0]
    counsellor = staff["counsellor"].user_id
    assert counsellor
    appointments.book(db, staff["reception"], client_id=benali.id, counsellor_id=counsellor,
                      kind="follow_up", place="office",
                      starts_at=datetime(2026, 12, 7, 15, 0).astimezone(), minutes=45)
    before = _clients(db)
    with pytest.raises(batches.UndoRefused) as refused:
        batches.undo_batch(db, coordinator, done.batch_id)
    assert "Khadija Benali" in refused.value.message.render("fr")
    assert _clients(db) == before


def test_only_the_roles_that_import_may_import(db: Database, staff: dict[str, Actor]) -> None:
    sheet = read_sheet(resource_path("samples", "liste-clients-2025.csv"))
    for role in ("reception", "counsellor"):
        with pytest.raises(PermissionDenied):
            people.dry_run(db, staff[role], sheet, proposed_mapping(sheet.headers))
    for role in ("coordinator", "director", "administrator"):
        assert people.dry_run(db, staff[role], sheet, proposed_mapping(sheet.headers))


def _clients(db: Database) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Client)
                                  .where(Client.deleted_at.is_(None))) or 0)


def _audit(db: Database, action: str) -> list[str]:
    with db.read_session() as session:
        return [str(entity_id) for entity_id in session.scalars(
            select(AuditEntry.entity_id).where(AuditEntry.action == action)
            .order_by(AuditEntry.seq))]


def test_the_report_gives_back_the_rows_with_what_to_fix(
        db: Database, staff: dict[str, Actor], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from cjeapp.core.imports.report import report_bytes

    rows = [["Nom", "Prénom", "Date de naissance"], ["=HYPERLINK(\"x\")", "Ana", "2026-02-30"],
            ["BENALI", "Khadija", "14 mars 1988"]]
    path = tmp_path / "liste.csv"
    path.write_text("\n".join(";".join(row) for row in rows), encoding="utf-8")
    sheet = read_sheet(path)
    checked = people.dry_run(db, staff["coordinator"], sheet, proposed_mapping(sheet.headers))
    (tmp_path / "rapport.xlsx").write_bytes(report_bytes(checked, "fr"))
    book = load_workbook(tmp_path / "rapport.xlsx")
    lines = [list(row) for row in book.active.iter_rows(values_only=True)]  # type: ignore[union-attr]
    assert lines[0] == ["Ligne", "Nom", "Prénom", "Date de naissance", "Résultat",
                        "À corriger"]
    assert lines[1][1] == "=HYPERLINK(\"x\")"  # as written, a text cell: never a formula
    assert book.active["B2"].data_type == "s"  # type: ignore[index]
    assert lines[1][4] == "erreur" and "2026-02-30" in str(lines[1][5])
    assert lines[2][:5] == [3, "BENALI", "Khadija", "14 mars 1988", "prête"]


def test_the_words_to_translate_are_listed_once_with_their_choices(
        db: Database, staff: dict[str, Actor], counsellors: None) -> None:
    sheet = read_sheet(resource_path("samples", "liste-clients-2025.csv"))
    mapping = proposed_mapping(sheet.headers)
    coordinator = staff["coordinator"]
    assert words.untranslated(db, coordinator, sheet, mapping) == [
        ("immigration_category", "Réfugié"), ("immigration_category", "Étudiant")]
    codes = dict(words.choices(db, coordinator, "immigration_category"))
    assert "refugee_government" in codes and "student" in codes
    mapping.translate("immigration_category", "Réfugié", "refugee_government")
    mapping.translate("immigration_category", "Étudiant", "student")
    assert words.untranslated(db, coordinator, sheet, mapping) == []
    names = dict(words.choices(db, coordinator, "assigned_counsellor")).values()
    assert "Isabelle Tremblay" in names


def test_damaged_workbooks_and_lists_are_refused_in_a_sentence_never_a_traceback(
        workbooks: dict[str, Path], db: Database, staff: dict[str, Actor],
        tmp_path: Path) -> None:
    """Bytes flipped, cut, inserted or the file truncated, in every format: a file is read
    or refused with ImportFileError, and what is read goes through the check without a
    traceback. (A damaged workbook once made calamine panic: a BaseException.)"""
    import contextlib
    import random

    from cjeapp.core.errors import CjeError
    from cjeapp.core.imports import runners

    rng = random.Random(18)
    seeds = {suffix: path.read_bytes() for suffix, path in workbooks.items()}
    seeds["csv"] = resource_path("samples", "liste-clients-2025.csv").read_bytes()
    read = refused = 0
    for number in range(400):
        suffix = rng.choice(sorted(seeds))
        data = bytearray(seeds[suffix])
        for _change in range(rng.randint(1, 8)):
            if not data:
                break
            at = rng.randrange(len(data))
            roll = rng.random()
            if roll < 0.5:
                data[at] = rng.randrange(256)
            elif roll < 0.7:
                del data[at:at + rng.randint(1, 50)]
            elif roll < 0.85:
                data[at:at] = rng.randbytes(rng.randint(1, 20))
            else:
                del data[at:]
        path = tmp_path / f"abime-{number}.{suffix}"
        path.write_bytes(bytes(data))
        try:
            sheet = read_sheet(path)
        except ImportFileError:
            refused += 1
            continue
        read += 1
        for kind in ("people", "partners"):
            with contextlib.suppress(CjeError):  # e.g. no column of the name: a sentence
                runners.dry_run(db, staff["coordinator"], sheet,
                                proposed_mapping(sheet.headers, kind))
    assert read > 50 and refused > 50
