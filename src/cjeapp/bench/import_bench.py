"""``cjeapp bench import``: a list of 20,000 people as organizations keep them (a CSV saved
by Excel on Windows: cp1252, semicolons, names in capitals, dates in three forms, phones in
every form) checked, then imported, into a demo database; then their services log (two
services a person, each naming its person by MIFI number or by name and birth date, as
logs do) checked and imported; time and peak memory of each.

Then the same list as an XLSX, imported into a fresh copy of the demo database, beside the
reference the issue set: the same workbook read by python-calamine and the same people's
rows inserted by one ``executemany`` (then rolled back), in the same run. Processor time
counts the reader's own process too."""

from __future__ import annotations

import random
import resource
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from pathlib import Path

from cjeapp.core.db.database import Database
from cjeapp.core.demo import names
from cjeapp.core.demo.generator import generate
from cjeapp.core.imports import runners
from cjeapp.core.imports.mappings import proposed_mapping
from cjeapp.core.imports.reading import read_sheet
from cjeapp.core.staff import accounts

HEADERS = ("Nom", "Prénom", "Date de naissance", "Sexe", "Pays de naissance", "Téléphone",
           "Ville", "Région", "No MIFI", "Catégorie", "Arrivée", "Langues")
CATEGORIES = ("Travailleur qualifié", "Regroupement familial", "Demandeur d'asile",
              "Réfugié parrainé", "Travailleur temporaire")
COUNTRIES = {"CO": "Colombie", "SY": "Syrie", "UA": "Ukraine", "CM": "Cameroun",
             "HT": "Haïti", "MA": "Maroc", "IN": "Inde", "PH": "Philippines", "FR": "France",
             "CD": "Congo-Kinshasa", "CN": "Chine", "AF": "Afghanistan"}
LANGUAGES = {"es": "espagnol", "ar": "arabe", "uk": "ukrainien", "ru": "russe",
             "fr": "français", "ht": "créole haïtien", "hi": "hindi", "tl": "tagalog",
             "ln": "lingala", "zh": "chinois", "prs": "dari", "ps": "pachto", "en": "anglais"}


SERVICE_HEADERS = ("No MIFI", "Nom", "Prénom", "Date de naissance", "Date", "Service",
                   "Heures", "Intervenante")
SERVICES = ("Évaluation des besoins", "Aide à la recherche de logement", "Ouverture d'un "
            "compte bancaire", "Recherche d'emploi ou retour aux études")
HOURS = ("1", "1,5", "0,5", "2", "1 h 30", "45 min")


@dataclass(frozen=True)
class XlsxBench:
    rows: int
    import_seconds: float  # read in the reader's process, checked, imported (processor)
    reference_seconds: float  # calamine read + executemany of the same rows (processor)
    reference_read: float
    reference_insert: float
    imported: int

    @property
    def ratio(self) -> float:
        return self.import_seconds / self.reference_seconds if self.reference_seconds else 0


@dataclass(frozen=True)
class ImportBench:
    rows: int
    read_seconds: float
    check_seconds: float
    import_seconds: float
    imported: int
    services: int
    services_check_seconds: float
    services_import_seconds: float
    services_imported: int
    peak_mb: float
    xlsx: XlsxBench | None = None


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _day(rng: random.Random, when: date) -> str:
    form = rng.randrange(3)
    if form == 0:
        return when.isoformat()
    if form == 1:
        return when.strftime("%d/%m/%Y")
    months = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
    return f"{when.day} {months[when.month - 1]} {when.year}"


def _phone(rng: random.Random) -> str:
    digits = f"418{rng.randint(200, 999)}{rng.randint(1000, 9999)}"
    forms = (f"{digits[:3]} {digits[3:6]}-{digits[6:]}", f"({digits[:3]}) {digits[3:6]}-"
             f"{digits[6:]}", f"{digits[:3]}.{digits[3:6]}.{digits[6:]}", digits,
             f"1 {digits[:3]} {digits[3:6]} {digits[6:]}")
    return rng.choice(forms)


def write_list(path: Path, rows: int, seed: int = 5) -> list[tuple[str, str, str, str]]:
    """A CSV of ``rows`` people as Excel writes it on Windows; returns who they are (MIFI
    number, last name, first name, birth date as written)."""
    rng = random.Random(seed)
    lines = [";".join(HEADERS)]
    people: list[tuple[str, str, str, str]] = []
    for number in range(rows):
        origin = rng.choice([o for o in names.ORIGINS if o.country in COUNTRIES])
        female = rng.random() < 0.5
        first = rng.choice(origin.first_f if female else origin.first_m)
        last = rng.choice(origin.last)
        born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 18_000))
        arrived = date(2022, 1, 1) + timedelta(days=rng.randint(0, 1000))
        spoken = ", ".join(LANGUAGES[code] for code in origin.languages if code in LANGUAGES)
        people.append((str(10_000_000 + number), last.upper(), first, born.isoformat()))
        lines.append(";".join((
            last.upper(), first, _day(rng, born), "F" if female else "H",
            COUNTRIES[origin.country], _phone(rng), "Thetford Mines", "12",
            str(10_000_000 + number), rng.choice(CATEGORIES), _day(rng, arrived), spoken)))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return people


def write_services(path: Path, people: list[tuple[str, str, str, str]], counsellor: str,
                   seed: int = 6) -> int:
    """Two services a person, in a CSV: half name the person by MIFI number, half by name
    and birth date. Returns the number of rows."""
    rng = random.Random(seed)
    lines = [";".join(SERVICE_HEADERS)]
    for mifi, last, first, born in people:
        for _service in range(2):
            day = date(2025, 4, 1) + timedelta(days=rng.randint(0, 500))
            by_mifi = rng.random() < 0.5
            lines.append(";".join((mifi if by_mifi else "", last, first,
                                   "" if by_mifi else born, _day(rng, day),
                                   rng.choice(SERVICES), rng.choice(HOURS), counsellor)))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return len(lines) - 1


def _cpu() -> float:
    """Processor seconds of this process and of the children it waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def write_xlsx(source: Path, path: Path) -> None:
    """The CSV list as a workbook (write-only openpyxl: cells of text, as typed)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Liste")
    for line in source.read_bytes().decode("cp1252").splitlines():
        sheet.append(line.split(";"))
    book.save(path)


def _reference(db: Database, path: Path, stored: list[dict[str, object]]) -> tuple[float, float]:
    """(read, insert) processor seconds: calamine's read of ``path``, then the people's
    rows inserted into clients by one executemany, rolled back."""
    from python_calamine import CalamineWorkbook

    from cjeapp.core import clock
    from cjeapp.core.models import new_id

    started = _cpu()
    CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    read = _cpu() - started
    now = clock.now()
    columns = sorted({name for values in stored for name in values})
    lines = [(new_id(), now, now, 1, *(values.get(name) for name in columns))
             for values in stored]
    names = ", ".join(("id", "created_at", "updated_at", "version", *columns))
    marks = ", ".join("?" for _ in range(len(columns) + 4))
    started = _cpu()
    with db.engine.connect() as connection:
        connection.exec_driver_sql(f"INSERT INTO clients ({names}) VALUES ({marks})", lines)
        connection.rollback()
    return read, _cpu() - started


def run_xlsx(folder: Path, source: Path, clients: int) -> XlsxBench:
    db, _recovery = Database.create(folder / "bench-xlsx.sqlite3")
    try:
        generate(db, clients=clients, seed=1)
        actor = accounts.sign_in(db, "coordination", "demo-coord")
        book = folder / "liste.xlsx"
        write_xlsx(source, book)
        sheet = read_sheet(book)
        mapping = proposed_mapping(sheet.headers)
        checked = runners.dry_run(db, actor, sheet, mapping)
        stored = [result.stored for result in checked.results if result.stored is not None]
        reference_read, reference_insert = _reference(db, book, stored)
        started = _cpu()
        sheet = read_sheet(book)
        done = runners.run_import(db, actor, sheet, mapping, leave_out_errors=True)
        spent = _cpu() - started
    finally:
        db.close()
    return XlsxBench(len(sheet.rows), spent, reference_read + reference_insert,
                     reference_read, reference_insert, done.imported)


def run(rows: int = 20_000, clients: int = 2_000) -> ImportBench:
    with tempfile.TemporaryDirectory() as folder:
        db, _recovery = Database.create(Path(folder) / "bench.sqlite3")
        try:
            generate(db, clients=clients, seed=1)
            actor = accounts.sign_in(db, "coordination", "demo-coord")
            source = Path(folder) / "liste.csv"
            listed = write_list(source, rows)
            started = time.perf_counter()
            sheet = read_sheet(source)
            read = time.perf_counter() - started
            mapping = proposed_mapping(sheet.headers)
            started = time.perf_counter()
            runners.dry_run(db, actor, sheet, mapping)
            checked = time.perf_counter() - started
            started = time.perf_counter()
            done = runners.run_import(db, actor, sheet, mapping, leave_out_errors=True)
            imported = time.perf_counter() - started
            log = Path(folder) / "services.csv"
            counsellor = accounts.list_counsellors(db, actor)[0].full_name
            services = write_services(log, listed, counsellor)
            sheet = read_sheet(log)
            mapping = proposed_mapping(sheet.headers, "services")
            started = time.perf_counter()
            runners.dry_run(db, actor, sheet, mapping)
            services_checked = time.perf_counter() - started
            started = time.perf_counter()
            given = runners.run_import(db, actor, sheet, mapping, leave_out_errors=True)
            services_imported = time.perf_counter() - started
        finally:
            db.close()
        xlsx = run_xlsx(Path(folder), source, clients)
    return ImportBench(rows, read, checked, imported, done.imported, services,
                       services_checked, services_imported, given.imported, _peak_mb(), xlsx)
