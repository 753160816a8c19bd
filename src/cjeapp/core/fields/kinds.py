"""What the registry says of one column: its caption, its privacy class, how its value is
shown to a person and what destruction does with it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Privacy(StrEnum):
    """What a column holds about a person; destruction, the person's copy and the exchange
    read it."""

    IDENTITY = "identity"  # who the person is: names, MIFI number, gender, citizenship
    CONTACT = "contact"  # how to reach them: phone, e-mail, address, municipality
    SENSITIVE = "sensitive"  # what the funder's statistics keep, de-identified (sex, country…)
    CASE_NOTE = "case_note"  # free text written about them (notes, reasons, goals, answers)
    DERIVED = "derived"  # computed from other columns (a phone's digits, a name's sort key)
    TECHNICAL = "technical"  # the program's bookkeeping: keys, stamps, versions, links


class Shown(StrEnum):
    """How a value is shown to a person (the person's copy, the audit details, conflicts)."""

    TEXT = "text"  # as written
    IDENTIFIER = "identifier"  # a number that is a name (MIFI number, phone): always text
    CODE = "code"  # a code of a code list: its label
    WORDS = "words"  # one of the program's own values (a status): its words
    YES_NO = "yes_no"  # « oui » / « non »
    DATE = "date"
    MOMENT = "moment"  # a date and a time
    DURATION = "duration"  # minutes: « 15 min », « 2 h 15 »
    NUMBER = "number"
    MONEY = "money"
    COUNTRY = "country"  # an ISO 3166 code: the country's name
    LANGUAGE = "language"  # an ISO 639 code: the language's name
    STAFF = "staff"  # a staff member's id: their name
    NAMED = "named"  # another record's id that has a name (an office, a partner, an activity)
    MESSAGE = "message"  # a message id with its parameters: a sentence
    LINK = "link"  # another record's id: the copy's structure says it, never printed
    INTERNAL = "internal"  # never given to a person (a version, a search key, a digest)


class Erase(StrEnum):
    """What destruction does with a column of a destroyed person's records."""

    KEEP = "keep"
    ERASE = "erase"  # NULL, or an empty text where the column must hold one
    TO_YEAR = "to_year"  # a birth date: 1 January or 31 December of its year (same age on 31 March)
    TO_MONTH = "to_month"  # the first day of its month


@dataclass(frozen=True)
class Field:
    caption: str  # an English msgid of the core catalogue
    privacy: Privacy
    shown: Shown = Shown.TEXT
    codes: str | None = None  # CODE: the code list; WORDS: the words' table; NAMED: the table
    erase: Erase | None = None  # None: as the privacy class says
    derived_from: tuple[str, ...] = ()  # DERIVED: the columns it is computed from

    @property
    def erasure(self) -> Erase:
        if self.erase is not None:
            return self.erase
        if self.privacy in (Privacy.IDENTITY, Privacy.CONTACT, Privacy.CASE_NOTE,
                            Privacy.DERIVED):
            return Erase.ERASE
        return Erase.KEEP

    @property
    def given(self) -> bool:
        """Whether the person's copy (and the audit details) give this column at all."""
        return self.shown is not Shown.INTERNAL

    @property
    def printed(self) -> bool:
        """Whether a sentence of the readable copy says it (links are said by the layout)."""
        return self.shown not in (Shown.INTERNAL, Shown.LINK)


F = Field  # a short name for the tables of declarations
