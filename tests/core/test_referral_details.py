"""What a MIFI referral e-mail says about the person, read from its labelled lines only,
with where each value sits (to highlight it), and nothing guessed."""

from __future__ import annotations

from datetime import date

from cjeapp.core.casework.referral_details import details_in_text

EMAIL = """\
Bonjour,

Voici une nouvelle référence pour votre organisme.

Nom : BENALI Khadija
No client MIFI : 1234 5678
Date de naissance : 14 mars 1988
Date d'arrivée au Québec : 2026-11-02
Téléphone : (418) 555-0123
Courriel : khadija.benali@courriel.example
Langues parlées : arabe, français et kabyle
Interprète : oui, arabe

Besoins : logement, garderie, carte RAMQ, NAS.

Merci,
Julie Tremblay, agente d'aide à l'intégration
Tél. : 418 644-0000 · julie.tremblay@mifi.example
"""


def test_each_labelled_detail_is_read_with_where_it_sits() -> None:
    found = {detail.field: detail for detail in details_in_text(EMAIL)}
    assert {field: detail.value for field, detail in found.items()} == {
        "first_name": "Khadija", "last_name": "Benali",
        "mifi_client_number": "12345678", "birth_date": date(1988, 3, 14),
        "arrival_date": date(2026, 11, 2), "phone": "(418) 555-0123",
        "email": "khadija.benali@courriel.example", "languages": ["ar", "fr", "kab"],
        "interpreter_language": "ar"}
    assert EMAIL[found["phone"].start:found["phone"].end] == "(418) 555-0123"
    assert EMAIL[found["birth_date"].start:found["birth_date"].end] == "14 mars 1988"
    assert EMAIL[found["mifi_client_number"].start:found["mifi_client_number"].end] == \
        "1234 5678"


def test_the_senders_signature_is_not_taken_for_the_person() -> None:
    found = {detail.field: detail.value for detail in details_in_text(EMAIL)}
    assert found["phone"] == "(418) 555-0123"  # not the agent's « Tél. » below
    assert "mifi.example" not in str(found["email"])


def test_an_english_referral_and_french_form_labels() -> None:
    text = ("Client name: Oleksandr SHEVCHENKO\nDate of birth: March 5, 1990\n"
            "Phone number: 1-819-555-0199\nLanguages spoken: Ukrainian / Russian\n"
            "Interpreter: no\n")
    found = {detail.field: detail.value for detail in details_in_text(text)}
    assert found == {"first_name": "Oleksandr", "last_name": "Shevchenko",
                     "birth_date": date(1990, 3, 5), "phone": "1-819-555-0199",
                     "languages": ["uk", "ru"]}
    form = "Prénom : Zahra\nNom : Karimi\nNé(e) le : 02/01/1995\nInterprète : dari\n"
    found = {detail.field: detail.value for detail in details_in_text(form)}
    assert found == {"first_name": "Zahra", "last_name": "Karimi",
                     "birth_date": date(1995, 1, 2), "interpreter_language": "prs"}


def test_what_does_not_read_as_its_field_is_left_out() -> None:
    text = ("Nom : Khadija Benali\nNo client MIFI : à venir\nDate de naissance : 1988\n"
            "Téléphone : 555-01\nCourriel : pas de courriel\nLangues : klingonien\n"
            "Elle habite au 12, rue Notre-Dame, tél 418 555-0000.\n")
    assert details_in_text(text) == []
    assert details_in_text("") == []
