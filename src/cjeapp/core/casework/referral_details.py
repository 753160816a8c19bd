"""The person's details a MIFI referral e-mail gives on labelled lines ("Nom : BENALI
Khadija", "No client MIFI : 12345678", "Téléphone : 418 555-0123", "Date de naissance :
14 mars 1988", "Langues : arabe, français", "Interprète : dari"), found with where they sit
in the text, so the counsellor sees them highlighted and confirms them before they go
into the file.

Only labelled lines are read: a phone or an address anywhere else in an e-mail is as
likely the sender's signature as the person's. A value that does not read as its field
(a date that is not one, a number of the wrong length) is left out, not guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from cjeapp.core.search.normalize import words_key
from cjeapp.core.typed_dates import parse_date
from cjeapp.core.validation import phone_digits
from cjeapp.core.written_names import languages_in
from cjeapp.core.written_names import name_case
from cjeapp.core.written_names import split_full_name

_LABELS: dict[str, tuple[str, ...]] = {
    "first_name": ("prenom", "prenoms", "first name", "first names", "given name"),
    "last_name": ("nom de famille", "last name", "family name", "surname"),
    "family_or_whole_name": ("nom",),
    "name": ("nom complet", "client", "cliente", "personne", "personne referee",
             "name", "full name", "client name"),
    "birth_date": ("date de naissance", "ddn", "nee le", "ne le", "ne e le", "naissance",
                   "date of birth", "dob", "birth date", "born"),
    "arrival_date": ("date d arrivee", "date d arrivee au quebec", "arrivee au quebec",
                     "arrivee", "arrival date", "date of arrival", "arrived"),
    "mifi_client_number": ("no client mifi", "no de client mifi", "numero de client mifi",
                           "numero client mifi", "no client", "no de client",
                           "numero de client", "no mifi", "numero mifi", "id mifi",
                           "no de dossier mifi", "numero de dossier mifi", "dossier mifi",
                           "mifi client number", "mifi number", "client number"),
    "phone": ("telephone", "tel", "no de telephone", "numero de telephone", "cellulaire",
              "cell", "phone", "phone number", "mobile", "telephone cellulaire"),
    "email": ("courriel", "adresse courriel", "adresse electronique", "e mail", "email",
              "email address"),
    "languages": ("langue", "langues", "langues parlees", "langue parlee",
                  "langue maternelle", "language", "languages", "languages spoken"),
    "interpreter_language": ("interprete", "interprete requis", "besoin d interprete",
                             "besoin d un interprete", "interpreter",
                             "interpreter needed"),
}
_LINE = re.compile(r"^[ \t>*•-]*(?P<label>[^:\n：]{1,40}?)\s*[:：]\s*(?P<value>.+?)\s*$",
                   re.MULTILINE)
_PHONE = re.compile(r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGITS = re.compile(r"\d[\d ]{4,14}\d")
_NO = {"non", "no", "aucun", "aucune", "none", "n a"}


@dataclass(frozen=True)
class Found:
    field: str  # a ClientForm field: first_name, last_name, birth_date, languages…
    value: str | date | list[str]
    start: int  # where the value sits in the text, to highlight it
    end: int


_label_key = words_key


@cache
def _fields_by_label() -> dict[str, str]:
    return {label: field for field, labels in _LABELS.items() for label in labels}


def _read(field: str, value: str, start: int) -> list[Found]:
    end = start + len(value)
    if field in ("first_name", "last_name"):
        return [Found(field, name_case(value), start, end)]
    if field in ("name", "family_or_whole_name"):
        split = split_full_name(value) if "," not in value else None
        if split is not None:
            first, last = split
            return [Found("first_name", first, start, end), Found("last_name", last, start, end)]
        # « Nom : Benali » beside a « Prénom » line: the family name, as French forms mean
        # (« Nom : Khadija Benali » could be either order: left for the counsellor).
        return [Found("last_name", name_case(value), start, end)] \
            if field == "family_or_whole_name" and len(value.split()) == 1 else []
    if field in ("birth_date", "arrival_date"):
        day = parse_date(value)
        return [Found(field, day, start, end)] if day else []
    if field == "mifi_client_number":
        number = _DIGITS.search(value)
        digits = number.group().replace(" ", "") if number else ""
        if 6 <= len(digits) <= 12 and number:
            return [Found(field, digits, start + number.start(), start + number.end())]
        return []
    if field == "phone":
        phone = _PHONE.search(value)
        if phone and len(phone_digits(phone.group()) or "") == 10:
            return [Found(field, phone.group(), start + phone.start(), start + phone.end())]
        return []
    if field == "email":
        email = _EMAIL.search(value)
        return [Found(field, email.group(), start + email.start(), start + email.end())] \
            if email else []
    if field == "languages":
        codes = languages_in(value)[0]
        return [Found(field, codes, start, end)] if codes else []
    if field == "interpreter_language":
        if _label_key(value) in _NO:
            return []
        codes = languages_in(value)[0]
        return [Found(field, codes[0], start, end)] if codes else []
    return []


def details_in_text(text: str) -> list[Found]:
    """What the labelled lines of ``text`` say about the person, each field once (its
    first reading), in the order of the text."""
    found: list[Found] = []
    seen: set[str] = set()
    for line in _LINE.finditer(text):
        field = _fields_by_label().get(_label_key(line["label"]))
        if field is None:
            continue
        for detail in _read(field, line["value"], line.start("value")):
            if detail.field not in seen:
                seen.add(detail.field)
                found.append(detail)
    return found
