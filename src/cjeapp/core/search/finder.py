"""Instant search of people, and likely duplicates before a new file is created.

The same query on both engines, written for each in this one place: SQLite's FTS5 index
(MATCH, joined on the row id) and the server's ``tsvector`` columns (``@@`` a tsquery per
word, joined on the client's id)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace
from datetime import date

from sqlalchemy import text

from cjeapp.core.db.database import Database
from cjeapp.core.i18n import Message
from cjeapp.core.ids import ClientId
from cjeapp.core.people.same_person import reason_sentence
from cjeapp.core.people.same_person import same_person
from cjeapp.core.people.same_person import someone
from cjeapp.core.people.same_person import ten_digits
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.search.query import Term
from cjeapp.core.search.query import exact_words
from cjeapp.core.search.query import parse
from cjeapp.core.search.query import tsquery


@dataclass(frozen=True)
class ClientHit:
    """A search result, with the fields that tell homonyms apart."""

    id: ClientId
    first_name: str
    last_name: str
    other_names: str | None
    birth_date: date | None
    municipality: str | None
    counsellor: str | None
    phone: str | None
    mifi_client_number: str | None
    reason: str = ""  # for duplicates: people.same_person's reason ("mifi", "phone"…)

    @property
    def display_name(self) -> str:
        return f"{self.last_name}, {self.first_name}"

    @property
    def why(self) -> Message | None:
        """For a duplicate, why it may be the same person (a sentence)."""
        return reason_sentence(self.reason) if self.reason else None


_COLUMNS = ("c.id, c.first_name, c.last_name, c.other_names, c.birth_date, c.municipality, "
            "u.full_name, c.phone, c.mifi_client_number")
_FROM = ("FROM client_search AS s JOIN clients AS c ON c.rowid = s.rowid "
         "LEFT JOIN users AS u ON u.id = c.assigned_counsellor_id ")
# The first matches in French order from the index alone (it holds only live files, with
# their sort key), then those people: left to itself the planner walks the whole list in
# sort order, filtering (ten times slower on 20,000 people when the matches sit late in the
# alphabet), or joins every match before sorting.
_SERVER_FOUND = ("WITH found AS MATERIALIZED (SELECT s.client_id FROM client_search AS s "
                 "WHERE {where} ORDER BY s.sort_key, s.client_id LIMIT :limit) ")
_SERVER_FROM = ("FROM found JOIN clients AS c ON c.id = found.client_id "
                "LEFT JOIN users AS u ON u.id = c.assigned_counsellor_id ")


def _on_server(db: Database) -> bool:
    return db.engine.dialect.name != "sqlite"


def _server_where(terms: tuple[Term, ...], params: dict[str, object]) -> str:
    """Every term, each in its part of the index (its weight), as one tsquery: the GIN
    index answers them all at once."""
    params["query"] = " & ".join(tsquery(term) for term in terms)
    return "s.document @@ to_tsquery('simple', :query)"


def _hit(row: tuple[object, ...], reason: str = "") -> ClientHit:
    birth = row[4]
    return ClientHit(
        id=ClientId(str(row[0])), first_name=str(row[1]), last_name=str(row[2]),
        other_names=row[3] if isinstance(row[3], str) else None,
        birth_date=date.fromisoformat(birth) if isinstance(birth, str)
        else birth if isinstance(birth, date) else None,
        municipality=row[5] if isinstance(row[5], str) else None,
        counsellor=row[6] if isinstance(row[6], str) else None,
        phone=row[7] if isinstance(row[7], str) else None,
        mifi_client_number=row[8] if isinstance(row[8], str) else None, reason=reason)


def search_clients(db: Database, actor: Actor, query: str, *, limit: int = 50) -> list[ClientHit]:
    """People matching ``query``, in French alphabetical order (at most ``limit``)."""
    actor.require(Permission.CLIENT_READ)
    parsed = parse(query)
    if parsed.is_empty:
        return []
    params: dict[str, object] = {"limit": limit}
    if _on_server(db):
        sql = text(_SERVER_FOUND.format(where=_server_where(parsed.terms, params))
                   + f"SELECT {_COLUMNS} {_SERVER_FROM} WHERE c.deleted_at IS NULL "
                   "ORDER BY c.sort_key, c.id LIMIT :limit")
    else:
        params["match"] = parsed.match
        sql = text(f"SELECT {_COLUMNS} {_FROM} WHERE client_search MATCH :match "
                   "AND c.deleted_at IS NULL ORDER BY c.sort_key, c.id LIMIT :limit")
    with db.engine.connect() as connection:
        rows = connection.execute(sql, params).all()
    return [_hit(tuple(row)) for row in rows]


def likely_duplicates(db: Database, actor: Actor, *, first_name: str, last_name: str,
                      birth_date: date | None = None, phone: str | None = None,
                      mifi_client_number: str | None = None,
                      limit: int = 10) -> list[ClientHit]:
    """Existing files that may be the same person, by ``people.same_person``'s rule (the
    imports' too): the search index finds the candidates — the same MIFI number, all the
    words of the name, the same date of birth with a word of the name, the same phone —
    and the rule says which are the same person, and why."""
    actor.require(Permission.CLIENT_READ)
    typed = someone(first_name, last_name, birth_date, phone, mifi_client_number)
    words = exact_words(f"{first_name} {last_name}")
    candidates: dict[str, ClientHit] = {}
    server = _on_server(db)
    with db.engine.connect() as connection:
        def run(match: str, server_where: str, params: dict[str, object]) -> None:
            if server:
                sql = text(_SERVER_FOUND.format(where=server_where)
                           + f"SELECT {_COLUMNS} {_SERVER_FROM} WHERE c.deleted_at IS NULL "
                           "ORDER BY c.sort_key LIMIT :limit")
            else:
                sql = text(f"SELECT {_COLUMNS} {_FROM} WHERE client_search MATCH :match "
                           "AND c.deleted_at IS NULL ORDER BY c.sort_key LIMIT :limit")
            for row in connection.execute(sql, {**params, "match": match, "limit": limit}):
                candidates.setdefault(str(row[0]), _hit(tuple(row)))

        if typed.mifi and typed.mifi.isdigit():
            run(f'contact : "{typed.mifi}"', "s.document @@ to_tsquery('simple', :mifi)",
                {"mifi": f"{typed.mifi}:B"})
        if words:
            run("names : (" + " AND ".join(f'"{w}"' for w in words) + ")",
                "s.document @@ to_tsquery('simple', :all_names)",
                {"all_names": " & ".join(f"{w}:A" for w in words)})
        if birth_date is not None and words:
            run(f'contact : "{birth_date:%Y%m%d}" AND names : ('
                + " OR ".join(f'"{w}"' for w in words) + ")",
                "s.document @@ to_tsquery('simple', :born)",
                {"born": f"{birth_date:%Y%m%d}:B & (" + " | ".join(f"{w}:A" for w in words)
                 + ")"})
        digits = ten_digits(phone)
        if digits:
            run(f'contact : "{digits}"', "s.document @@ to_tsquery('simple', :phone)",
                {"phone": f"{digits}:B"})
    found: list[ClientHit] = []
    for hit in candidates.values():
        verdict = same_person(typed, someone(hit.first_name, hit.last_name, hit.birth_date,
                                             hit.phone, hit.mifi_client_number))
        if verdict.reason is not None:
            found.append(replace(hit, reason=verdict.reason))
    return found[:limit]


def client_names(db: Database, actor: Actor, client_ids: set[str]) -> dict[str, str]:
    """"First Last" of each id (for lists of problems, registers...)."""
    actor.require(Permission.CLIENT_READ)
    if not client_ids:
        return {}
    from sqlalchemy import select

    from cjeapp.core.models import Client

    with db.read_session() as session:
        rows = session.execute(select(Client.id, Client.first_name, Client.last_name)
                               .where(Client.id.in_(list(client_ids))))
        return {ident: f"{first} {last}" for ident, first, last in rows}
