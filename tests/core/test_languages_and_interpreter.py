"""Languages from the whole ISO 639 list (Dari, Kinyarwanda, Urdu…), and whether a person
needs an interpreter, in which language."""

from __future__ import annotations

import pytest
from babel import Locale

from cjeapp.core.db.database import Database
from cjeapp.core.errors import ValidationError
from cjeapp.core.locale_format import language_codes
from cjeapp.core.locale_format import language_name
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor


def test_the_list_holds_the_languages_newcomers_speak_with_french_names() -> None:
    codes = language_codes()
    assert len(codes) > 500
    for code, french in (("prs", "dari"), ("rw", "kinyarwanda"), ("ur", "ourdou"),
                         ("ti", "tigrigna"), ("ff", "peul"), ("ht", "créole haïtien")):
        assert code in codes
        assert language_name(code, "fr") == french
    assert language_name("prs", "en") == "Dari"
    assert not {"und", "zxx", "mul", "en_CA", "fr-CA"} & codes
    named = Locale.parse("en").languages
    assert all(code in named or code == "prs" for code in codes)  # each one has a name


def _form(**changes: object) -> ClientForm:
    base = {"first_name": "Zahra", "last_name": "Karimi", "sex": "F",
            "country_of_birth": "AF", "region_code": "12"}
    return ClientForm(**{**base, **changes})  # type: ignore[arg-type]


def test_an_interpreter_is_recorded_with_its_language(
        db: Database, staff: dict[str, Actor]) -> None:
    saved = clients.create_client(db, staff["reception"], _form(
        languages=["prs", "ps"], interpreter_needed=True, interpreter_language="prs"))
    client, languages = clients.open_client(db, staff["counsellor"], saved.id)
    assert sorted(languages) == ["prs", "ps"]
    assert client.interpreter_needed and client.interpreter_language == "prs"
    form = ClientForm.from_client(client, languages)
    form.interpreter_needed = False
    changed = clients.update_client(db, staff["counsellor"], saved.id, form, client.version)
    assert not changed.interpreter_needed and changed.interpreter_language is None


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"interpreter_needed": True}, "interpreter_language", "interpr"),
    ({"interpreter_needed": True, "interpreter_language": "dari"}, "interpreter_language",
     "dari"),
    ({"languages": ["fr", "xyzzy"]}, "languages", "xyzzy"),
])
def test_a_language_that_is_not_one_is_refused_in_words(
        db: Database, staff: dict[str, Actor], changes: dict[str, object], field: str,
        words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        clients.create_client(db, staff["reception"], _form(**changes))
    errors = {error.field: error.render() for error in refused.value.errors}
    assert words in errors[field].lower()
