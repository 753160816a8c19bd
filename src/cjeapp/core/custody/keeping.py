"""Taking up one's keys at sign-in, and handing them on to the colleagues they are for.

Every program that holds a secret looks after it when its person signs in (and before a
note is written): it seals it to each colleague it is for who lacks it, withdraws the
copies of those it is no longer for, and makes a new generation of the case-notes key when
one who held the newest has left. A secret is made (or moved out of the settings, where an
older version of the program kept it in clear) by the first person it is for who signs in.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import replace

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy import update
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.custody import boxes
from cjeapp.core.custody import grants as grants_mod
from cjeapp.core.custody import notes_text
from cjeapp.core.custody.held import HeldKeys
from cjeapp.core.custody.held import Secret
from cjeapp.core.db.database import Database
from cjeapp.core.ids import UserId
from cjeapp.core.models import ConfidentialNote
from cjeapp.core.models import KeyGrant
from cjeapp.core.models import KeyHolder
from cjeapp.core.models import Replica
from cjeapp.core.models import Setting
from cjeapp.core.models import User
from cjeapp.core.models import new_id
from cjeapp.core.org.setting_writes import put
from cjeapp.core.permissions import PRIVACY_OFFICER
from cjeapp.core.permissions import ROLE_PERMISSIONS
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.permissions import Role
from cjeapp.core.unit_of_work import UnitOfWork
from cjeapp.core.unit_of_work import unit_of_work

# Whom each secret is for: the notes, those who read them (and the person in charge of
# personal information, who hands a person their file); the signing key, those who issue
# documents, send the funder's package or seal the log; the pseudonyms, the package's.
FOR: dict[Secret, frozenset[Permission]] = {
    Secret.NOTES: frozenset({Permission.CONFIDENTIAL_READ, Permission.PRIVACY_ADMIN}),
    Secret.SIGNING: frozenset({Permission.DOCUMENT_ISSUE, Permission.FUNDER_EXPORT,
                               Permission.PRIVACY_ADMIN}),
    Secret.PSEUDONYM: frozenset({Permission.FUNDER_EXPORT}),
}
# Where an older version of the program kept the secret in clear.
LEGACY = {Secret.SIGNING: "reporting.signing_key", Secret.PSEUDONYM: "reporting.pseudonym_key"}
PUBLIC_KEY = "reporting.public_key"


def is_for(secret: Secret, role: str, privacy_officer: bool) -> bool:
    powers = ROLE_PERMISSIONS[Role(role)] | (PRIVACY_OFFICER if privacy_officer else frozenset())
    return bool(FOR[secret] & powers)


def _for_user(secret: Secret, user: User | None) -> bool:
    return (user is not None and user.active and user.deleted_at is None
            and is_for(secret, user.role, user.privacy_officer))


def _for_holder(secret: Secret, holder: KeyHolder | None, users: dict[UserId, User]) -> bool:
    """Whether ``secret`` is sealed to this key pair: its person's role is for it, or it is
    the organization's recovery key's (every secret, so that a lost password never loses
    the notes)."""
    if holder is None:
        return False
    if holder.user_id is None:
        return True
    return _for_user(secret, users.get(holder.user_id))


def escrow_to_recovery(db: Database, recovery_key: str) -> None:
    """The recovery key's key pair, on a new or newly encrypted file: each secret is sealed
    to it too (by the next person who holds it). Whoever types the recovery key can then
    give an account its password back with the notes still readable."""
    from cjeapp.core.db.keyring import parse_recovery
    from cjeapp.core.permissions import SYSTEM

    secret = parse_recovery(recovery_key)
    if secret is None:
        return
    public = boxes.public_text(boxes.recovery_private(secret))
    with unit_of_work(db, SYSTEM) as uow:
        if uow.session.scalar(select(KeyHolder.id).where(
                KeyHolder.user_id.is_(None), KeyHolder.public_key == public,
                KeyHolder.deleted_at.is_(None))) is None:
            uow.add(KeyHolder(user_id=None, public_key=public, private_sealed=""))


def holder_context(user_id: str, public_key: str) -> bytes:
    return f"cjeapp holder|{user_id}|{public_key}".encode()


def new_holder(uow: UnitOfWork, user_id: str, password: str) -> tuple[str, X25519PrivateKey]:
    private = X25519PrivateKey.generate()
    public = boxes.public_text(private)
    holder = uow.add(KeyHolder(user_id=user_id, public_key=public, private_sealed=(
        boxes.seal_private(private, password, holder_context(user_id, public)))))
    return holder.id, private


def take_up(db: Database, actor: Actor, password: str,
            recovery: X25519PrivateKey | None = None) -> Actor:
    """The actor with the secrets their password opens (at sign-in, or once they have
    chosen their own password). Nothing is taken up under a one-time password: whoever
    reset it knows it. ``recovery``: the recovery key's key pair, typed to give this
    person their password back (what is sealed to it is taken up too, and handed on)."""
    if actor.user_id is None or actor.must_change_password:
        return actor
    held = HeldKeys()
    with unit_of_work(db, actor) as uow:
        session = uow.session
        user = uow.get(User, actor.user_id, what="staff account")
        mine = list(session.scalars(select(KeyHolder).where(
            KeyHolder.user_id == user.id, KeyHolder.deleted_at.is_(None))))
        if recovery is not None:
            mine += list(session.scalars(select(KeyHolder).where(
                KeyHolder.user_id.is_(None), KeyHolder.deleted_at.is_(None),
                KeyHolder.public_key == boxes.public_text(recovery))))
        grants = list(session.scalars(select(KeyGrant).where(
            KeyGrant.holder_id.in_([holder.id for holder in mine]),
            KeyGrant.deleted_at.is_(None))))
        owed = any(is_for(secret, user.role, user.privacy_officer) for secret in Secret)
        if mine and not grants and not owed:
            return replace(actor, keys=held)  # nothing to open: no derivation spent
        for holder in mine:
            if holder.user_id is None:
                if recovery is not None:
                    held.holders[holder.id] = recovery
                continue
            opened = boxes.open_private(holder.private_sealed, password,
                                        holder_context(user.id, holder.public_key))
            if opened is not None:
                held.holders[holder.id] = opened[0]
                held.pinned = held.pinned or opened[1]
        if not any(holder.user_id == user.id and holder.id in held.holders
                   for holder in mine):
            holder_id, private = new_holder(uow, user.id, password)
            held.holders[holder_id] = private
        grants_mod.open_grants(held, grants, published(session))
        look_after(uow, user, held, signing_in=True)
        if held.pin_changed:  # sealed with their key pairs: believed from now on
            _seal_holders(uow, user.id, held, password)
            held.pin_changed = False
    return replace(actor, keys=held)


def published(session: Session) -> bytes | None:
    """The organization's signing public key as the settings publish it (raw)."""
    pem = session.scalar(select(Setting.value).where(Setting.key == PUBLIC_KEY,
                                                     Setting.deleted_at.is_(None)))
    if not pem:
        return None
    try:
        public = serialization.load_pem_public_key(pem.encode("ascii"))
    except ValueError:
        return None
    if not isinstance(public, Ed25519PublicKey):
        return None
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _seal_holders(uow: UnitOfWork, user_id: str, held: HeldKeys, password: str) -> None:
    """This person's key pairs sealed again under ``password``, with the pinned key."""
    for holder_id, private in held.holders.items():
        holder = uow.session.get(KeyHolder, holder_id)
        if holder is None or holder.deleted_at is not None or holder.user_id != user_id:
            continue
        sealed = boxes.seal_private(private, password,
                                    holder_context(user_id, holder.public_key), held.pinned)
        uow.session.execute(update(KeyHolder).where(KeyHolder.id == holder.id).values(
            private_sealed=sealed, updated_at=clock.now(), updated_by=uow.actor.user_id,
            version=KeyHolder.version + 1).execution_options(synchronize_session=False))
        uow.audit("rewrap", "key_holders", holder.id)


def refresh(session: Session, held: HeldKeys) -> None:
    """What was sealed to this person since they signed in (a new generation, a secret a
    colleague handed on): opened with the key pairs their password opened then."""
    if not held.holders:
        return
    grants_mod.open_grants(held, (grant for grant in session.scalars(select(KeyGrant).where(
        KeyGrant.holder_id.in_(list(held.holders)), KeyGrant.deleted_at.is_(None)))
        if grant.secret in Secret.__members__.values()
        if not held.has(Secret(grant.secret), grant.key_id)), published(session))


def rewrap(db: Database, actor: Actor, password: str) -> None:
    """After the person chose a new password: their key pairs open with it from now on."""
    if actor.keys is None or actor.user_id is None:
        return
    with unit_of_work(db, actor) as uow:
        _seal_holders(uow, actor.user_id, actor.keys, password)


def let_go(uow: UnitOfWork, user_id: str) -> None:
    """A password reset: the person's key pairs opened with a password now unknown. They
    are laid to rest (their sealed copies are then never opened, and withdrawn by the next
    person who holds the secrets); the person gets new copies once they have chosen their
    own password and a colleague who holds the secrets signs in."""
    holders = list(uow.session.scalars(select(KeyHolder.id).where(
        KeyHolder.user_id == user_id, KeyHolder.deleted_at.is_(None))))
    for holder_id in holders:
        uow.session.execute(update(KeyHolder).where(KeyHolder.id == holder_id).values(
            deleted_at=clock.now(), private_sealed="", updated_at=clock.now(),
            updated_by=uow.actor.user_id, version=KeyHolder.version + 1)
            .execution_options(synchronize_session=False))
        uow.audit("delete", "key_holders", holder_id)


def _withdraw(uow: UnitOfWork, grants: Iterable[KeyGrant]) -> None:
    for grant in list(grants):
        uow.session.execute(update(KeyGrant).where(KeyGrant.id == grant.id).values(
            deleted_at=clock.now(), sealed="", updated_at=clock.now(),
            updated_by=uow.actor.user_id, version=KeyGrant.version + 1)
            .execution_options(synchronize_session=False))
        uow.audit("withdraw", "key_grants", grant.id, {"secret": grant.secret})


def _legacy(uow: UnitOfWork, secret: Secret, *, take_away: bool) -> bytes | None:
    """A secret an older version kept in clear in the settings, taken out of them (at the
    office: a laptop leaves its settings as the office sends them)."""
    name = LEGACY.get(secret)
    if name is None:
        return None
    row = uow.session.scalar(select(Setting).where(Setting.key == name,
                                                   Setting.deleted_at.is_(None)))
    if row is None:
        return None
    try:
        key = (base64.b64decode(row.value, validate=True) if secret is Secret.SIGNING
               else bytes.fromhex(row.value))
    except (binascii.Error, ValueError):
        return None
    if len(key) != boxes.KEY_BYTES:
        return None
    if take_away:
        _forget_setting(uow, row)
    return key


def _forget_setting(uow: UnitOfWork, row: Setting) -> None:
    """The clear copy emptied (never through a change whose audit entry would quote it)."""
    if uow.server_writes:
        uow.session.execute(text(
            "SELECT cjeapp_server.put_setting(:id, :key, '', NULL)"),
            {"id": new_id(), "key": row.key})
    else:
        uow.session.execute(update(Setting).where(Setting.id == row.id).values(
            value="", deleted_at=clock.now(), updated_at=clock.now(),
            updated_by=uow.actor.user_id, version=Setting.version + 1)
            .execution_options(synchronize_session=False))
    uow.audit("sealed_away", "settings", row.id, {"key": row.key})


def _made(uow: UnitOfWork, secret: Secret, held: HeldKeys) -> bytes:
    key = _legacy(uow, secret, take_away=True)
    if key is None:
        key = boxes.new_secret()
        uow.audit("make_key", "key_grants", None, {"secret": secret.value})
    if secret is Secret.SIGNING:
        signer = Ed25519PrivateKey.from_private_bytes(key)
        _publish(uow, signer)
        grants_mod.believe_own(held, signer)
    return key


def _publish(uow: UnitOfWork, signer: Ed25519PrivateKey) -> None:
    """The public key beside the sealed private one, for everyone (the funder's, the
    verification of a paper)."""
    pem = signer.public_key().public_bytes(
        serialization.Encoding.PEM,
        serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    kept = uow.session.scalar(select(Setting).where(Setting.key == PUBLIC_KEY,
                                                    Setting.deleted_at.is_(None)))
    put(uow, kept, PUBLIC_KEY, pem)


def look_after(uow: UnitOfWork, user: User, held: HeldKeys, *,
               signing_in: bool = False) -> None:
    """Make, rotate, hand on and withdraw the secrets this person holds (see the module);
    ``signing_in``: also seal the notes an older version left in clear (a whole-table
    look, once per sign-in rather than at every note)."""
    session = uow.session
    refresh(session, held)
    users = {row.id: row for row in session.scalars(select(User))}
    holders = {row.id: row for row in session.scalars(select(KeyHolder).where(
        KeyHolder.deleted_at.is_(None)))}
    grants = list(session.scalars(select(KeyGrant).where(KeyGrant.deleted_at.is_(None))))

    def owner_is_for(secret: Secret, holder_id: str) -> bool:
        return _for_holder(secret, holders.get(holder_id), users)

    laptop = _is_laptop(uow)
    for secret in (Secret.SIGNING, Secret.NOTES, Secret.PSEUDONYM):  # the signer first
        if not _for_user(secret, user):
            continue
        of_secret = [grant for grant in grants if grant.secret == secret.value]
        signer = held.newest(Secret.SIGNING)
        if not of_secret and not held.keys.get(secret):
            # The notes key may be made on a laptop too (its notes name their key); the
            # organization's signing and pseudonym keys only where settings are written.
            # Nothing is made by whom cannot sign the copies they hand on.
            if secret is Secret.SIGNING and not laptop and _may_make(secret, user):
                made: bytes | None = _made(uow, secret, held)
            elif signer is not None and (secret is Secret.NOTES
                                         or (not laptop and _may_make(secret, user))):
                made = _made(uow, secret, held)
            else:
                made = None
                legacy = _legacy(uow, secret, take_away=False)
                if secret is Secret.SIGNING and legacy is not None:
                    grants_mod.believe_own(held, Ed25519PrivateKey.from_private_bytes(legacy))
                    made = legacy
            if made is not None:
                held.add(secret, boxes.key_id(made), 1, made)
        elif secret is Secret.NOTES:
            _rotate_if_one_left(uow, held, of_secret, owner_is_for)
        signer = held.newest(Secret.SIGNING)
        if signer is not None:
            _hand_on(uow, secret, held, holders.values(), users, of_secret,
                     Ed25519PrivateKey.from_private_bytes(signer[2]))
        if not laptop:  # the office withdraws (one side only: no conflict on a laptop)
            _withdraw(uow, (grant for grant in of_secret
                            if not owner_is_for(secret, grant.holder_id)))
    if signing_in and not laptop:
        seal_plain_notes(uow, held)


def _hand_on(uow: UnitOfWork, secret: Secret, held: HeldKeys, holders: Iterable[KeyHolder],
             users: dict[UserId, User], of_secret: list[KeyGrant],
             signer: Ed25519PrivateKey) -> None:
    """What this person holds of ``secret``, sealed and signed to each key pair it is for
    that lacks it."""
    have = {(grant.holder_id, grant.key_id) for grant in of_secret}
    for holder in holders:
        if not _for_holder(secret, holder, users):
            continue
        for key_id, (generation, key) in held.keys.get(secret, {}).items():
            if (holder.id, key_id) in have:
                continue
            grant = KeyGrant(holder_id=holder.id, secret=secret.value, generation=generation,
                             key_id=key_id, sealed=boxes.seal_to(
                                 holder.public_key, key, grants_mod.grant_context(
                                     holder.id, secret.value, generation, key_id)))
            grants_mod.sign(grant, signer)
            uow.add(grant)


MAKERS = {Secret.NOTES: FOR[Secret.NOTES], Secret.SIGNING: frozenset({Permission.DOCUMENT_ISSUE}),
          Secret.PSEUDONYM: frozenset({Permission.FUNDER_EXPORT})}


def _may_make(secret: Secret, user: User) -> bool:
    """Whose program makes a secret the first time (on the server, whose group may write
    its public half in the settings)."""
    return bool(MAKERS[secret] & ROLE_PERMISSIONS[Role(user.role)])


def _is_laptop(uow: UnitOfWork) -> bool:
    me = uow.session.scalar(select(Replica).where(Replica.is_self.is_(True),
                                                  Replica.deleted_at.is_(None)))
    return me is not None and not me.is_hub


def _rotate_if_one_left(uow: UnitOfWork, held: HeldKeys, of_secret: list[KeyGrant],
                        owner_is_for: Callable[[Secret, str], bool]) -> None:
    newest_generation = max(grant.generation for grant in of_secret)
    mine = held.newest(Secret.NOTES)
    if mine is None or mine[1] < newest_generation:
        return  # a colleague who holds the newest will
    if all(owner_is_for(Secret.NOTES, grant.holder_id) for grant in of_secret
           if grant.generation == newest_generation):
        return
    key = boxes.new_secret()
    held.add(Secret.NOTES, boxes.key_id(key), newest_generation + 1, key)
    uow.audit("rotate_key", "key_grants", None,
              {"secret": Secret.NOTES.value, "generation": newest_generation + 1})


def seal_plain_notes(uow: UnitOfWork, held: HeldKeys) -> int:
    """Notes an older version (or a laptop not yet upgraded) kept in clear, sealed with the
    newest case-notes key held. Each is one audit entry without its text."""
    newest = held.newest(Secret.NOTES)
    if newest is None:
        return 0
    plain = list(uow.session.execute(select(
        ConfidentialNote.id, ConfidentialNote.client_id, ConfidentialNote.body).where(
        ConfidentialNote.body != "",
        ConfidentialNote.body.not_like(notes_text.PREFIX + "%"))))
    for note_id, client_id, body in plain:
        uow.session.execute(update(ConfidentialNote).where(ConfidentialNote.id == note_id)
                            .values(body=notes_text.seal(newest, note_id, client_id, body),
                                    version=ConfidentialNote.version + 1)
                            .execution_options(synchronize_session=False))
    if plain:
        uow.audit("seal_notes", "confidential_notes", None, {"count": len(plain)})
    return len(plain)


def set_up_for(db: Database, people: list[tuple[Actor, str]]) -> None:
    """Each person's key pair and the secrets they are for, as if each had signed in and
    then the first who reads notes signed in again (the demo's accounts, made together)."""
    for actor, password in people:
        take_up(db, actor, password)
    reader = next(((actor, password) for actor, password in people
                   if actor.can(Permission.CONFIDENTIAL_READ)), None)
    if reader is not None:
        take_up(db, *reader)
