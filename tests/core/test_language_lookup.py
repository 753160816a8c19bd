"""One lookup for every field that asks for a language: any ISO 639 language found by its
French, English or own name; the own names kept in a file written from Babel's data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cjeapp.core.languages import find_languages
from cjeapp.core.languages import language
from cjeapp.core.languages import language_choices
from cjeapp.core.languages import language_found
from cjeapp.core.locale_format import language_codes
from cjeapp.core.locale_format import language_named
from cjeapp.core.locale_format import locale_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("typed", ["kirun", "Kirundi", "Ikirundi", "ROUNDI", "rundi", "rn"])
def test_kirundi_is_found_by_its_french_english_or_own_name(typed: str) -> None:
    assert find_languages(typed)[0] == "rn"


@pytest.mark.parametrize(("typed", "code"), [
    ("swahili", "sw"), ("Kiswahili", "sw"), ("tigrigna", "ti"), ("Tigrinya", "ti"),
    ("ትግርኛ", "ti"), ("العربية", "ar"), ("arabe", "ar"), ("dari", "prs"), ("دری", "prs"),
    ("créole", "ht"), ("creole haitien", "ht"), ("Kreyòl", "ht"), ("persan", "fa"),
    ("فارسی", "fa"), ("ourdou", "ur"), ("español", "es"), ("espagnol", "es"),
    ("Deutsch", "de"), ("Ikinyarwanda", "rw"), ("lingala", "ln"), ("Pulaar", "ff"),
])
def test_a_language_is_found_in_any_of_its_names(typed: str, code: str) -> None:
    assert find_languages(typed)[0] == code
    if typed not in ("créole", "Kreyòl"):  # a part of its name only
        assert language_found(typed) == code


def test_the_usual_languages_come_first_and_the_lookup_can_be_narrowed() -> None:
    assert find_languages("arabe")[:2] == ["ar", "arq"]  # Arabic before its kinds
    assert find_languages("") == [] and find_languages("  ") == []
    assert find_languages("xyzzy") == []
    # « an »: anglais, English begin so; français, español hold it (usual order within)
    assert find_languages("an", codes=["fr", "en", "es"]) == ["en", "fr", "es"]
    assert find_languages("kirun", codes=["fr", "en"]) == []


def test_names_a_list_shows() -> None:
    assert language("rn", "fr").label == "roundi (Ikirundi)"
    assert language("rn", "en").label == "Rundi (Ikirundi)"
    assert language("fr", "fr").label == "français"  # no « français (français) »
    assert language("ar", "fr").label == "arabe (العربية)"
    choices = language_choices(in_language="fr")
    assert {found.code for found in choices} == set(language_codes())
    assert choices[0].code == "de"  # allemand: the usual ones first, in French order
    assert [found.code for found in language_choices(["es", "fr"], "fr")] == ["es", "fr"]


def test_a_name_typed_in_full_names_the_language() -> None:
    assert language_found("Ikirundi") == language_found("roundi") == "rn"
    assert language_found("Kiswahili") == language_found("SW") == "sw"
    assert language_found("klingon du nord") is None
    assert language_named("Ikirundi") == "rn"  # imports read a language's own name too
    assert language_named("Kiswahili") == "sw"


def test_a_notice_in_another_language_is_dated_in_it_when_babel_knows_it() -> None:
    assert locale_name("sw") == "sw"
    assert locale_name("fr") == "fr_CA" and locale_name("en") == "en_CA"
    assert locale_name("prs") == "fr_CA"  # no locale of its own: French
    assert locale_name("../x") == "fr_CA"


def test_the_own_names_file_is_the_one_babel_gives() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "language_names.py"),
                           "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
