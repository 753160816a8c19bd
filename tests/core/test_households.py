"""Households: dependants without a file, and people who have a file of their own (a
spouse registered separately) linked into one household without typing them again."""

from __future__ import annotations

from datetime import date

import pytest

from cjeapp.core.db.database import Database
from cjeapp.core.errors import ValidationError
from cjeapp.core.ids import ClientId
from cjeapp.core.people import clients
from cjeapp.core.people import households
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor


def person(db: Database, actor: Actor, first: str, last: str) -> ClientId:
    return clients.create_client(db, actor, ClientForm(
        first_name=first, last_name=last, birth_date=date(1990, 1, 2))).id


def names(db: Database, actor: Actor, client_id: ClientId) -> list[tuple[str, str]]:
    return sorted((m.name, m.relationship) for m in households.members(db, actor, client_id))


def test_a_spouse_with_a_file_is_linked_and_both_files_show_one_household(
        db: Database, staff: dict[str, Actor]) -> None:
    actor = staff["counsellor"]
    fatima = person(db, actor, "Fatima", "Haddad")
    omar = person(db, actor, "Omar", "Haddad")
    households.add_dependant(db, actor, fatima, first_name="Adam", last_name="Haddad",
                             birth_date=date(2019, 5, 1), relationship="child")
    linked = households.link_file(db, actor, fatima, omar, "spouse")
    assert linked.client_id == omar
    expected = [("Adam Haddad", "child"), ("Fatima Haddad", "self"),
                ("Omar Haddad", "spouse")]
    assert names(db, actor, fatima) == expected
    assert names(db, actor, omar) == expected  # the same household from his file
    with pytest.raises(ValidationError) as refused:
        households.link_file(db, actor, fatima, omar, "spouse")
    assert "déjà" in refused.value.errors[0].render("fr")


def test_someone_living_with_others_is_not_taken_from_their_household(
        db: Database, staff: dict[str, Actor]) -> None:
    actor = staff["counsellor"]
    rania = person(db, actor, "Rania", "Khoury")
    lina = person(db, actor, "Lina", "Darwish")
    households.add_dependant(db, actor, lina, first_name="Nour", last_name="Darwish",
                             birth_date=date(2018, 3, 3), relationship="child")
    before = names(db, actor, lina)
    with pytest.raises(ValidationError) as refused:
        households.link_file(db, actor, rania, lina, "sibling")
    assert refused.value.errors[0].field == "member_file"
    assert "2" in refused.value.errors[0].render()
    assert names(db, actor, lina) == before


def test_a_household_of_one_is_left_empty_when_its_person_joins_another(
        db: Database, staff: dict[str, Actor]) -> None:
    actor = staff["counsellor"]
    a = person(db, actor, "Yousef", "Haddad")
    b = person(db, actor, "Hiba", "Haddad")
    households.add_dependant(db, actor, b, first_name="Sami", last_name="Haddad",
                             birth_date=None, relationship="child")
    sami = next(m for m in households.members(db, actor, b) if m.client_id is None)
    households.remove_member(db, actor, sami.id)
    assert names(db, actor, b) == [("Hiba Haddad", "self")]  # alone in her household
    households.link_file(db, actor, a, b, "spouse")
    assert names(db, actor, b) == [("Hiba Haddad", "spouse"), ("Yousef Haddad", "self")]


def test_unlinking_a_file_keeps_the_file_in_no_household(
        db: Database, staff: dict[str, Actor]) -> None:
    actor = staff["counsellor"]
    a = person(db, actor, "Ahmad", "Karimi")
    b = person(db, actor, "Zahra", "Karimi")
    linked = households.link_file(db, actor, a, b, "spouse")
    households.remove_member(db, actor, linked.id)
    assert names(db, actor, a) == [("Ahmad Karimi", "self")]
    assert households.members(db, actor, b) == []
    assert clients.open_client(db, actor, b)[0].last_name == "Karimi"


@pytest.mark.parametrize(("relationship", "same", "field"), [
    ("self", False, "relationship"), ("cousin", False, "relationship"),
    ("spouse", True, "member_file")])
def test_a_link_that_makes_no_sense_is_refused_in_words(
        db: Database, staff: dict[str, Actor], relationship: str, same: bool,
        field: str) -> None:
    actor = staff["counsellor"]
    a = person(db, actor, "Olena", "Melnyk")
    b = a if same else person(db, actor, "Andrii", "Melnyk")
    with pytest.raises(ValidationError) as refused:
        households.link_file(db, actor, a, b, relationship)
    assert field in {error.field for error in refused.value.errors}
