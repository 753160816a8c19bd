"""Who an incoming row may already be: a file in the database or an earlier row of the same
spreadsheet. The existing files are read once into memory (names folded, birth dates,
phones, MIFI numbers) and indexed, so 20,000 rows are compared in seconds, not in 60,000
queries: the indexes only find the candidates; whether a candidate is the same person is
``people.same_person``'s rule, the one the desk and the files of services use."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.models import Client
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.people.same_person import Someone
from cjeapp.core.people.same_person import Verdict
from cjeapp.core.people.same_person import same_person
from cjeapp.core.people.same_person import someone
from cjeapp.core.search.query import exact_words

NONE = Verdict(None)


@dataclass(frozen=True)
class Known:
    what: Message
    client_id: str | None  # None for an earlier row of the file
    person: Someone
    verdict: Verdict = NONE  # why a row may be this one (set when found)


class Duplicates:
    def __init__(self) -> None:
        self.by_mifi: dict[str, Known] = {}
        self.by_phone: dict[str, list[Known]] = defaultdict(list)
        self.by_birth: dict[date, list[Known]] = defaultdict(list)
        self.by_word_unborn: dict[str, list[Known]] = defaultdict(list)  # no birth date
        self.by_word: dict[str, list[Known]] = defaultdict(list)

    @classmethod
    def of_database(cls, db: Database) -> Duplicates:
        found = cls()
        with db.read_session() as session:
            rows = session.execute(select(Client.id, Client.first_name, Client.last_name,
                                          Client.birth_date, Client.phone_digits,
                                          Client.mifi_client_number)
                                   .where(Client.deleted_at.is_(None),
                                          Client.destroyed_on.is_(None)))
            for client_id, first, last, birth, phone, mifi in rows:
                what = (msg(N_("the file of {name}, born {born}"), name=f"{first} {last}",
                            born=birth.isoformat()) if birth else
                        msg(N_("the file of {name}"), name=f"{first} {last}"))
                found._index(Known(what, client_id, someone(first, last, birth, phone, mifi)),
                             last)
        return found

    def add_row(self, row: int, form: ClientForm) -> None:
        """Remember a row of the file, for the rows after it."""
        self._index(Known(msg(N_("row {row} of this file"), row=row), None, _someone(form)),
                    form.last_name)

    def _index(self, known: Known, last_name: str) -> None:
        person = known.person
        if person.mifi:
            self.by_mifi.setdefault(person.mifi, known)
        if person.phone:
            self.by_phone[person.phone].append(known)
        if person.birth is not None:
            self.by_birth[person.birth].append(known)
        for word in exact_words(last_name)[:1] or sorted(person.words)[:1]:
            self.by_word[word].append(known)
            if person.birth is None:
                self.by_word_unborn[word].append(known)

    def of(self, form: ClientForm) -> list[Known]:
        """What ``form`` may be a copy of (each once, the surest first), each with the
        rule's verdict."""
        person = _someone(form)
        candidates: list[Known] = []
        if person.mifi and person.mifi in self.by_mifi:
            candidates.append(self.by_mifi[person.mifi])
        candidates += self.by_phone.get(person.phone or "", [])
        if person.birth is not None:
            candidates += self.by_birth.get(person.birth, [])
        # The same name where a birth date is missing on one side (only those files are
        # looked at when the row has one: a common surname is many files).
        namesakes = self.by_word if person.birth is None else self.by_word_unborn
        for word in exact_words(form.last_name)[:1] or sorted(person.words)[:1]:
            candidates += namesakes.get(word, [])
        found: list[Known] = []
        seen: set[int] = set()
        for known in candidates:
            if id(known) in seen:
                continue
            seen.add(id(known))
            verdict = same_person(person, known.person)
            if verdict.same:
                found.append(Known(known.what, known.client_id, known.person, verdict))
                if len(found) == 3:
                    break
        return found


def _someone(form: ClientForm) -> Someone:
    return someone(form.first_name, form.last_name, form.birth_date, form.phone,
                   form.mifi_client_number)
