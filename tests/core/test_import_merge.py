"""A likely duplicate merged into its file (issue 40, item 4): the file's empty fields
filled from the row, every other difference kept as the person chose, the whole undone
with the batch exactly; choices that make no sense refused in a sentence."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func
from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.errors import ValidationError
from cjeapp.core.imports import batches
from cjeapp.core.imports import people
from cjeapp.core.imports import runners
from cjeapp.core.imports.mappings import proposed_mapping
from cjeapp.core.imports.reading import read_sheet
from cjeapp.core.models import Client
from cjeapp.core.models import ClientLanguage
from cjeapp.core.models import ImportBatch
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor

HEADERS = ["Nom", "Prénom", "Date de naissance", "No MIFI", "Téléphone", "Courriel",
           "Arrivée", "Langues"]
# Not kept: what the file's save stamps (the undo is a change too).
STAMPS = {"version", "updated_at", "updated_by"}


def _write(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows([HEADERS, *rows])
    path.write_bytes(out.getvalue().encode("utf-8"))
    return path


@pytest.fixture
def helene(db: Database, staff: dict[str, Actor]) -> Client:
    return clients.create_client(db, staff["reception"], ClientForm(
        first_name="Hélène", last_name="Côté-Bélanger", birth_date=date(1988, 3, 14),
        mifi_client_number="12345678", email="helene@example.org",
        arrival_date=date(2025, 1, 10)))


def _columns(db: Database, client_id: str) -> dict[str, Any]:
    with db.read_session() as session:
        client = session.get(Client, client_id)
        assert client is not None
        return {column.key: getattr(client, column.key) for column in Client.__table__.c
                if column.key not in STAMPS}


def _spoken(db: Database, client_id: str) -> set[str]:
    with db.read_session() as session:
        return set(session.scalars(select(ClientLanguage.language_code).where(
            ClientLanguage.client_id == client_id, ClientLanguage.deleted_at.is_(None))))


def test_a_merge_fills_the_empty_fields_keeps_what_was_chosen_and_undoes_exactly(
        db: Database, staff: dict[str, Actor], helene: Client, tmp_path: Path) -> None:
    coordinator = staff["coordinator"]
    sheet = read_sheet(_write(tmp_path / "liste.csv", [
        ["COTE-BELANGER", "Helene", "14/03/1988", "12345678", "418 555-0123",
         "autre@example.org", "2025-02-01", "espagnol"]]))
    mapping = proposed_mapping(sheet.headers)
    row = runners.dry_run(db, coordinator, sheet, mapping).results[0]
    assert row.status == "duplicate" and row.matches == (helene.id,)
    compared = {line.caption: line for line in people.side_by_side(
        db, coordinator, row.form, helene.id)}
    # In words: the captions, the values as the file shows them.
    assert (compared["Name"].incoming, compared["Name"].existing) == (
        "Helene Cote-Belanger", "Hélène Côté-Bélanger")
    assert compared["Phone"].fills and not compared["Phone"].differs
    assert compared["E-mail"].differs and compared["E-mail"].field == "email"
    assert compared["Arrival in Quebec"].differs
    assert "2025" in compared["Arrival in Quebec"].existing
    assert not compared["Date of birth"].differs  # the same date
    before = _columns(db, helene.id)

    done = runners.run_import(db, coordinator, sheet, mapping, choices={2: "merge"},
                              kept={2: {"email": "row", "arrival_date": "file"}})
    assert done.merged == 1
    after = _columns(db, helene.id)
    assert after["phone"] == "418 555-0123" and after["phone_digits"] == "4185550123"
    assert after["email"] == "autre@example.org"  # chosen
    assert after["arrival_date"] == date(2025, 1, 10)  # the file's, as chosen
    assert after["first_name"] == "Hélène"  # a name changes only when chosen
    assert _spoken(db, helene.id) == {"es"}

    assert batches.undo_batch(db, coordinator, done.batch_id) == 1
    assert _columns(db, helene.id) == before
    assert _spoken(db, helene.id) == set()

    # The row's name chosen, and the file's empty phone: then undone.
    done = runners.run_import(db, coordinator, sheet, mapping, choices={2: "merge"},
                              kept={2: {"name": "row", "phone": "file"}})
    after = _columns(db, helene.id)
    assert (after["first_name"], after["last_name"]) == ("Helene", "Cote-Belanger")
    assert after["phone"] is None  # the file's (empty) value, as chosen
    assert after["email"] == "helene@example.org"  # by default the file's value stays
    batches.undo_batch(db, coordinator, done.batch_id)
    assert _columns(db, helene.id) == before


def _refusal(db: Database, actor: Actor, sheet: Any, choices: Any, kept: Any) -> str:
    with pytest.raises(ValidationError) as refused:
        runners.run_import(db, actor, sheet, proposed_mapping(sheet.headers),
                           choices=choices, kept=kept)
    return refused.value.errors[0].render("en")


def test_choices_that_make_no_sense_are_refused_in_a_sentence_and_change_nothing(
        db: Database, staff: dict[str, Actor], helene: Client, tmp_path: Path) -> None:
    coordinator = staff["coordinator"]
    sheet = read_sheet(_write(tmp_path / "liste.csv", [
        # Same MIFI number, born earlier, arrived 1985: before the file's birth date.
        ["CÔTÉ-BÉLANGER", "Hélène", "1980-01-01", "12345678", "", "", "1985-01-01", ""]]))
    before = _columns(db, helene.id)
    said = _refusal(db, coordinator, sheet, {2: "merge"}, {2: {"favourite_colour": "row"}})
    assert "« favourite_colour » is not a value a merge can keep" in said
    said = _refusal(db, coordinator, sheet, {2: "merge"}, {2: {"email": "mine"}})
    assert "keep either the row's value or the existing file's" in said
    said = _refusal(db, coordinator, sheet, {2: "link"}, {2: {"email": "row"}})
    assert "Row 2 is not merged into an existing file" in said
    # The row's arrival kept beside the file's birth date fails the file's own check.
    said = _refusal(db, coordinator, sheet, {2: "merge"}, {2: {"arrival_date": "row"}})
    assert said.startswith("Row 2 cannot be merged into the file of Hélène Côté-Bélanger")
    assert "arrival date cannot be before the date of birth" in said
    assert _columns(db, helene.id) == before
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0
    # The same, the file's birth date replaced too: accepted.
    done = runners.run_import(db, coordinator, sheet, proposed_mapping(sheet.headers),
                              choices={2: "merge"},
                              kept={2: {"arrival_date": "row", "birth_date": "row"}})
    after = _columns(db, helene.id)
    assert (after["birth_date"], after["arrival_date"]) == (date(1980, 1, 1),
                                                            date(1985, 1, 1))
    batches.undo_batch(db, coordinator, done.batch_id)
    assert _columns(db, helene.id) == before
