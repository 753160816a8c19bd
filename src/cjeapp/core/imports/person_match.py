"""The file a row of services or attendance is about, among the files already there: the
one file that ``people.same_person``'s rule (the desk's and the people import's) says is
the row's person — by MIFI number, else by name with the birth date or the phone. The files
are read once into memory and indexed (MIFI number, name, birth date, phone), so 40,000
rows find their person in a second, not in 40,000 queries; the indexes only find the
candidates. A row that names nobody, or several people, is refused with what to add —
never attached to a guess."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.imports.rows import RowCells
from cjeapp.core.models import Client
from cjeapp.core.people.same_person import MIFI_NAME_LIKENESS
from cjeapp.core.people.same_person import Someone
from cjeapp.core.people.same_person import likeness
from cjeapp.core.people.same_person import same_person
from cjeapp.core.people.same_person import someone


@dataclass(frozen=True)
class KnownPerson:
    id: ClientId
    name: str
    birth: date | None
    category: str | None
    status: str | None
    arrival: date | None
    who: Someone


def _name_key(person: Someone) -> str:
    return person.name


class PersonIndex:
    def __init__(self) -> None:
        self.by_mifi: dict[str, KnownPerson] = {}
        self.by_name: dict[str, list[KnownPerson]] = {}
        self.by_birth: dict[date, list[KnownPerson]] = {}
        self.by_phone: dict[str, list[KnownPerson]] = {}

    @classmethod
    def of_database(cls, db: Database) -> PersonIndex:
        index = cls()
        with db.read_session() as session:
            for row in session.execute(select(
                    Client.id, Client.first_name, Client.last_name, Client.birth_date,
                    Client.immigration_category, Client.immigration_status,
                    Client.arrival_date, Client.mifi_client_number, Client.phone_digits)
                    .where(Client.deleted_at.is_(None), Client.destroyed_on.is_(None))):
                person = KnownPerson(row.id, f"{row.first_name} {row.last_name}",
                                     row.birth_date, row.immigration_category,
                                     row.immigration_status, row.arrival_date,
                                     someone(row.first_name, row.last_name, row.birth_date,
                                             row.phone_digits, row.mifi_client_number))
                if person.who.mifi:
                    index.by_mifi[person.who.mifi] = person
                index.by_name.setdefault(_name_key(person.who), []).append(person)
                if person.birth is not None:
                    index.by_birth.setdefault(person.birth, []).append(person)
                if person.who.phone:
                    index.by_phone.setdefault(person.who.phone, []).append(person)
        return index

    def find(self, cell: RowCells) -> tuple[KnownPerson | None, str, list[FieldError]]:
        """(the person, the name as the row writes it, why none was found)."""
        written = cell("full_name") or " ".join(
            part for part in (cell("first_name"), cell("last_name")) if part)
        mifi = "".join(cell("mifi_client_number").split())
        birth, birth_text = cell.day("birth_date")
        if birth_text and birth is None:
            return None, written, [FieldError("birth_date", msg(N_(
                "« {value} » is not a date: write it as 1990-05-31, 31/05/1990 or "
                "31 mai 1990."), value=birth_text))]
        row = someone(written, "", birth, cell("phone") or None, mifi or None)
        if mifi:
            person = self.by_mifi.get(mifi)
            if person is not None:
                if written and likeness(row, person.who) < MIFI_NAME_LIKENESS:
                    return None, written, [FieldError("mifi_client_number", msg(N_(
                        "MIFI number {number} is the file of {name}, not « {written} »: "
                        "correct the number or the name."),
                        number=mifi, name=person.name, written=written))]
                return person, written or person.name, []
            if not written:
                return None, mifi, [FieldError("mifi_client_number", msg(N_(
                    "No file has the MIFI number {number}: import the people first, or "
                    "correct the number."), number=mifi))]
        if not written:
            return None, "", [FieldError("full_name", msg(N_(
                "The row names nobody: write the person's name or MIFI number.")))]
        candidates = [*self.by_name.get(_name_key(row), []),
                      *(self.by_birth.get(birth, []) if birth is not None else []),
                      *(self.by_phone.get(row.phone, []) if row.phone else [])]
        found = list({person.id: person for person in candidates
                      if same_person(row, person.who).same}.values())
        if len(found) == 1:
            return found[0], written, []
        if not found:
            return None, written, [FieldError("full_name", msg(N_(
                "No file of « {name} »{born}: import the people first, or correct the name "
                "as the file writes it."), name=written,
                born=f" ({birth.isoformat()})" if birth else ""))]
        return None, written, [FieldError("full_name", msg(N_(
            "{count} files are named « {name} »: add the column of the date of birth or of "
            "the MIFI number so the row says which."), count=len(found), name=written))]
