"""Instant search: any part of any name, any order, accents and case ignored; phones,
e-mail, MIFI number, date of birth; French order; duplicates before creating."""

from __future__ import annotations

from datetime import date

import pytest

from cjeapp.core.db.database import Database
from cjeapp.core.people import client_list
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.search import finder


@pytest.fixture
def people(db: Database, staff: dict[str, Actor]) -> dict[str, str]:
    actor = staff["reception"]
    rows = {
        "helene": ClientForm(first_name="Hélène", last_name="Côté-Bélanger",
                             birth_date=date(1988, 3, 14), phone="418 335-0802",
                             email="helene.cote@courriel.example",
                             mifi_client_number="40556677"),
        "elise": ClientForm(first_name="Élise", last_name="Abada"),
        "elise2": ClientForm(first_name="Elise", last_name="Abadie"),
        "aicha": ClientForm(first_name="Aïcha", last_name="N'Diaye", phone="819 555-0101"),
        "oeuvray": ClientForm(first_name="Noël", last_name="Œuvray"),
        "olena": ClientForm(first_name="Olena", last_name="Shevchenko",
                            other_names="Олена Шевченко"),
    }
    return {key: clients.create_client(db, actor, form).id for key, form in rows.items()}


def _find(db: Database, actor: Actor, text: str) -> list[str]:
    return [hit.id for hit in finder.search_clients(db, actor, text)]


@pytest.mark.parametrize("typed", ["helene cote", "HÉLÈNE", "cote hel", "bela", "côté-bél",
                                   "cotebelanger", "Helene Cote-Belanger"])
def test_names_in_any_order_without_accents(db: Database, staff: dict[str, Actor],
                                            people: dict[str, str], typed: str) -> None:
    assert _find(db, staff["reception"], typed) == [people["helene"]]


@pytest.mark.parametrize("typed", ["418 335-0802", "(418) 335-0802", "3350802", "335-08",
                                   "1-418-335-0802", "helene.cote@cour", "40556677",
                                   "1988-03-14", "14/03/1988"])
def test_contact_numbers_and_birth_date(db: Database, staff: dict[str, Actor],
                                        people: dict[str, str], typed: str) -> None:
    assert _find(db, staff["reception"], typed) == [people["helene"]]


def test_apostrophes_ligatures_and_other_scripts(db: Database, staff: dict[str, Actor],
                                                 people: dict[str, str]) -> None:
    actor = staff["reception"]
    assert _find(db, actor, "ndiaye") == [people["aicha"]]
    assert _find(db, actor, "aicha diaye") == [people["aicha"]]
    assert _find(db, actor, "oeuvray") == [people["oeuvray"]]
    assert _find(db, actor, "Олена") == [people["olena"]]


def test_results_follow_french_order(db: Database, staff: dict[str, Actor],
                                     people: dict[str, str]) -> None:
    assert _find(db, staff["reception"], "elise") == [people["elise"], people["elise2"]]


def test_deleted_and_changed_files_stay_in_step(db: Database, staff: dict[str, Actor],
                                                people: dict[str, str]) -> None:
    actor = staff["coordinator"]
    client, languages = clients.open_client(db, actor, people["elise"])
    form = ClientForm.from_client(client, languages)
    form.last_name = "Tremblay"
    clients.update_client(db, actor, client.id, form, client.version)
    assert _find(db, actor, "abada") == []
    assert _find(db, actor, "elise tremblay") == [people["elise"]]
    clients.delete_client(db, actor, people["elise"])
    assert _find(db, actor, "elise tremblay") == []


def test_empty_or_punctuation_only_queries_find_nothing(db: Database, staff: dict[str, Actor],
                                                        people: dict[str, str]) -> None:
    assert _find(db, staff["reception"], "   ") == []
    assert _find(db, staff["reception"], '"*()') == []


def test_likely_duplicates(db: Database, staff: dict[str, Actor],
                           people: dict[str, str]) -> None:
    actor = staff["reception"]
    by_name = finder.likely_duplicates(db, actor, first_name="Helene",
                                       last_name="Belanger Cote")
    assert [(hit.id, hit.reason) for hit in by_name] == [(people["helene"], "name")]
    by_phone = finder.likely_duplicates(db, actor, first_name="Aisha", last_name="Ndiaye",
                                        phone="819-555-0101")
    assert [(hit.id, hit.reason) for hit in by_phone] == [(people["aicha"], "phone")]
    # The same phone under another name is someone of the household, not the same person.
    assert finder.likely_duplicates(db, actor, first_name="Ayesha", last_name="Diallo",
                                    phone="819-555-0101") == []
    by_birth = finder.likely_duplicates(db, actor, first_name="Hélèn", last_name="Côté Bélanger",
                                        birth_date=date(1988, 3, 14))
    assert [(hit.id, hit.reason) for hit in by_birth] == [(people["helene"], "birth_date")]
    # A shared family name and birth date alone are twins as much as one person.
    assert finder.likely_duplicates(db, actor, first_name="H.", last_name="Côté",
                                    birth_date=date(1988, 3, 14)) == []
    assert finder.likely_duplicates(db, actor, first_name="Zoé", last_name="Martin") == []


def test_client_list_pages_in_french_order(db: Database, staff: dict[str, Actor],
                                           people: dict[str, str]) -> None:
    actor = staff["reception"]
    first, cursor = client_list.client_page(db, actor, limit=2)
    rest, end = client_list.client_page(db, actor, cursor, limit=10)
    names = [hit.last_name for hit in first + rest]
    assert names == ["Abada", "Abadie", "Côté-Bélanger", "N'Diaye", "Œuvray", "Shevchenko"]
    assert end is None
    assert client_list.count_clients(db, actor) == 6
