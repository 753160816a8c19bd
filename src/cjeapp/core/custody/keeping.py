"""Handing the secrets on to the colleagues they are for.

Every program that holds a secret looks after it when its person signs in (and before a
note is written): it seals it to each colleague's key pair that is certified for it and
lacks it, withdraws the copies of those it is no longer for, and makes a new generation of
the case-notes key when one who held the newest has left. A secret is made (or moved out of
the settings, where an older version kept it in clear) by the first person it is for who
signs in; whoever makes the signing key certifies the key pairs there are then. A key pair
made later waits until a colleague who holds the keys vouches for it (``vouch_for``), or
the second person who confirms a role does. A laptop writes none of this: its key pairs and
copies come from the office.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
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
from cjeapp.core.custody.who import for_holder
from cjeapp.core.custody.who import for_user
from cjeapp.core.custody.who import may_make
from cjeapp.core.custody.who import secrets_of
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import ConfidentialNote
from cjeapp.core.models import KeyGrant
from cjeapp.core.models import KeyHolder
from cjeapp.core.models import Replica
from cjeapp.core.models import Setting
from cjeapp.core.models import User
from cjeapp.core.models import new_id
from cjeapp.core.org.setting_writes import put
from cjeapp.core.permissions import Actor
from cjeapp.core.unit_of_work import UnitOfWork
from cjeapp.core.unit_of_work import unit_of_work

# Where an older version of the program kept the secret in clear.
LEGACY = {Secret.SIGNING: "reporting.signing_key", Secret.PSEUDONYM: "reporting.pseudonym_key"}
PUBLIC_KEY = "reporting.public_key"


def is_laptop(uow: UnitOfWork) -> bool:
    me = uow.session.scalar(select(Replica).where(Replica.is_self.is_(True),
                                                  Replica.deleted_at.is_(None)))
    return me is not None and not me.is_hub


def published(session: Session) -> bytes | None:
    """The organization's signing public key as the settings publish it (raw)."""
    pem = session.scalar(select(Setting.value).where(Setting.key == PUBLIC_KEY,
                                                     Setting.deleted_at.is_(None)))
    if not pem:
        return None
    try:
        public = serialization.load_pem_public_key(pem.encode("ascii"))
    except Exception:
        return None
    if not isinstance(public, Ed25519PublicKey):
        return None
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def refresh(session: Session, held: HeldKeys) -> None:
    """What was sealed to this person since they signed in (a new generation, a secret a
    colleague handed on): opened with the key pairs their password opened then."""
    if not held.holders:
        return
    grants_mod.open_grants(held, (grant for grant in session.scalars(select(KeyGrant).where(
        KeyGrant.holder_id.in_(list(held.holders)), KeyGrant.deleted_at.is_(None)))
        if grant.secret in Secret.__members__.values()
        if not held.has(Secret(grant.secret), grant.key_id)), published(session))


def _signer(held: HeldKeys) -> Ed25519PrivateKey | None:
    newest = held.newest(Secret.SIGNING)
    return Ed25519PrivateKey.from_private_bytes(newest[2]) if newest else None


def _set_certificate(uow: UnitOfWork, holder: KeyHolder, certificate: str) -> None:
    holder.certificate = certificate
    holder.updated_by = uow.actor.user_id
    uow.session.flush()
    uow.audit("vouch", "key_holders", holder.id, {"for": certificate.split(":")[0]})


def _certify(uow: UnitOfWork, holder: KeyHolder, users: dict[str, User],
             signer: Ed25519PrivateKey) -> None:
    secrets = (frozenset(Secret) if holder.user_id is None
               else secrets_of(users.get(holder.user_id)))
    if secrets:
        _set_certificate(uow, holder, grants_mod.certify(holder, secrets, signer))


def vouch_for_own(uow: UnitOfWork, user: User, held: HeldKeys) -> None:
    """The key pairs this person's password (or the recovery key) just opened are theirs:
    certified by them when they hold the signing key."""
    signer = _signer(held)
    if signer is None or is_laptop(uow):
        return
    users = {str(user.id): user}
    for holder_id in held.holders:
        holder = uow.session.get(KeyHolder, holder_id)
        if holder is not None and holder.deleted_at is None and \
                (holder.user_id in (None, user.id)) and not grants_mod.certified(holder, held):
            _certify(uow, holder, users, signer)


@dataclass(frozen=True)
class Waiting:
    holder_id: str
    full_name: str
    role: str
    made_at: datetime
    # The person already holds the keys on another key pair: a new computer or a reset
    # would explain a second one; otherwise it was planted. Said on the screen.
    holds_keys: bool = False


def waiting_for_keys(db: Database, actor: Actor) -> list[Waiting]:
    """Colleagues whose key pair no one who holds the keys has vouched for yet (a new
    account, a reset password), for someone who holds them to vouch for; the others get
    nothing to vouch with (an empty list)."""
    if actor.keys is None or _signer(actor.keys) is None:
        return []
    held = actor.keys
    with db.read_session() as session:
        me = session.scalar(select(Replica).where(Replica.is_self.is_(True),
                                                  Replica.deleted_at.is_(None)))
        if me is not None and not me.is_hub:
            return []  # keys are handed over at the office (a laptop's rows never go up)
        users = {str(row.id): row for row in session.scalars(select(User))}
        live = list(session.scalars(select(KeyHolder).where(
            KeyHolder.deleted_at.is_(None), KeyHolder.user_id.is_not(None))
            .order_by(KeyHolder.created_at)))
        certified = {holder.id: grants_mod.certified(holder, held) for holder in live}
        found = []
        for holder in live:
            person = users.get(str(holder.user_id))
            wanted = secrets_of(person)
            if person is not None and wanted and not wanted <= certified[holder.id]:
                found.append(Waiting(holder.id, person.full_name, person.role,
                                     holder.created_at, any(
                                         other.user_id == holder.user_id and certified[other.id]
                                         for other in live if other.id != holder.id)))
        return found


def vouch_for(db: Database, actor: Actor, holder_id: str) -> None:
    """Someone who holds the keys says this key pair is their colleague's (a new account, a
    reset password: they know whom the program names): certified for what that person's
    role is for today, and the secrets handed on at once."""
    signer = _signer(actor.keys) if actor.keys is not None else None
    if signer is None or actor.keys is None or actor.user_id is None:
        raise CjeError(msg(N_("Only someone who holds the organization's keys vouches for a "
                              "colleague's key pair.")))
    with unit_of_work(db, actor) as uow:
        if is_laptop(uow):
            raise CjeError(msg(N_("Keys are handed over at the office: a laptop's key pairs "
                                  "and copies come from there.")))
        holder = uow.get(KeyHolder, holder_id, what="key pair")
        users = {str(row.id): row for row in uow.session.scalars(select(User))}
        if holder.user_id is None or not secrets_of(users.get(holder.user_id)):
            raise CjeError(msg(N_("This key pair's person is not given the organization's "
                                  "keys (their role is not for them, or the account is "
                                  "inactive).")))
        _certify(uow, holder, users, signer)
        look_after(uow, uow.get(User, actor.user_id, what="staff account"), actor.keys)


def vouch_for_account(db: Database, confirmer: Actor, user_id: str) -> None:
    """The second person who confirmed a role (or a designation) vouches for the key pairs
    the account already has, and the secrets are handed on at once."""
    signer = _signer(confirmer.keys) if confirmer.keys is not None else None
    if signer is None or confirmer.user_id is None:
        return
    with unit_of_work(db, confirmer) as uow:
        if is_laptop(uow):
            return
        users = {str(row.id): row for row in uow.session.scalars(select(User))}
        assert confirmer.keys is not None
        for holder in uow.session.scalars(select(KeyHolder).where(
                KeyHolder.user_id == user_id, KeyHolder.deleted_at.is_(None))):
            # A key pair someone already vouched for, for the role given now; one nobody
            # vouched for (planted, perhaps) waits for a colleague who knows the person.
            if grants_mod.certified(holder, confirmer.keys):
                _certify(uow, holder, users, signer)
        assert confirmer.keys is not None
        look_after(uow, uow.get(User, confirmer.user_id, what="staff account"),
                   confirmer.keys)


def _withdraw(uow: UnitOfWork, grants: Iterable[KeyGrant]) -> None:
    for grant in list(grants):
        uow.session.execute(update(KeyGrant).where(KeyGrant.id == grant.id).values(
            deleted_at=clock.now(), sealed="", updated_at=clock.now(),
            updated_by=uow.actor.user_id, version=KeyGrant.version + 1)
            .execution_options(synchronize_session=False))
        uow.audit("withdraw", "key_grants", grant.id, {"secret": grant.secret})


def _legacy(uow: UnitOfWork, secret: Secret) -> bytes | None:
    """A secret an older version kept in clear in the settings, taken out of them."""
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


def _publish(uow: UnitOfWork, signer: Ed25519PrivateKey) -> None:
    """The public key beside the sealed private one, for everyone (the funder's, the
    verification of a paper); put back as it is when someone changed it."""
    pem = signer.public_key().public_bytes(
        serialization.Encoding.PEM,
        serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    kept = uow.session.scalar(select(Setting).where(Setting.key == PUBLIC_KEY,
                                                    Setting.deleted_at.is_(None)))
    if kept is None or kept.value != pem:
        put(uow, kept, PUBLIC_KEY, pem)


def _make(uow: UnitOfWork, secret: Secret, held: HeldKeys, holders: Iterable[KeyHolder],
          users: dict[str, User]) -> None:
    key = _legacy(uow, secret)
    if key is None:
        key = boxes.new_secret()
        uow.audit("make_key", "key_grants", None, {"secret": secret.value})
    held.add(secret, boxes.key_id(key), 1, key)
    if secret is Secret.SIGNING:
        signer = Ed25519PrivateKey.from_private_bytes(key)
        grants_mod.believe_own(held, signer)
        # The key pairs there are now are vouched for by whom makes the key (the
        # organization's first: nobody held anything to take before).
        for holder in holders:
            _certify(uow, holder, users, signer)
    if secret is Secret.NOTES:
        seal_plain_notes(uow, held)


def look_after(uow: UnitOfWork, user: User, held: HeldKeys) -> None:
    """Make, rotate, hand on and withdraw the secrets this person holds (see the module)."""
    if is_laptop(uow):
        return
    session = uow.session
    refresh(session, held)
    users = {str(row.id): row for row in session.scalars(select(User))}
    holders = {row.id: row for row in session.scalars(select(KeyHolder).where(
        KeyHolder.deleted_at.is_(None)))}
    grants = list(session.scalars(select(KeyGrant).where(KeyGrant.deleted_at.is_(None))))

    def owner_is_for(secret: Secret, holder_id: str) -> bool:
        return for_holder(secret, holders.get(holder_id), users)

    for secret in (Secret.SIGNING, Secret.NOTES, Secret.PSEUDONYM):  # the signer first
        if not for_user(secret, user):
            continue
        of_secret = [grant for grant in grants if grant.secret == secret.value]
        # The signing key is made once, by someone who never believed one: a person with a
        # pin whose copies vanished from the rows is not fooled into making another.
        if not of_secret and not held.keys.get(secret) and may_make(secret, user) and (
                (secret is Secret.SIGNING and held.pinned is None)
                or (secret is not Secret.SIGNING and _signer(held) is not None)):
            _make(uow, secret, held, holders.values(), users)
        elif secret is Secret.NOTES:
            _rotate_if_one_left(uow, held, of_secret, owner_is_for)
        signer = _signer(held)
        if signer is None:
            continue  # nothing is handed on by whom cannot sign what they hand on
        if secret is Secret.SIGNING:
            _publish(uow, signer)
        _hand_on(uow, secret, held, holders.values(), users, of_secret, signer)
        _withdraw(uow, (grant for grant in of_secret
                        if not owner_is_for(secret, grant.holder_id)))


def _hand_on(uow: UnitOfWork, secret: Secret, held: HeldKeys, holders: Iterable[KeyHolder],
             users: dict[str, User], of_secret: list[KeyGrant],
             signer: Ed25519PrivateKey) -> None:
    """What this person holds of ``secret``, sealed and signed to each key pair certified
    for it, whose person it is still for, that lacks it."""
    have = {(grant.holder_id, grant.key_id) for grant in of_secret}
    for holder in holders:
        if not for_holder(secret, holder, users) or \
                secret not in grants_mod.certified(holder, held):
            continue
        for key_id, (generation, key) in held.keys.get(secret, {}).items():
            if (holder.id, key_id) in have:
                continue
            try:
                sealed = boxes.seal_to(holder.public_key, key, grants_mod.grant_context(
                    holder.id, secret.value, generation, key_id))
            except ValueError:
                break  # not a usable public key: nothing is sealed to it
            grant = KeyGrant(holder_id=holder.id, secret=secret.value, generation=generation,
                             key_id=key_id, sealed=sealed)
            grants_mod.sign(grant, signer)
            uow.add(grant)


def _rotate_if_one_left(uow: UnitOfWork, held: HeldKeys, of_secret: list[KeyGrant],
                        owner_is_for: Callable[[Secret, str], bool]) -> None:
    believed = [grant for grant in of_secret if grants_mod.believed(grant, held)]
    if not believed:
        return
    newest_generation = max(grant.generation for grant in believed)
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
    """The notes an older version kept in clear, sealed when the case-notes key is first
    made (once: a note in clear found later is shown as unsealed, not taken for one).
    Each is one audit entry without its text."""
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
