"""The file's Historique in the reader's words: on the demo, every row of 50 persons'
Historique is a sentence in French and in English, never the program's own names, JSON or
True/False, and a code's label is in the reader's language, not the one of the day."""

from __future__ import annotations

import re

from sqlalchemy import select

from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.models import Client
from cjeapp.core.people.timeline import TimelineKind
from cjeapp.core.people.timeline import client_timeline
from cjeapp.core.staff import accounts

INSIDES = (re.compile(r'\{"'), re.compile(r"\{\w*\}"), re.compile(r"\b[a-z]+_[a-z_]+\b"),
           re.compile(r"\b(True|False|None)\b"))


def test_every_row_of_fifty_files_reads_as_a_sentence_in_both_languages(
        demo_db: Database) -> None:
    counsellor = accounts.sign_in(demo_db, "conseillere", "demo-conseil")
    with demo_db.read_session() as session:
        people = list(session.scalars(select(Client.id).order_by(Client.id).limit(50)))
    kinds: set[TimelineKind] = set()
    rows = 0
    for client_id in people:
        for entry in client_timeline(demo_db, counsellor, client_id):
            kinds.add(entry.kind)
            for language in ("fr", "en"):
                text = entry.summary.render(language)
                rows += 1
                assert text.strip(), entry
                for pattern in INSIDES:
                    assert not pattern.search(text), (language, entry.kind, text)
    assert rows > 500
    assert {TimelineKind.PLAN, TimelineKind.CONSENT, TimelineKind.SERVICE,
            TimelineKind.VISIT, TimelineKind.APPOINTMENT} <= kinds


def test_a_codes_label_is_in_the_readers_language(demo_db: Database) -> None:
    """Read while the program speaks French, shown to an English reader in English."""
    counsellor = accounts.sign_in(demo_db, "conseillere", "demo-conseil")
    services = codelist("service_types")
    with demo_db.read_session() as session:
        people = list(session.scalars(select(Client.id).order_by(Client.id).limit(50)))
    checked = 0
    for client_id in people:
        for entry in client_timeline(demo_db, counsellor, client_id):
            if entry.kind is not TimelineKind.SERVICE:
                continue
            english, french = entry.summary.render("en"), entry.summary.render("fr")
            assert any(code.labels["en"] in english for code in services.codes), english
            assert any(code.labels["fr"] in french for code in services.codes), french
            assert english.startswith("Service:") and french.startswith("Service :")
            checked += 1
    assert checked
