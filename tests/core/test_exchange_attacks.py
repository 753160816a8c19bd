"""A laptop proves who it is, never what it may do (issue 33): its counsellor, holding the
laptop's own database and signing key, crafts what the office receives. Each attack is
refused where the data lives — nothing changed at the office, no traceback, nothing of a
person on stderr — the refusal listed for the coordinator, and the laptop told."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy import text

from cjeapp.core.db import migrate
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.exchange import packages
from cjeapp.core.exchange.conflicts import KEEP_OFFICE
from cjeapp.core.exchange.conflicts import TAKE_LAPTOP
from cjeapp.core.exchange.conflicts import list_conflicts
from cjeapp.core.exchange.conflicts import resolve_conflict
from cjeapp.core.exchange.packages import FORMAT
from cjeapp.core.exchange.packages import last_seq
from cjeapp.core.exchange.packages import own_replica
from cjeapp.core.exchange.rows import content_columns
from cjeapp.core.exchange.rows import read_rows
from cjeapp.core.exchange.sealing import BadExchangeFile
from cjeapp.core.exchange.sealing import seal
from cjeapp.core.findings.listing import list_findings
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import Replica
from cjeapp.core.models import User
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from tests.core.exchange_world import Laptop
from tests.core.exchange_world import client_row
from tests.core.exchange_world import down
from tests.core.exchange_world import edit
from tests.core.exchange_world import make_laptop
from tests.core.exchange_world import up

PHONE = "418 335-0802"


@pytest.fixture
def helene(db: Database, staff: dict[str, Actor]) -> ClientId:
    return clients.create_client(db, staff["reception"], ClientForm(
        first_name="Hélène", last_name="Côté-Bélanger", phone=PHONE,
        birth_date=date(1988, 3, 14), municipality="Thetford Mines",
        assigned_counsellor_id=staff["counsellor"].user_id)).id


@pytest.fixture
def omar(db: Database, staff: dict[str, Actor]) -> ClientId:
    """Another counsellor's person: not in the laptop's share."""
    return clients.create_client(db, staff["reception"], ClientForm(
        first_name="Omar", last_name="Haddad", assigned_counsellor_id=staff["director"].user_id)).id


@pytest.fixture
def laptop(db: Database, staff: dict[str, Actor], helene: ClientId, omar: ClientId,
           tmp_path: Path) -> Iterator[Laptop]:
    made = make_laptop(db, staff["coordinator"], staff["counsellor"], tmp_path)
    yield made
    made.db.close()


def crafted(laptop: Laptop, rows: list[tuple[str, dict[str, Any]]],
            payload_rows: Any = None) -> bytes:
    """A file signed with the laptop's own key, as its counsellor could write one."""
    with laptop.db.engine.begin() as connection:
        me = connection.execute(select(Replica.__table__).where(Replica.is_self.is_(True))).first()
        hub = connection.execute(select(Replica.__table__).where(Replica.is_hub.is_(True))).first()
        assert me is not None and hub is not None
        upto = last_seq(connection) + 1_000
        connection.execute(text("UPDATE exchange_replicas SET files_sent = files_sent + 1 "
                                "WHERE id = :id"), {"id": hub.id})
        number = hub.files_sent + 1
    payload = {"format": FORMAT, "schema": migrate.head_revision(), "upto": upto,
               "since": hub.acked_seq, "ack": hub.received_seq,
               "rows": payload_rows if payload_rows is not None else [
                   {"t": name, "id": row["id"], "seq": upto, "row": row} for name, row in rows]}
    return seal({"sender": me.id, "recipient": hub.id, "file": number},
                json.dumps(payload).encode("utf-8"), sign_private=me.sign_private or "",
                recipient_box_public=hub.box_public)


def laptop_row(laptop: Laptop, name: str, row_id: str) -> dict[str, Any]:
    with laptop.db.engine.connect() as connection:
        return dict(read_rows(connection, name, [row_id])[row_id])


def office_rows(db: Database) -> dict[str, Any]:
    """Everything an attack could change at the office, to compare before and after."""
    with db.engine.connect() as connection:
        found = {}
        for name in ("users", "settings", "clients", "service_records", "offices",
                     "organizations"):
            found[name] = sorted(tuple(str(value) for value in row) for row in connection.execute(
                text(f"SELECT * FROM {name}")))
        return found


def test_a_counsellor_who_makes_themself_director_on_their_laptop_stays_a_counsellor(
        db: Database, staff: dict[str, Actor], laptop: Laptop,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The evidence: raw SQL on the laptop's own database, then an ordinary exchange."""
    counsellor, director = staff["counsellor"].user_id, staff["director"].user_id
    with laptop.db.engine.begin() as connection:
        connection.execute(text("UPDATE users SET role = 'director' WHERE id = :id"),
                           {"id": counsellor})
        connection.execute(text("UPDATE users SET role = 'reception', privacy_officer = 1 "
                                "WHERE id = :id"), {"id": director})
        connection.execute(text("UPDATE settings SET value = '\"forged\"' WHERE key = "
                                "(SELECT min(key) FROM settings)"))
    settings_before = office_rows(db)["settings"]
    done = up(laptop, db, staff["coordinator"])
    assert done.refused >= 2
    with db.read_session() as session:
        roles = {user.id: user.role for user in session.scalars(select(User))}
    assert roles[counsellor] == "counsellor" and roles[director] == "director"
    assert office_rows(db)["settings"] == settings_before
    assert accounts.sign_in(db, "director", "director-password").role.value == "director"
    refused = [c for c in list_conflicts(db, staff["coordinator"]) if c.kind == "refused"]
    assert refused and all(c.reason for c in refused)
    with pytest.raises(CjeError):
        resolve_conflict(db, staff["coordinator"], refused[0].id, TAKE_LAPTOP)
    told = down(laptop, db, staff["coordinator"])
    assert told.refused == len(refused) and told.refusals
    with laptop.db.read_session() as session:  # the office's version replaced the forgery
        assert session.get(User, counsellor).role == "counsellor"  # type: ignore[union-attr]
        assert session.get(User, director).role == "director"  # type: ignore[union-attr]
    for conflict in refused:
        resolve_conflict(db, staff["coordinator"], conflict.id, KEEP_OFFICE)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "Hélène" not in captured.err


def test_the_counsellors_own_password_change_on_the_laptop_is_no_refusal(
        db: Database, staff: dict[str, Actor], laptop: Laptop) -> None:
    """Changing one's own password is allowed at the office too: not refused, not listed
    (the office's sign-in still goes by its own key file or, on the server, this hash)."""
    accounts.change_own_password(laptop.db, laptop.actor, "counsellor-password",
                                 "un-nouveau-mot-de-passe-2026")
    assert up(laptop, db, staff["coordinator"]).refused == 0
    assert not [c for c in list_conflicts(db, staff["coordinator"]) if c.kind == "refused"]
    with db.read_session() as session:
        account = session.get(User, staff["counsellor"].user_id)
        assert account is not None and account.role == "counsellor"


@pytest.mark.parametrize("change", [
    {"birth_date": "2026-02-30"},  # an impossible date
    {"first_name": None},  # a name that may not be empty
    {"office_id": "00000000-0000-0000-0000-000000000000"},  # an office that does not exist
    {"first_name": "H" * 5_000_000},  # far beyond the column
    {"sex": "Q"},  # a code that does not exist
    {"first_name": "Hél\x00ène"},  # a control character
    {"phone": 4183350802},  # a number where a text goes
    {"deleted_at": "2026-12-01T10:00:00+00:00"},  # a file deleted without the right to
    {"updated_at": "10h"},  # a time that is not a time
], ids=["date", "null", "office", "long", "code", "control", "type", "delete", "time"])
def test_a_hostile_value_is_refused_and_the_rest_of_the_file_applies(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop,
        change: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    edit(laptop.db, laptop.actor, helene, municipality="Disraeli")
    genuine = packages.export_changes(laptop.db, laptop.actor, _hub_id(laptop))
    packages.import_changes(db, staff["coordinator"], genuine.data)
    before = office_rows(db)
    row = {**laptop_row(laptop, "clients", helene), **change}
    done = packages.import_changes(db, staff["coordinator"], crafted(laptop, [("clients", row)]))
    assert done.refused == 1 and done.applied == 0
    assert office_rows(db) == before
    assert client_row(db, helene).municipality == "Disraeli"
    listed = [c for c in list_conflicts(db, staff["coordinator"]) if c.kind == "refused"]
    assert len(listed) == 1 and listed[0].person == "Hélène Côté-Bélanger"
    assert PHONE not in listed[0].reason and "H" * 50 not in listed[0].reason
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and PHONE not in captured.err + captured.out


def test_rows_outside_the_share_and_forged_conflicts_are_refused(
        db: Database, staff: dict[str, Actor], helene: ClientId, omar: ClientId,
        laptop: Laptop) -> None:
    service_row: dict[str, Any] = {name: None for name in content_columns("service_records")}
    service_row.update(id="11111111-1111-4111-8111-111111111111", client_id=omar,
                       service_type="housing_search", delivered_on="2026-11-20",
                       created_at="2026-11-20T10:00:00", updated_at="2026-11-20T10:00:00")
    forged_conflict: dict[str, Any] = {
        name: None for name in content_columns("exchange_conflicts")}
    forged_conflict.update(id="22222222-2222-4222-8222-222222222222", kind="field",
                           table_name="users", row_id=str(staff["counsellor"].user_id),
                           field="role", replica_id=laptop.replica_id,
                           hub_value='"counsellor"', other_value='"director"',
                           created_at="2026-11-20T10:00:00", updated_at="2026-11-20T10:00:00")
    before = office_rows(db)
    try:
        done = packages.import_changes(db, staff["coordinator"], crafted(
            laptop, [("service_records", service_row), ("exchange_conflicts", forged_conflict)]))
    except BadExchangeFile:
        done = None  # a row of another shape: the file refused whole is as good
    assert office_rows(db) == before
    if done is not None:
        assert done.refused == 2
    assert not any(c.kind == "field" and c.field == "role"
                   for c in list_conflicts(db, staff["coordinator"]))


def test_a_file_whose_rows_are_not_a_list_is_refused_whole_and_the_next_genuine_one_applies(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop) -> None:
    hostile = crafted(laptop, [], payload_rows={"clients": "everything"})
    with pytest.raises(BadExchangeFile):
        packages.import_changes(db, staff["coordinator"], hostile)
    with laptop.db.engine.begin() as connection:  # the laptop's next file takes that number
        connection.execute(text("UPDATE exchange_replicas SET files_sent = files_sent - 1 "
                                "WHERE is_hub"))
    edit(laptop.db, laptop.actor, helene, municipality="Adstock")
    assert up(laptop, db, staff["coordinator"]).applied == 1
    assert client_row(db, helene).municipality == "Adstock"


def test_a_file_that_opens_into_more_than_an_exchange_is_refused_within_the_memory_bound(
        db: Database, staff: dict[str, Actor], helene: ClientId, omar: ClientId,
        laptop: Laptop) -> None:
    """A compression bomb, a flood of rows of one table, a flood of refusals: each refused
    whole in a sentence, the office unchanged, and the import's memory bounded."""
    import tracemalloc

    before = office_rows(db)
    service: dict[str, Any] = {name: None for name in content_columns("service_records")}
    service.update(client_id=omar, service_type="housing_search", delivered_on="2026-11-20",
                   created_at="2026-11-20T10:00:00", updated_at="2026-11-20T10:00:00")
    refusals = [("service_records", {**service, "id": f"00000000-0000-4000-8000-{n:012d}"})
                for n in range(600)]
    flood = [{"t": "service_records", "id": f"{n}", "seq": 1, "row": {"id": f"{n}"}}
             for n in range(60_000)]
    bomb = [{"t": "clients", "id": "x", "seq": 1, "row": {"id": "x", "notes": " " * 60_000_000}}]
    for name, file in (("bomb", crafted(laptop, [], payload_rows=bomb)),
                       ("flood", crafted(laptop, [], payload_rows=flood)),
                       ("refusals", crafted(laptop, refusals))):
        tracemalloc.start()
        with pytest.raises(BadExchangeFile) as refused:
            packages.import_changes(db, staff["coordinator"], file)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert peak < 300_000_000, (name, peak)
        assert "nothing was changed" in str(refused.value).lower(), name
    assert office_rows(db) == before
    assert not [c for c in list_conflicts(db, staff["coordinator"]) if c.kind == "refused"]


CLIENT_COLUMNS = ("first_name", "last_name", "birth_date", "sex", "phone", "email",
                  "municipality", "postal_code", "arrival_date", "immigration_category",
                  "office_id", "assigned_counsellor_id", "household_id", "updated_at",
                  "deleted_at", "interpreter_needed", "region_code")
HOSTILE = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-2 ** 70, max_value=2 ** 70),
    st.floats(allow_nan=True), st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=0x20), max_size=5),
    st.sampled_from(["", "2026-02-30", "9999-12-31", "0001-01-01T00:00:00", "x" * 400,
                     "00000000-0000-0000-0000-000000000000", "$argon2id$forged"]),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(),
                                                         max_size=2))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(changes=st.dictionaries(st.sampled_from(CLIENT_COLUMNS), HOSTILE, min_size=1,
                               max_size=4))
def test_any_hostile_row_is_refused_in_a_sentence_or_admitted_valid(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop,
        changes: dict[str, Any]) -> None:
    """Whatever values a crafted row carries: the file is refused in a sentence, or the
    row refused and listed, or admitted with values the office's own checks accept."""
    row = {**laptop_row(laptop, "clients", helene), **changes}
    try:
        packages.import_changes(db, staff["coordinator"], crafted(laptop, [("clients", row)]))
    except CjeError as refused:
        assert str(refused)
    with db.read_session() as session:
        person = session.get(Client, helene)
        assert person is not None and person.deleted_at is None
        assert person.first_name and len(person.first_name) <= 100
    assert all(f.finding.kind != "unknown_code" for f in list_findings(db, staff["coordinator"]))


def _hub_id(laptop: Laptop) -> str:
    with laptop.db.read_session() as session:
        me = own_replica(session)
        hub = session.scalar(select(Replica).where(Replica.is_hub.is_(True)))
        assert hub is not None and me is not None
        return hub.id


T0 = "2026-11-20T10:00:00+00:00"


def _blank(name: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {column: None for column in content_columns(name)}
    row.update(created_at=T0, updated_at=T0, **values)
    return row


def _service(client_id: str, ident: str, **more: Any) -> dict[str, Any]:
    return _blank("service_records", id=ident, client_id=client_id, service_type="housing_search",
                  volet="1", delivered_on="2026-11-20", duration_minutes=30, mode="individual",
                  language="fr", **more)


def test_a_refused_row_sent_again_is_refused_again_and_never_reaches_the_laptop(
        db: Database, staff: dict[str, Actor], helene: ClientId, omar: ClientId,
        laptop: Laptop) -> None:
    """Found from outside: a refused row once made 'known' (a base written for it) was
    admitted when sent again, and another counsellor's person was taken over or sent."""
    coordinator = staff["coordinator"]
    row = _service(omar, "11111111-1111-4111-8111-111111111111")
    for attempt in (row, {**row, "notes": "encore"}):
        assert packages.import_changes(db, coordinator, crafted(
            laptop, [("service_records", attempt)])).refused == 1
    takeover = {**laptop_row(laptop, "clients", helene), "id": omar,
                "assigned_counsellor_id": str(staff["director"].user_id)}
    for assigned in (str(staff["director"].user_id), str(staff["counsellor"].user_id)):
        packages.import_changes(db, coordinator, crafted(
            laptop, [("clients", {**takeover, "assigned_counsellor_id": assigned})]))
    assert client_row(db, omar).assigned_counsellor_id == staff["director"].user_id
    down(laptop, db, coordinator)
    with laptop.db.read_session() as session:
        assert session.get(Client, omar) is None
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM service_records WHERE client_id "
                                       "= :id"), {"id": omar}).scalar() == 0


def test_references_authors_documents_and_conflicts_are_judged_too(
        db: Database, staff: dict[str, Actor], helene: ClientId, omar: ClientId,
        laptop: Laptop) -> None:
    """Another person's household named, another staff member's name as author, a
    document numbered in the office's series or a revocation undone, a conflict whose id
    is not its contents', the same id twice, a number past 64 bits: refused."""
    coordinator, director = staff["coordinator"], str(staff["director"].user_id)
    other_household = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Rania", last_name="Haddad",
        assigned_counsellor_id=staff["director"].user_id)).id
    with db.engine.begin() as connection:
        household = connection.execute(text("SELECT household_id FROM clients WHERE id = "
                                            ":id"), {"id": other_household}).scalar()
    rows = [
        ("service_records", _service(helene, "21111111-1111-4111-8111-111111111111",
                                     updated_by=director)),
        ("confidential_notes", _blank("confidential_notes", id="n1", client_id=helene,
                                      author_id=director, body="x")),
        ("issued_documents", _blank(
            "issued_documents", id="d1", number="2026-999999", verification_code="ABCD2345",
            kind="collection_notice", client_id=helene, language="fr", issued_at=T0,
            sha256="0" * 64)),
        ("exchange_conflicts", _blank(
            "exchange_conflicts", id="33333333-3333-4333-8333-333333333333", kind="field",
            table_name="clients", row_id=helene, field="phone", replica_id=laptop.replica_id,
            hub_value='"1"', other_value='"2"')),
    ]
    if household is not None:
        rows.append(("clients", {**laptop_row(laptop, "clients", helene),
                                 "household_id": household}))
    done = packages.import_changes(db, coordinator, crafted(laptop, rows))
    assert done.refused == len(rows) and done.applied == 0
    assert not [c for c in list_conflicts(db, coordinator) if c.kind == "field"]
    service = _service(helene, "41111111-1111-4111-8111-111111111111")
    for hostile in ([{"t": "service_records", "id": service["id"], "seq": 5, "row": service}] * 2,
                    [{"t": "service_records", "id": service["id"], "seq": 2 ** 70,
                      "row": service}]):
        with pytest.raises(BadExchangeFile):
            packages.import_changes(db, coordinator, crafted(laptop, [], payload_rows=hostile))


def test_an_activitys_rules_hold_for_a_laptops_enrolments_and_presences(
        db: Database, staff: dict[str, Actor], helene: ClientId, laptop: Laptop) -> None:
    """What the office's services refuse of an activity, a laptop's file cannot write
    either: an enrolment from a day to come or from before the activity began, a presence
    at a session not yet held, of a person not enrolled, or at a session held before the
    person was enrolled. A genuine presence in the same file applies."""
    from datetime import datetime
    from datetime import timedelta
    from decimal import Decimal

    from cjeapp.core import clock
    from cjeapp.core.clock import LOCAL_ZONE
    from cjeapp.core.groups import activities

    coordinator, counsellor = staff["coordinator"], staff["counsellor"]
    today = clock.today()
    activity = activities.create_activity(db, counsellor, kind="objectif_integration",
                                          title="Objectif Intégration", parts_required=3,
                                          capacity=None)

    def held(days: int) -> str:
        starts = datetime.combine(today + timedelta(days=days),
                                  datetime.min.time().replace(hour=9), LOCAL_ZONE)
        return activities.add_session(db, counsellor, activity.id, starts_at=starts,
                                      hours=Decimal(3), part_number=None).id

    early, late, coming = held(-10), held(-1), held(5)
    activities.enrol(db, counsellor, activity.id, helene, since=today - timedelta(days=3))
    other = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Amani", last_name="Niyonzima",
        assigned_counsellor_id=counsellor.user_id)).id

    def presence(ident: str, session: str, person: str) -> tuple[str, dict[str, Any]]:
        return ("attendance", _blank("attendance", id=ident, session_id=session,
                                     client_id=person, present=True))

    tomorrow = (datetime.combine(today + timedelta(days=1), datetime.min.time(), LOCAL_ZONE)
                .isoformat())
    long_ago = (datetime.combine(today - timedelta(days=400), datetime.min.time(), LOCAL_ZONE)
                .isoformat())
    refused_rows = [
        ("enrolments", _blank("enrolments", id="51111111-1111-4111-8111-111111111111",
                              activity_id=activity.id, client_id=other, status="enrolled",
                              enrolled_at=tomorrow, completed=False)),
        ("enrolments", _blank("enrolments", id="52222222-2222-4222-8222-222222222222",
                              activity_id=activity.id, client_id=other, status="enrolled",
                              enrolled_at=long_ago, completed=False)),
        presence("61111111-1111-4111-8111-111111111111", early, helene),  # before enrolment
        presence("62222222-2222-4222-8222-222222222222", coming, helene),  # not yet held
        presence("63333333-3333-4333-8333-333333333333", late, other),  # not enrolled
    ]
    genuine = presence("64444444-4444-4444-8444-444444444444", late, helene)
    # enrolled on the laptop and present at once: the file's enrolment is judged first
    newcomer = clients.create_client(db, staff["reception"], ClientForm(
        first_name="Nadia", last_name="Kabore", assigned_counsellor_id=counsellor.user_id)).id
    days_ago = (datetime.combine(today - timedelta(days=2), datetime.min.time(), LOCAL_ZONE)
                .isoformat())
    together = [("enrolments", _blank("enrolments", id="53333333-3333-4333-8333-333333333333",
                                      activity_id=activity.id, client_id=newcomer,
                                      status="enrolled", enrolled_at=days_ago, completed=False)),
                presence("65555555-5555-4555-8555-555555555555", late, newcomer)]
    done = packages.import_changes(db, coordinator, crafted(
        laptop, [*refused_rows, genuine, *together]))
    assert (done.refused, done.applied) == (len(refused_rows), 3)
    reasons = sorted(c.reason for c in list_conflicts(db, coordinator) if c.kind == "refused")
    assert len(reasons) == len(refused_rows)
    assert all("Amani" not in reason and "Hélène" not in reason for reason in reasons)
    with db.engine.connect() as connection:
        kept = connection.execute(text("SELECT id FROM attendance")).scalars().all()
        enrolled = connection.execute(text("SELECT client_id FROM enrolments")).scalars().all()
    assert sorted(kept) == ["64444444-4444-4444-8444-444444444444",
                            "65555555-5555-4555-8555-555555555555"]
    assert sorted(enrolled) == sorted([helene, newcomer])
    # A row the office already holds for a session before the enrolment may still be
    # corrected (its presence only), as the office's own screen allows; a new one may not.
    from cjeapp.core.exchange.activity_rules import attendance_problem

    row = {"session_id": early, "client_id": helene, "present": False}
    with db.engine.connect() as connection:
        assert attendance_problem(connection, row, lambda column: column == "present") is None
        assert attendance_problem(connection, row, lambda column: True) is not None
