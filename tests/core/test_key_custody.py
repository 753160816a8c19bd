"""Secrets on a need-to-know basis (issue 34, item 1): the case-notes key, the signing key and
the pseudonym key are sealed to those they are for. With the password of someone they are
not for and the raw SQLCipher file, nothing of them is found."""

from __future__ import annotations

import base64
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from cjeapp.core.custody import boxes
from cjeapp.core.custody import grants
from cjeapp.core.custody import keeping
from cjeapp.core.custody import notes_text
from cjeapp.core.custody import taking_up
from cjeapp.core.custody.held import HeldKeys
from cjeapp.core.custody.held import Secret
from cjeapp.core.db import sqlite_file
from cjeapp.core.db.database import Database
from cjeapp.core.db.keyring import keys_path
from cjeapp.core.db.keyring import load
from cjeapp.core.documents import paper_check
from cjeapp.core.errors import CjeError
from cjeapp.core.ids import ClientId
from cjeapp.core.models import ConfidentialNote
from cjeapp.core.models import KeyGrant
from cjeapp.core.models import KeyHolder
from cjeapp.core.models import Setting
from cjeapp.core.models import User
from cjeapp.core.people import clients
from cjeapp.core.people import notes
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import SYSTEM
from cjeapp.core.permissions import Actor
from cjeapp.core.reporting import keys
from cjeapp.core.staff import accounts
from cjeapp.core.unit_of_work import unit_of_work
from tests.databases import DIRECTOR

pytestmark = pytest.mark.sqlite_file("the raw SQLCipher file, read with a password's key")

NOTE = "Zénobie Quartz-Ulm a confié craindre pour sa sœur restée à Goma."


@pytest.fixture
def person(db: Database, staff: dict[str, Actor]) -> ClientId:
    return clients.create_client(db, staff["reception"], ClientForm(
        first_name="Zénobie", last_name="Quartz-Ulm",
        assigned_counsellor_id=staff["counsellor"].user_id)).id


def _raw_rows(db: Database, username: str, password: str) -> list[tuple[str, str, object]]:
    """Every value of every table, as whoever holds this password reads the file with
    SQLCipher and the database key their password unwraps (no program in between)."""
    key = load(keys_path(db.path)).unwrap_password(username, password)
    assert key is not None
    connection = sqlite_file.connect(db.path, key, readonly=True)
    try:
        found = []
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
        for name in tables:
            cursor = connection.execute(f'SELECT * FROM "{name}"')
            columns = [column[0] for column in cursor.description]
            for row in cursor.fetchall():
                found.extend((name, column, value) for column, value in zip(columns, row,
                                                                           strict=True))
        return found
    finally:
        connection.close()


def _forms(secret: bytes) -> list[bytes]:
    """A key as a file might hold it: raw, base64, hex."""
    return [secret, base64.b64encode(secret), secret.hex().encode(),
            base64.urlsafe_b64encode(secret).rstrip(b"=")]


def _appears(rows: list[tuple[str, str, object]], needles: list[bytes]) -> list[str]:
    hits = []
    for table, column, value in rows:
        if value is None:
            continue
        raw = value if isinstance(value, bytes) else str(value).encode("utf-8")
        if any(needle in raw for needle in needles):
            hits.append(f"{table}.{column}")
    return hits


def test_a_password_the_secrets_are_not_for_finds_no_note_and_no_key_in_the_raw_file(
        db: Database, staff: dict[str, Actor], person: ClientId) -> None:
    notes.add_note(db, staff["counsellor"], person, NOTE)
    counsellor, director = staff["counsellor"].keys, staff["director"].keys
    assert counsellor is not None and director is not None
    signing = counsellor.newest(Secret.SIGNING)
    pseudonym = director.newest(Secret.PSEUDONYM)
    notes_key = counsellor.newest(Secret.NOTES)
    assert signing and pseudonym and notes_key
    secrets = [*_forms(signing[2]), *_forms(pseudonym[2]), *_forms(notes_key[2])]
    for username, password in (("reception", "reception-password"),
                               ("admin", "admin-secret")):
        rows = _raw_rows(db, username, password)
        assert _appears(rows, [NOTE.encode(), "craindre pour sa sœur".encode()]) == []
        assert _appears(rows, secrets) == []
        # Their own key pair opens, and nothing is sealed to it.
        actor = accounts.sign_in(db, username, password)
        assert actor.keys is not None and actor.keys.keys == {}
        for grant in (row for row in rows if row[0] == "key_grants" and row[1] == "sealed"):
            for private in actor.keys.holders.values():
                assert boxes.open_sealed(private, str(grant[2]), b"any") is None
    # Whom they are for reads them: the note, in clear, and documents are signed.
    assert [note.body for note in notes.list_notes(db, staff["director"], person)] == [NOTE]
    reader = _raw_rows(db, "counsellor", "counsellor-password")
    sealed = [value for table, column, value in reader
              if table == "confidential_notes" and column == "body"]
    assert sealed and all(notes_text.is_sealed(str(value)) for value in sealed)


def test_the_program_refuses_reception_and_a_key_made_without_the_password(
        db: Database, staff: dict[str, Actor], person: ClientId) -> None:
    """Reception's actor holds nothing to sign or read with; an actor made without a
    password (a maintenance command's) writes no note."""
    with pytest.raises(CjeError, match="signing key"):
        keys.signing_key(staff["reception"])
    bare = replace(staff["counsellor"], keys=None)
    with pytest.raises(CjeError, match="case-notes key"):
        notes.add_note(db, bare, person, "Essai")
    with pytest.raises(CjeError, match="pseudonyms"):
        keys.Pseudonyms(staff["counsellor"])  # the funder's pseudonyms: the director's


def test_a_reset_password_opens_nothing_and_a_colleague_hands_the_keys_on_later(
        db: Database, staff: dict[str, Actor], person: ClientId) -> None:
    notes.add_note(db, staff["counsellor"], person, NOTE)
    coordinator = staff["coordinator"]
    accounts.reset_password(db, staff["administrator"], coordinator.user_id, "une-fois-9271",
                            second=DIRECTOR)
    with db.read_session() as session:
        assert session.scalars(select(KeyHolder).where(
            KeyHolder.user_id == coordinator.user_id,
            KeyHolder.deleted_at.is_(None))).all() == []
    # Whoever knows the one-time password: nothing is taken up under it.
    first = accounts.sign_in(db, "coordinator", "une-fois-9271")
    assert first.must_change_password and first.keys is None
    chosen = accounts.change_own_password(db, first, "une-fois-9271", "coordination-2027!")
    assert chosen.keys is not None and chosen.keys.newest(Secret.NOTES) is None
    assert [note.body for note in notes.list_notes(db, chosen, person)] == [None]
    with pytest.raises(CjeError, match="case-notes key"):
        notes.add_note(db, chosen, person, "Une nouvelle note.")
    # A colleague's sign-in alone hands nothing to a key pair nobody vouched for.
    counsellor = accounts.sign_in(db, "counsellor", "counsellor-password")
    assert [note.body for note in notes.list_notes(db, chosen, person)] == [None]
    waiting = keeping.waiting_for_keys(db, counsellor)
    assert [(one.full_name, one.role) for one in waiting] == [("Test coordinator",
                                                               "coordinator")]
    assert keeping.waiting_for_keys(db, staff["reception"]) == []  # holds nothing to give
    with pytest.raises(CjeError, match="vouches"):
        keeping.vouch_for(db, staff["reception"], waiting[0].holder_id)
    keeping.vouch_for(db, counsellor, waiting[0].holder_id)  # « Remettre les clés »
    again = accounts.sign_in(db, "coordinator", "coordination-2027!")
    assert [note.body for note in notes.list_notes(db, again, person)] == [NOTE]
    assert again.keys is not None and again.keys.newest(Secret.SIGNING) is not None


def test_someone_who_leaves_never_had_the_key_of_what_is_written_after(
        db: Database, staff: dict[str, Actor], person: ClientId) -> None:
    admin = staff["administrator"]
    made = accounts.create_staff(db, admin, username="nadia", full_name="Nadia Bensalem",
                                 role="counsellor", password="temporaire-4821",
                                 second=DIRECTOR)
    first = accounts.sign_in(db, "nadia", "temporaire-4821")
    nadia = accounts.change_own_password(db, first, "temporaire-4821", "nadia-mot-de-passe")
    counsellor = accounts.sign_in(db, "counsellor", "counsellor-password")
    for waiting in keeping.waiting_for_keys(db, counsellor):
        keeping.vouch_for(db, counsellor, waiting.holder_id)
    before = notes.add_note(db, staff["counsellor"], person, "Avant son départ.")
    # The counsellor's note was written after Nadia's key pair existed: handed on at once.
    nadia = accounts.sign_in(db, "nadia", "nadia-mot-de-passe")
    assert nadia.keys is not None
    kept: HeldKeys = nadia.keys  # what she could have copied before leaving
    assert [note.body for note in notes.list_notes(db, nadia, person)] == ["Avant son départ."]
    accounts.set_staff_active(db, admin, made.id, False)
    after = notes.add_note(db, staff["counsellor"], person, "Après son départ.")
    with db.read_session() as session:
        bodies = {row.id: row.body for row in session.scalars(select(ConfidentialNote))}
        withdrawn = session.scalars(select(KeyGrant).join(
            KeyHolder, KeyHolder.id == KeyGrant.holder_id).where(
            KeyHolder.user_id == made.id)).all()
    assert notes_text.key_of(bodies[after.id]) != notes_text.key_of(bodies[before.id])
    assert notes_text.open_note(kept, after.id, person, bodies[after.id]) is None
    assert notes_text.open_note(kept, before.id, person, bodies[before.id]) == \
        "Avant son départ."
    assert withdrawn and all(grant.deleted_at is not None and grant.sealed == ""
                             for grant in withdrawn)
    # Those who stay read both.
    assert sorted(note.body or "" for note in notes.list_notes(
        db, staff["director"], person)) == ["Après son départ.", "Avant son départ."]


def test_an_older_file_has_its_notes_and_keys_sealed_at_the_first_sign_in_of_a_reader(
        db: Database, admin: Actor) -> None:
    """A file from before (notes in clear, the signing and pseudonym keys in settings):
    the same keys, sealed; the settings emptied; nothing quoted in the log."""
    signer = Ed25519PrivateKey.generate()
    raw = signer.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                               serialization.NoEncryption())
    pseudonym = bytes(range(32))
    accounts.create_staff(db, admin, username="lea", full_name="Léa Tremblay",
                          role="director", password="temporaire-5512")
    with unit_of_work(db, SYSTEM) as uow:
        person = clients.create_client(db, admin, ClientForm(first_name="Ahmed",
                                                             last_name="Saleh")).id
        uow.add(Setting(key=keys.SIGNING_KEY, value=base64.b64encode(raw).decode()))
        uow.add(Setting(key=keys.PSEUDONYM_KEY, value=pseudonym.hex()))
        uow.add(ConfidentialNote(client_id=person, body="Écrit avant la mise à jour."))
    first = accounts.sign_in(db, "lea", "temporaire-5512")
    lea = accounts.change_own_password(db, first, "temporaire-5512", "lea-mot-de-passe")
    assert lea.keys is not None
    assert keys.signing_key(lea).private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption()) == raw
    assert keys.Pseudonyms(lea)(ClientId("x")) == _pseudonym(pseudonym, "x")
    assert keys.public_key_pem(db) == keys.pem_of(signer)
    assert [note.body for note in notes.list_notes(db, lea, person)] == [
        "Écrit avant la mise à jour."]
    rows = _raw_rows(db, "admin", "admin-secret")
    assert _appears(rows, [*_forms(raw), *_forms(pseudonym),
                           "Écrit avant la mise à jour.".encode()]) == []


def _pseudonym(key: bytes, client_id: str) -> str:
    import hashlib
    import hmac

    return hmac.new(key, client_id.encode(), hashlib.sha256).hexdigest()[:16]


def test_a_notice_key_signs_notices_only(db: Database, staff: dict[str, Actor],
                                         person: ClientId) -> None:
    """Reception signs the collection notice with a key every staff member holds; a QR it
    signs on anything else is refused as forged."""
    from datetime import date

    from cjeapp.core.documents import issuing

    issued = issuing.issue_collection_notice(db, staff["reception"], person)
    found = keys.load_public_keys(keys.public_keys_pem(db))
    assert len(found) == 2
    organization, notice = found
    with db.read_session() as session:
        value = session.scalar(select(Setting.value).where(Setting.key == keys.NOTICE_KEY))
    notice_private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(str(value)))
    qr = issued.document.number
    genuine = paper_check.qr_text(notice_private, qr, "ABCD", "collection_notice", "",
                                  "Zénobie Quartz-Ulm", date(2026, 12, 6))
    assert paper_check.check(genuine, organization, notice_key=notice).genuine
    forged = paper_check.qr_text(notice_private, "2026-9999", "ABCD",
                                 "attestation_services", "2026-04-01/2026-12-06",
                                 "Zénobie Quartz-Ulm", date(2026, 12, 6))
    assert not paper_check.check(forged, organization, notice_key=notice).genuine
    assert not paper_check.check(forged, organization, "attestation_services",
                                 notice_key=notice).genuine


def test_a_planted_public_key_is_not_believed_for_a_grant_it_cannot_open(
        db: Database, staff: dict[str, Actor]) -> None:
    """A sealed copy moved to another holder, generation or secret does not open."""
    counsellor = staff["counsellor"].keys
    assert counsellor is not None
    with db.read_session() as session:
        grant = session.scalars(select(KeyGrant).where(
            KeyGrant.holder_id.in_(list(counsellor.holders)),
            KeyGrant.secret == Secret.NOTES.value)).first()
        assert grant is not None
        private = counsellor.holders[grant.holder_id]
        right = grants.grant_context(grant.holder_id, grant.secret, grant.generation,
                                      grant.key_id)
        assert boxes.open_sealed(private, grant.sealed, right) is not None
        for wrong in (grants.grant_context(grant.holder_id, "signing", grant.generation,
                                            grant.key_id),
                      grants.grant_context(grant.holder_id, grant.secret,
                                            grant.generation + 1, grant.key_id)):
            assert boxes.open_sealed(private, grant.sealed, wrong) is None
        user = session.get(User, staff["counsellor"].user_id)
        assert user is not None


def test_every_reader_lost_the_notes_come_back_with_the_recovery_key(
        db: Database, staff: dict[str, Actor], person: ClientId) -> None:
    """The recovery key's key pair holds a sealed copy of each secret: when nobody who
    reads notes can open theirs any more, `recover` gives one of them a new password and
    the notes with it."""
    from cjeapp.core.staff import opening
    from tests.databases import recovery_of

    notes.add_note(db, staff["counsellor"], person, NOTE)
    with unit_of_work(db, SYSTEM) as uow:
        for role in ("counsellor", "coordinator", "director"):
            taking_up.let_go(uow, str(staff[role].user_id))
    path = db.path
    db.close()
    opening.recover(path, recovery_of(path), "counsellor", "nouveau-depart-2027")
    reopened, counsellor = opening.open_database(path, "counsellor", "nouveau-depart-2027")
    try:
        assert [note.body for note in notes.list_notes(reopened, counsellor, person)] == [NOTE]
        assert keys.signing_key(counsellor) is not None
    finally:
        reopened.close()


def test_a_key_planted_for_a_reader_is_not_believed(db: Database, staff: dict[str, Actor],
                                                    person: ClientId) -> None:
    """Reception, with the database key, seals a case-notes key of its own (a newer
    generation) and a signing key of its own to the counsellor's key pair, signed with a
    key of its own: the counsellor's program believes neither, and goes on writing notes
    under the organization's key (which reception does not hold)."""
    from cjeapp.core.models import KeyGrant as Grant

    with db.read_session() as session:
        holder = session.scalars(select(KeyHolder).where(
            KeyHolder.user_id == staff["counsellor"].user_id,
            KeyHolder.deleted_at.is_(None))).first()
        assert holder is not None
    planted_notes, planted_signer = boxes.new_secret(), Ed25519PrivateKey.generate()
    raw_signer = planted_signer.private_bytes(serialization.Encoding.Raw,
                                              serialization.PrivateFormat.Raw,
                                              serialization.NoEncryption())
    with unit_of_work(db, staff["reception"]) as uow:
        for secret, generation, key in (("notes", 999, planted_notes),
                                        ("signing", 1, raw_signer)):
            grant = Grant(holder_id=holder.id, secret=secret, generation=generation,
                          key_id=boxes.key_id(key), sealed=boxes.seal_to(
                              holder.public_key, key, grants.grant_context(
                                  holder.id, secret, generation, boxes.key_id(key))))
            grants.sign(grant, planted_signer)
            uow.add(grant)
    counsellor = accounts.sign_in(db, "counsellor", "counsellor-password")
    assert counsellor.keys is not None
    assert not counsellor.keys.has(Secret.NOTES, boxes.key_id(planted_notes))
    assert not counsellor.keys.has(Secret.SIGNING, boxes.key_id(raw_signer))
    written = notes.add_note(db, counsellor, person, NOTE)
    with db.read_session() as session:
        body = session.scalar(select(ConfidentialNote.body).where(
            ConfidentialNote.id == written.id))
    assert notes_text.key_of(str(body)) != boxes.key_id(planted_notes)
    assert keys.signing_key(counsellor).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw) != \
        grants.raw_public(planted_signer)


def test_notes_written_on_a_laptop_read_at_the_office_and_back(
        db: Database, staff: dict[str, Actor], person: ClientId, tmp_path: Path) -> None:
    """The laptop carries every key pair and sealed copy: its counsellor's password opens
    theirs there; a note sealed on the laptop opens at the office, and the other way."""
    from tests.core.exchange_world import down
    from tests.core.exchange_world import make_laptop
    from tests.core.exchange_world import up

    laptop = make_laptop(db, staff["coordinator"], staff["counsellor"], tmp_path)
    try:
        assert laptop.actor.keys is not None
        assert laptop.actor.keys.newest(Secret.NOTES) is not None
        written = notes.add_note(laptop.db, laptop.actor, person, "Vu à Disraeli.")
        up(laptop, db, staff["coordinator"])
        assert [note.body for note in notes.list_notes(db, staff["director"], person)] == [
            "Vu à Disraeli."]
        notes.add_note(db, staff["director"], person, "Rappel au bureau.")
        down(laptop, db, staff["coordinator"])
        assert sorted(note.body or "" for note in notes.list_notes(
            laptop.db, laptop.actor, person)) == ["Rappel au bureau.", "Vu à Disraeli."]
        with laptop.db.read_session() as session:
            body = session.scalar(select(ConfidentialNote.body).where(
                ConfidentialNote.id == written.id))
        assert body is not None and notes_text.is_sealed(body)
        # Keys are handed over at the office: a laptop's rows of them never go up.
        assert keeping.waiting_for_keys(laptop.db, laptop.actor) == []
        with pytest.raises(CjeError, match="office"):
            keeping.vouch_for(laptop.db, laptop.actor, "any")
    finally:
        laptop.db.close()


def _public_of(private: object) -> str:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    assert isinstance(private, X25519PrivateKey)
    return boxes.public_text(private)


def test_rows_written_with_the_database_key_win_no_secret(
        db: Database, staff: dict[str, Actor], person: ClientId) -> None:
    """What someone with reception's password and raw SQL writes — a key pair posing as the
    recovery key's, one in the director's name, their own role raised, a public key that
    cannot be used — is sealed nothing when readers sign in."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from sqlalchemy import text

    notes.add_note(db, staff["counsellor"], person, NOTE)
    with db.read_session() as session:
        own = session.scalar(select(KeyHolder.id).where(
            KeyHolder.user_id == staff["reception"].user_id))
    planted = {"recovery": X25519PrivateKey.generate(), "director": X25519PrivateKey.generate()}
    with db.engine.begin() as connection:
        for name, private in planted.items():
            connection.execute(text(
                "INSERT INTO key_holders (id, user_id, public_key, private_sealed, certificate,"
                " created_at, updated_at, version) VALUES (:id, :user, :public, '', '', "
                "'2026-12-06 10:00:00.000000', '2026-12-06 10:00:00.000000', 1)"),
                {"id": f"planted-{name}", "public": _public_of(private),
                 "user": None if name == "recovery" else staff["director"].user_id})
        connection.execute(text(
            "INSERT INTO key_holders (id, user_id, public_key, private_sealed, certificate, "
            "created_at, updated_at, version) VALUES ('zero', NULL, :zero, '', '', "
            "'2026-12-06 10:00:00.000000', '2026-12-06 10:00:00.000000', 1)"),
            {"zero": base64.b64encode(bytes(32)).decode()})
        connection.execute(text("UPDATE users SET role = 'director', privacy_officer = 1 "
                                "WHERE username = 'reception'"))
    for role in ("counsellor", "director", "coordinator"):
        accounts.sign_in(db, role, f"{role}-password")  # nothing fails, nothing is handed
    with db.read_session() as session:
        sealed_to = set(session.scalars(select(KeyGrant.holder_id).where(
            KeyGrant.deleted_at.is_(None))))
    assert sealed_to.isdisjoint({"planted-recovery", "planted-director", "zero", own})
    raised = accounts.sign_in(db, "reception", "reception-password")
    assert raised.keys is not None and raised.keys.keys == {}


def test_a_public_key_emptied_in_the_settings_is_put_back_and_never_replaced_by_the_notices(
        db: Database, staff: dict[str, Actor], person: ClientId) -> None:
    from sqlalchemy import update as sql_update

    from cjeapp.core.documents import issuing

    issuing.issue_collection_notice(db, staff["reception"], person)
    before = keys.public_key_pem(db)
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.execute(sql_update(Setting).where(Setting.key == "reporting.public_key")
                            .values(value=""))
    assert keys.public_keys_pem(db) == b""  # the notices' key alone is never given out
    accounts.sign_in(db, "counsellor", "counsellor-password")
    assert keys.public_key_pem(db) == before


def test_a_note_kept_in_clear_is_shown_as_not_sealed(
        db: Database, staff: dict[str, Actor], person: ClientId) -> None:
    with unit_of_work(db, SYSTEM) as uow:
        uow.add(ConfidentialNote(client_id=person, author_id=staff["counsellor"].user_id,
                                 body="Écrite hors du programme."))
    accounts.sign_in(db, "counsellor", "counsellor-password")  # not taken for a sealed one
    found = notes.list_notes(db, staff["counsellor"], person)
    assert [(note.body, note.sealed) for note in found] == [("Écrite hors du programme.",
                                                             False)]


def _raw(db: Database, statement: str, **params: object) -> None:
    """A row written with the database key, as anyone with a password may."""
    from sqlalchemy import text

    with db.engine.begin() as connection:
        connection.execute(text(statement), params)


def test_a_reader_whose_key_pair_vanishes_from_the_rows_still_believes_the_same_key(
        db: Database, staff: dict[str, Actor], person: ClientId) -> None:
    """Their key pair and every copy deleted, a key of the attacker's sealed to them and
    published, a key pair planted: the reader's pin lives in the key file under their
    password, so nothing the rows say makes them trust another key or make a new one."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    first = accounts.sign_in(db, "counsellor", "counsellor-password")
    assert first.keys is not None and first.keys.pinned is not None
    real = first.keys.pinned
    _raw(db, "UPDATE key_holders SET deleted_at = '2026-12-06 10:00:00.000000' "
             "WHERE user_id = :user", user=staff["counsellor"].user_id)
    _raw(db, "UPDATE key_grants SET deleted_at = '2026-12-06 10:00:00.000000'")
    again = accounts.sign_in(db, "counsellor", "counsellor-password")  # a new key pair
    assert again.keys is not None and again.keys.pinned == real
    assert again.keys.newest(Secret.SIGNING) is None  # no new organization key made
    with db.read_session() as session:
        holder = session.scalars(select(KeyHolder).where(
            KeyHolder.user_id == staff["counsellor"].user_id,
            KeyHolder.deleted_at.is_(None))).one()
        assert session.scalar(select(Setting.value).where(
            Setting.key == "reporting.public_key")) == keys.pem_of_public(real).decode()
    rogue = Ed25519PrivateKey.generate()
    raw_rogue = rogue.private_bytes(serialization.Encoding.Raw,
                                    serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
    with unit_of_work(db, staff["reception"]) as uow:
        grant = KeyGrant(holder_id=holder.id, secret="signing", generation=1,
                         key_id=boxes.key_id(raw_rogue), sealed=boxes.seal_to(
                             holder.public_key, raw_rogue, grants.grant_context(
                                 holder.id, "signing", 1, boxes.key_id(raw_rogue))))
        grants.sign(grant, rogue)
        uow.add(grant)
    _raw(db, "UPDATE settings SET value = :pem WHERE key = 'reporting.public_key'",
         pem=keys.pem_of(rogue).decode())
    planted = X25519PrivateKey.generate()
    _raw(db, "INSERT INTO key_holders (id, user_id, public_key, private_sealed, certificate, "
             "created_at, updated_at, version) VALUES ('planted', NULL, :public, '', '', "
             "'2026-12-06 10:00:00.000000', '2026-12-06 10:00:00.000000', 1)",
         public=_public_of(planted))
    third = accounts.sign_in(db, "counsellor", "counsellor-password")
    assert third.keys is not None and third.keys.pinned == real
    assert not third.keys.has(Secret.SIGNING, boxes.key_id(raw_rogue))
    with db.read_session() as session:
        assert session.scalars(select(KeyGrant).where(
            KeyGrant.holder_id == "planted")).all() == []
    # The program's own check of a paper believes the pinned key, not the settings' row.
    forged = paper_check.qr_text(rogue, "2026-000999", "ABCD", "attestation_services",
                                 "", "Zénobie Quartz-Ulm", clock_today())
    believed = keys.checking_keys(db, third)[0]
    assert not paper_check.check(forged, believed, "attestation_services").genuine


def clock_today() -> object:
    from cjeapp.core import clock

    return clock.today()


def test_a_role_confirmed_vouches_for_no_key_pair_nobody_vouched_for(
        db: Database, staff: dict[str, Actor]) -> None:
    """The administrator plants a key pair in the counsellor's name, then changes her role
    with the director confirming: the planted one is not certified (it waits, flagged)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    _raw(db, "INSERT INTO key_holders (id, user_id, public_key, private_sealed, certificate, "
             "created_at, updated_at, version) VALUES ('planted', :user, :public, '', '', "
             "'2026-12-06 10:00:00.000000', '2026-12-06 10:00:00.000000', 1)",
         user=staff["counsellor"].user_id, public=_public_of(X25519PrivateKey.generate()))
    accounts.change_staff_role(db, staff["administrator"], staff["counsellor"].user_id,
                               "coordinator", second=DIRECTOR)
    with db.read_session() as session:
        assert session.scalars(select(KeyGrant).where(
            KeyGrant.holder_id == "planted")).all() == []
    waiting = keeping.waiting_for_keys(db, staff["director"])
    assert [(row.holder_id, row.holds_keys) for row in waiting] == [("planted", True)]


def test_rows_no_one_could_have_written_through_the_program_stop_no_sign_in(
        db: Database, staff: dict[str, Actor]) -> None:
    """A role that does not exist, a public key in a form the program does not read, a
    hundred key pairs in a reader's name: readers still sign in."""
    from cryptography.hazmat.primitives.asymmetric import ec

    odd = ec.generate_private_key(ec.SECP256K1()).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    _raw(db, "UPDATE settings SET value = :pem WHERE key = 'reporting.public_key'",
         pem=odd.decode())
    _raw(db, "UPDATE users SET role = 'overlord' WHERE username = 'reception'")
    for number in range(100):
        _raw(db, "INSERT INTO key_holders (id, user_id, public_key, private_sealed, "
                 "certificate, created_at, updated_at, version) VALUES (:id, :user, "
                 "'AAAA', 'AAAA', '', '2020-01-01 10:00:00.000000', "
                 "'2020-01-01 10:00:00.000000', 1)",
             id=f"flood-{number}", user=staff["counsellor"].user_id)
    counsellor = accounts.sign_in(db, "counsellor", "counsellor-password")
    assert counsellor.keys is not None and counsellor.keys.newest(Secret.NOTES) is not None
    assert keys.public_key_pem(db) is not None  # put back by the signer


def test_a_reader_signing_in_stretches_the_password_once(
        db: Database, staff: dict[str, Actor], monkeypatch: pytest.MonkeyPatch) -> None:
    """The person's copy of the database key, the signing key they believe and their key
    pair share one salt: opening the file and taking up the keys cost one Argon2id."""
    from cjeapp.core.db import keyring as keyring_module
    from cjeapp.core.staff import opening

    path = db.path
    opening_again = accounts.sign_in(db, "counsellor", "counsellor-password")
    accounts.change_own_password(db, opening_again, "counsellor-password", "un-nouveau-2027")
    db.close()
    calls: list[bytes] = []
    real = keyring_module.hash_secret_raw

    def counted(*args: object, **kwargs: object) -> bytes:
        calls.append(b"")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keyring_module, "hash_secret_raw", counted)
    reopened, counsellor = opening.open_database(path, "counsellor", "un-nouveau-2027")
    try:
        assert counsellor.keys is not None and counsellor.keys.newest(Secret.NOTES)
        assert len(calls) == 1
    finally:
        reopened.close()
