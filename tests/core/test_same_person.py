"""One table of cases for « the same person », run against the rule itself and against every
caller that decides it: the desk's likely duplicates (the search index finds the
candidates), the people import (its indexes in memory), the import of services and
attendance (the file a row is about) and the exchange (a person a laptop created whom the
office already has). None of them may answer otherwise than the rule."""

from __future__ import annotations

import json
from dataclasses import dataclass
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.exchange.conflicts import KEEP_OFFICE
from cjeapp.core.exchange.conflicts import list_conflicts
from cjeapp.core.exchange.conflicts import resolve_conflict
from cjeapp.core.imports.duplicates import Duplicates
from cjeapp.core.imports.person_match import PersonIndex
from cjeapp.core.imports.rows import RowCells
from cjeapp.core.models import ExchangeConflict
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.people.same_person import same_person
from cjeapp.core.people.same_person import someone
from cjeapp.core.permissions import Actor
from cjeapp.core.search import finder
from tests.core.exchange_world import make_laptop
from tests.core.exchange_world import up


@dataclass(frozen=True)
class Record:
    first: str
    last: str
    birth: date | None = None
    phone: str | None = None
    mifi: str | None = None

    def form(self) -> ClientForm:
        return ClientForm(first_name=self.first, last_name=self.last, birth_date=self.birth,
                          phone=self.phone, mifi_client_number=self.mifi)


BORN = date(1988, 3, 14)
# (what is typed or read, the file already there, the reason they are one, or None)
CASES: dict[str, tuple[Record, Record, str | None]] = {
    "same MIFI number, the name misspelt": (
        Record("Awa", "Dialo", mifi="12345678"), Record("Awa", "Diallo", mifi="12345678"),
        "mifi"),
    "close name, same birth date": (
        Record("Hélèn", "Côté", BORN), Record("Hélène", "Côté", BORN), "birth_date"),
    "given and family names swapped": (
        Record("Côté", "Hélène", BORN), Record("Hélène", "Côté", BORN), "birth_date"),
    "capitals and no accents": (
        Record("HELENE", "COTE"), Record("Hélène", "Côté"), "name"),
    "a namesake born another day": (
        Record("Hélène", "Côté", date(1990, 1, 1)), Record("Hélène", "Côté", BORN), None),
    "twins": (Record("Hassan", "Rahimi", BORN), Record("Hussein", "Rahimi", BORN), None),
    "same phone, close name": (
        Record("Aisha", "Ndiaye", phone="819 555-0101"),
        Record("Aïcha", "N'Diaye", phone="(819) 555-0101"), "phone"),
    "same phone, someone else of the household": (
        Record("Moussa", "Ndiaye", phone="819 555-0101"),
        Record("Aïcha", "N'Diaye", phone="819 555-0101"), None),
    "same phone, close name, born another day": (
        Record("Aisha", "Ndiaye", date(2010, 6, 1), "819 555-0101"),
        Record("Aïcha", "N'Diaye", BORN, "819 555-0101"), None),
    "same name, no birth date typed": (
        Record("Omar", "Haddad"), Record("Omar", "Haddad", date(1980, 2, 2)), "name"),
    "same name, no birth date in the file": (
        Record("Omar", "Haddad", date(1980, 2, 2)), Record("Omar", "Haddad"), "name"),
    "another person": (Record("Zoé", "Martin"), Record("Hélène", "Côté"), None),
}


@pytest.fixture(params=list(CASES), ids=list(CASES))
def case(request: pytest.FixtureRequest) -> tuple[Record, Record, str | None]:
    return CASES[request.param]


def _file(db: Database, actor: Actor, record: Record) -> str:
    return clients.create_client(db, actor, record.form()).id


def test_the_rule(case: tuple[Record, Record, str | None]) -> None:
    typed, existing, reason = case
    one, other = someone(typed.first, typed.last, typed.birth, typed.phone, typed.mifi), \
        someone(existing.first, existing.last, existing.birth, existing.phone, existing.mifi)
    assert same_person(one, other).reason == reason
    assert same_person(other, one).reason == reason  # whichever comes first
    assert same_person(one, other).sentence.render("fr")


def test_the_desk(case: tuple[Record, Record, str | None], db: Database,
                  staff: dict[str, Actor]) -> None:
    typed, existing, reason = case
    ident = _file(db, staff["reception"], existing)
    hits = finder.likely_duplicates(db, staff["reception"], first_name=typed.first,
                                    last_name=typed.last, birth_date=typed.birth,
                                    phone=typed.phone, mifi_client_number=typed.mifi)
    assert [(hit.id, hit.reason) for hit in hits] == ([(ident, reason)] if reason else [])


def test_the_people_import(case: tuple[Record, Record, str | None], db: Database,
                           staff: dict[str, Actor]) -> None:
    typed, existing, reason = case
    ident = _file(db, staff["reception"], existing)
    found = Duplicates.of_database(db).of(typed.form())
    assert [(known.client_id, known.verdict.reason) for known in found] == (
        [(ident, reason)] if reason else [])
    # And an earlier row of the same spreadsheet, the same way.
    rows = Duplicates()
    rows.add_row(2, existing.form())
    assert [known.verdict.reason for known in rows.of(typed.form())] == (
        [reason] if reason else [])


def test_the_import_of_services(case: tuple[Record, Record, str | None], db: Database,
                                staff: dict[str, Actor]) -> None:
    typed, existing, reason = case
    ident = _file(db, staff["reception"], existing)
    columns = {"first_name": 0, "last_name": 1, "birth_date": 2, "phone": 3,
               "mifi_client_number": 4}
    cells = [typed.first, typed.last, typed.birth.isoformat() if typed.birth else "",
             typed.phone or "", typed.mifi or ""]
    person, _written, errors = PersonIndex.of_database(db).find(RowCells(columns, cells))
    assert (person.id if person else None) == (ident if reason else None)
    assert bool(errors) == (reason is None)


def test_the_exchange(case: tuple[Record, Record, str | None], db: Database,
                      staff: dict[str, Actor], tmp_path: Path) -> None:
    typed, existing, reason = case
    ident = _file(db, staff["reception"], existing)  # at the office, no one's on the laptop
    laptop = make_laptop(db, staff["coordinator"], staff["counsellor"], tmp_path)
    try:
        made = clients.create_client(laptop.db, laptop.actor, replace(
            typed.form(), assigned_counsellor_id=staff["counsellor"].user_id)).id
        up(laptop, db, staff["coordinator"])
    finally:
        laptop.db.close()
    with db.read_session() as session:
        listed = [(c.kind, c.row_id, json.loads(c.hub_value or "null")["client_id"],
                   json.loads(c.other_value or "null"))
                  for c in session.scalars(select(ExchangeConflict))]
    assert listed == ([("same_person", made, ident, reason)] if reason else [])
    if reason:  # the coordinator says they are two people: it closes, and stays closed
        coordinator = staff["coordinator"]
        conflict = next(row for row in list_conflicts(db, coordinator)
                        if row.kind == "same_person")
        assert conflict.person  # named, for the coordinator
        resolve_conflict(db, coordinator, conflict.id, KEEP_OFFICE)
        assert list_conflicts(db, coordinator) == []
