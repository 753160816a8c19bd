"""At sign-in: the person's key pairs opened with their password, and what is sealed to
them taken up (``keeping`` then hands on what they hold). A key pair is made at a person's
first sign-in under a password of their own; a reset lays theirs to rest."""

from __future__ import annotations

from dataclasses import replace

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy import update

from cjeapp.core import clock
from cjeapp.core.custody import boxes
from cjeapp.core.custody import grants as grants_mod
from cjeapp.core.custody import keeping
from cjeapp.core.custody.held import HeldKeys
from cjeapp.core.custody.held import Secret
from cjeapp.core.custody.who import is_for
from cjeapp.core.db.database import Database
from cjeapp.core.db.keyring import one_derivation
from cjeapp.core.models import KeyGrant
from cjeapp.core.models import KeyHolder
from cjeapp.core.models import User
from cjeapp.core.permissions import SYSTEM
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import UnitOfWork
from cjeapp.core.unit_of_work import unit_of_work

# The newest few of a person's key pairs are tried at sign-in: key pairs planted by the
# hundred cost no one's sign-in.
MAX_KEY_PAIRS = 3


def holder_context(user_id: str, public_key: str) -> bytes:
    return f"cjeapp holder|{user_id}|{public_key}".encode()


def new_holder(uow: UnitOfWork, user_id: str, password: str,
               salt: bytes | None = None) -> tuple[str, X25519PrivateKey]:
    private = X25519PrivateKey.generate()
    public = boxes.public_text(private)
    holder = uow.add(KeyHolder(user_id=user_id, public_key=public, private_sealed=(
        boxes.seal_private(private, password, holder_context(user_id, public),
                           salt=salt))))
    return holder.id, private


def _salt_of(db: Database, username: str) -> bytes | None:
    """The salt of the person's copy of the database key (a file only)."""
    if db.key is None:
        return None
    from cjeapp.core.errors import DatabaseOpenError

    try:
        return db.keyring().password_salt(username)
    except DatabaseOpenError:
        return None


def take_up(db: Database, actor: Actor, password: str,
            recovery: X25519PrivateKey | None = None) -> Actor:
    """The actor with the secrets their password opens (at sign-in, or once they have
    chosen their own password). Nothing is taken up under a one-time password: whoever
    reset it knows it. ``recovery``: the recovery key's key pair, typed to give this
    person their password back (what is sealed to it is taken up too, and the new key pair
    is vouched for by it). On a laptop, nothing is written: its key pairs and copies come
    from the office."""
    if actor.user_id is None or actor.must_change_password:
        return actor
    held = HeldKeys()
    with unit_of_work(db, actor) as uow:
        session = uow.session
        user = uow.get(User, actor.user_id, what="staff account")
        laptop = keeping.is_laptop(uow)
        mine = list(session.scalars(select(KeyHolder).where(
            KeyHolder.user_id == user.id, KeyHolder.deleted_at.is_(None))
            .order_by(KeyHolder.created_at.desc()).limit(MAX_KEY_PAIRS)))
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
        kept = _kept_pin(db, user.username, password)
        if kept is not None:  # the key file's, out of the rows' reach, comes first
            held.pinned = kept
        if not laptop and not any(holder.user_id == user.id and holder.id in held.holders
                                  for holder in mine):
            holder_id, private = new_holder(uow, user.id, password,
                                            _salt_of(db, user.username))
            held.holders[holder_id] = private
        grants_mod.open_grants(held, grants, keeping.published(session))
        if recovery is not None:  # the recovery key vouches for this person's new key pair
            keeping.vouch_for_own(uow, user, held)
        keeping.look_after(uow, user, held)
        if held.pin_changed and not laptop:  # sealed with their key pairs from now on
            _seal_holders(uow, user.id, held, password, _salt_of(db, user.username))
        held.pin_changed = False
    if held.pinned is not None and held.pinned != kept:
        _keep_pin(db, user.username, password, held.pinned)
    return replace(actor, keys=held)



def _kept_pin(db: Database, username: str, password: str) -> bytes | None:
    """The signing key this person believes, as the key file keeps it (a file only)."""
    if db.key is None:
        return None
    from cjeapp.core.errors import DatabaseOpenError

    try:
        return db.keyring().pin_of(username, password)
    except DatabaseOpenError:
        return None


def _keep_pin(db: Database, username: str, password: str, pin: bytes) -> None:
    if db.key is None:
        return
    with db.keyring_update() as ring:
        ring.set_pin(username, password, pin)


def _seal_holders(uow: UnitOfWork, user_id: str, held: HeldKeys, password: str,
                  salt: bytes | None = None) -> None:
    """This person's key pairs sealed again under ``password``, with the pinned key."""
    for holder_id, private in held.holders.items():
        holder = uow.session.get(KeyHolder, holder_id)
        if holder is None or holder.deleted_at is not None or holder.user_id != user_id:
            continue
        sealed = boxes.seal_private(private, password,
                                    holder_context(user_id, holder.public_key), held.pinned,
                                    salt)
        uow.session.execute(update(KeyHolder).where(KeyHolder.id == holder.id).values(
            private_sealed=sealed, updated_at=clock.now(), updated_by=uow.actor.user_id,
            version=KeyHolder.version + 1).execution_options(synchronize_session=False))
        uow.audit("rewrap", "key_holders", holder.id)


def rewrap(db: Database, actor: Actor, password: str) -> None:
    """After the person chose a new password: their key pairs open with it from now on."""
    if actor.keys is None or actor.user_id is None:
        return
    with unit_of_work(db, actor) as uow:
        if not keeping.is_laptop(uow):
            _seal_holders(uow, actor.user_id, actor.keys, password,
                          _salt_of(db, actor.username))
    if actor.keys.pinned is not None:
        _keep_pin(db, actor.username, password, actor.keys.pinned)


def let_go(uow: UnitOfWork, user_id: str) -> None:
    """A password reset: the person's key pairs opened with a password now unknown. They
    are laid to rest (their sealed copies are then never opened, and withdrawn by the next
    person who holds the secrets); the person gets new copies once they have chosen their
    own password and a colleague who holds the keys has vouched for their new key pair."""
    holders = list(uow.session.scalars(select(KeyHolder.id).where(
        KeyHolder.user_id == user_id, KeyHolder.deleted_at.is_(None))))
    for holder_id in holders:
        uow.session.execute(update(KeyHolder).where(KeyHolder.id == holder_id).values(
            deleted_at=clock.now(), private_sealed="", certificate="",
            updated_at=clock.now(), updated_by=uow.actor.user_id,
            version=KeyHolder.version + 1).execution_options(synchronize_session=False))
        uow.audit("delete", "key_holders", holder_id)


def escrow_to_recovery(db: Database, recovery_key: str) -> None:
    """The recovery key's key pair, on a new or newly encrypted file: every secret is
    sealed to it too, once someone who holds the keys has certified it (the first who
    makes the signing key does). Whoever types the recovery key can then give an account
    its password back with the notes still readable."""
    from cjeapp.core.db.keyring import parse_recovery

    secret = parse_recovery(recovery_key)
    if secret is None:
        return
    public = boxes.public_text(boxes.recovery_private(secret))
    with unit_of_work(db, SYSTEM) as uow:
        if uow.session.scalar(select(KeyHolder.id).where(
                KeyHolder.user_id.is_(None), KeyHolder.public_key == public,
                KeyHolder.deleted_at.is_(None))) is None:
            uow.add(KeyHolder(user_id=None, public_key=public, private_sealed=""))


def set_up_for(db: Database, people: list[tuple[Actor, str]]) -> None:
    """Each person's key pair and the secrets they are for, as if each had signed in, the
    first who reads notes had signed in again and vouched for each colleague (the demo's
    accounts, made together)."""
    with one_derivation():
        _set_up_for(db, people)


def _set_up_for(db: Database, people: list[tuple[Actor, str]]) -> None:
    for actor, password in people:
        take_up(db, actor, password)
    reader = next(((actor, password) for actor, password in people
                   if actor.can(Permission.CONFIDENTIAL_READ)), None)
    if reader is None:
        return
    vouching = take_up(db, *reader)
    for waiting in keeping.waiting_for_keys(db, vouching):
        keeping.vouch_for(db, vouching, waiting.holder_id)
    for actor, password in people:  # each takes up what was handed on
        take_up(db, actor, password)
