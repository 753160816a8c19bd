"""Every person's copy of a small demo, in French and in English, reads in words (issue
36): no column name of any table, no code value, no JSON, no True/False, no time with
its seconds, its own date; a section's heading never alone at a page's foot; its CSVs
with yes and no in words and identifiers that open as text."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
import pyzipper
from pypdf import PdfReader
from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.demo.generator import generate
from cjeapp.core.models import Base
from cjeapp.core.models import Client
from cjeapp.core.permissions import Actor
from cjeapp.core.privacy import person_export
from cjeapp.core.privacy.export_fields import SECTIONS
from cjeapp.core.staff import accounts
from tests import databases

DAY = date(2026, 12, 6)
# A word with an underscore is the program's own: a column's name or a code value (codes
# without one are words: « transport », « francisation »).
PROGRAM_WORD = re.compile(r"\b[A-Za-z]+_[A-Za-z_]+\b")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    clock.freeze(datetime(2026, 12, 6, 20, 0, tzinfo=UTC))
    db, _recovery = databases.create(tmp_path_factory.mktemp("copy") / "demo.sqlite3")
    generate(db, clients=30, seed=36, today=DAY)
    yield db
    db.close()
    clock.freeze(None)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_persons_copy_reads_in_words(demo: Database, language: str) -> None:
    director = accounts.sign_in(demo, "direction", "demo-direction")
    with demo.read_session() as session:
        people = list(session.scalars(select(Client.id).where(Client.deleted_at.is_(None))))
    columns = {column.name for table in Base.metadata.tables.values() for column in table.c}
    assert len(people) >= 25
    for person in people:
        made = person_export.make(demo, director, person, language=language)
        reader = PdfReader(io.BytesIO(made.pdf))
        text = "\n".join(page.extract_text() for page in reader.pages)
        wrong = set(PROGRAM_WORD.findall(text)) | {
            word for word in ('{"', "True", "False", " min 00 s", "2000") if word in text}
        wrong |= {name for name in columns if "_" in name and name in text}
        assert wrong == set(), (person, language, wrong)
        assert str(reader.metadata.get("/CreationDate", "")).startswith("D:2026")
        _no_stranded_heading(reader, language)
        _csvs_read_as_words(made, language)


def _no_stranded_heading(reader: PdfReader, language: str) -> None:
    """No page ends with a section's heading or its purpose (what follows them is there),
    and none but the last is left mostly empty."""
    from cjeapp.core.i18n import gettext

    titles = {gettext(section.title, language) for section in SECTIONS}
    purposes = {" ".join(gettext(section.purpose, language).split()) for section in SECTIONS}
    for page in reader.pages[:-1]:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        assert len(lines) >= 20, lines  # never a page left mostly empty before a long part
        assert lines[-1] not in titles, lines[-3:]
        assert not any(purpose.endswith(lines[-1]) for purpose in purposes), lines[-3:]


def _csvs_read_as_words(made: person_export.PersonExport, language: str) -> None:
    with pyzipper.AESZipFile(io.BytesIO(made.zip_bytes)) as archive:
        archive.setpassword(made.passphrase.encode())
        for name in archive.namelist():
            if not name.endswith(".csv"):
                continue
            rows = list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
            header, body = rows[0], rows[1:]
            assert not any("_" in cell for cell in header), (name, header)
            cells = [cell for row in body for cell in row]
            assert not {"True", "False"} & set(cells), name
            if name == "csv/clients.csv":
                number = header.index("Numéro de client du MIFI" if language == "fr"
                                      else "MIFI client number")
                assert all(not row[number] or row[number].startswith('="') for row in body)


def test_the_csvs_identifiers_open_as_text(tmp_path: Path) -> None:
    """LibreOffice opens a MIFI number with a leading zero as text, not as a number."""
    from cjeapp.core.privacy.person_export import _csv

    data = _csv([{"mifi_client_number": "0123456", "has_sin": True}], "fr", "clients")
    assert '"=""0123456"""' in data.decode("utf-8-sig") and "oui" in data.decode("utf-8-sig")


def test_two_versions_of_a_file_read_as_words(db: Database, staff: dict[str, Actor]) -> None:
    """A conflict keeps its two versions as JSON: the copy says them in words, a refusal
    by its reason, a possible second file without the other file's name."""
    import json

    from cjeapp.core.models import ExchangeConflict
    from cjeapp.core.people import clients
    from cjeapp.core.people.clients import ClientForm
    from cjeapp.core.unit_of_work import unit_of_work

    counsellor, director = staff["counsellor"], staff["director"]
    person = clients.create_client(db, counsellor, ClientForm(
        first_name="Imane", last_name="El Amrani", birth_date=date(1990, 5, 3))).id
    refusal = json.dumps({"msgid": "« {column} » holds a code this program does not know.",
                          "params": {"column": "immigration_status"}})
    with unit_of_work(db, counsellor) as uow:
        for kind, field, hub, other in (
                ("field", "birth_date", '"1990-05-03"', '"1990-03-05"'),
                ("field", "has_sin", "false", "true"),
                ("refused", "immigration_status", None, refusal),
                ("same_person", "id", json.dumps({"client_id": "x", "name": "Omar Tazi"}),
                 '"same_mifi"')):
            uow.add(ExchangeConflict(kind=kind, table_name="clients", row_id=person,
                                     field=field, client_id=person, replica_id="laptop",
                                     hub_value=hub, other_value=other))
    for language in ("fr", "en"):
        made = person_export.make(db, director, person, language=language)
        text = " ".join(" ".join(page.extract_text() for page in
                                 PdfReader(io.BytesIO(made.pdf)).pages).split())
        for internal in ('{"', '"1990', "Omar Tazi", "immigration_status", "True", "true",
                         "false", "same_mifi", "msgid"):
            assert internal not in text, (internal, language)
        assert ("3 mai 1990" in text and "5 mars 1990" in text and "oui" in text) \
            if language == "fr" else ("May 3, 1990" in text and "Mar 5, 1990" in text)
